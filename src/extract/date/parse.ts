// One date expression at one position, read left to right the way Chinese writes it:
// year, then a part of the year or a month (with 底/上旬), then a day, then a clock time.
// `2024年5月19日上午9时`, `今年3月底`, `2023年度`, `去年下半年`, `本月10日`, `昨天下午`, `上周五`.
import type { Period } from '../rules/date-words.js';
import type { DateAtom } from './atom.js';
import {
  matchDay,
  matchMonth,
  matchMonthPart,
  matchPartOfYear,
  matchRelativeDay,
  matchWeekday,
  matchYear,
} from './calendar.js';
import { matchTime } from './time.js';
import { matchFestival } from './words.js';

/** Reads the year and what may follow it; returns the position reached. */
function readYearAndMonth(text: string, atom: DateAtom): number {
  let pos = atom.start;
  const year = matchYear(text, pos);
  if (year) {
    atom.year = year.value.part;
    if (year.value.fiscal) atom.fiscal = true;
    atom.labels.push(year.value.fiscal ? 'fiscal-year' : year.label);
    pos = year.end;
    // `2023年度上半年` is unusual; a fiscal year stands alone
    if (year.value.fiscal) return pos;
  }
  const part = matchPartOfYear(text, pos, year !== null);
  if (part) {
    atom.span = part.value;
    atom.labels.push(part.label);
    return part.end;
  }
  const festival = year ? matchFestival(text, pos) : null;
  if (festival) {
    atom.festival = festival.on;
    atom.labels.push('festival');
    return festival.end;
  }
  const month = matchMonth(text, pos, year !== null);
  if (!month) return pos;
  atom.month = month.value;
  atom.labels.push(month.label);
  pos = month.end;
  const mp = matchMonthPart(text, pos);
  if (mp) {
    atom.monthPart = mp.value;
    atom.labels.push(mp.label);
    return mp.end;
  }
  return pos;
}

interface DayRead {
  readonly pos: number;
  /** `今晚` implies the evening: `今晚8时` is 20:00. */
  readonly period?: Period;
}

/** Reads a day after a month, or a day standing alone (`19日`, `昨天`, `上周五`). */
function readDay(text: string, atom: DateAtom, pos: number): DayRead {
  if (atom.span || atom.monthPart || atom.fiscal || atom.festival) return { pos };
  if (atom.month) {
    const allChinese = atom.year !== undefined && 'abs' in atom.year && !/[0-9]/u.test(text.slice(atom.start, pos));
    const day = matchDay(text, pos, true, allChinese);
    if (!day) return { pos };
    atom.day = day.value;
    atom.labels.push(day.label);
    return { pos: day.end };
  }
  if (atom.year) return { pos }; // `2024年5日` is not a date
  const day = matchDay(text, pos, false);
  const rel = day ? null : matchRelativeDay(text, pos);
  if (day || rel) {
    atom.day = day ? day.value : rel?.value.part;
    atom.labels.push((day ?? rel)?.label ?? 'day');
    const period = rel?.value.period;
    return period ? { pos: (day ?? rel)?.end ?? pos, period } : { pos: (day ?? rel)?.end ?? pos };
  }
  const week = matchWeekday(text, pos);
  if (!week) return { pos };
  atom.weekday = week.value;
  atom.labels.push(week.label);
  return { pos: week.end };
}

/** The date expression starting at `start`, or null when none starts there. */
export function parseDateAt(text: string, start: number): DateAtom | null {
  const atom: DateAtom = { start, end: start, labels: [] };
  const day = readDay(text, atom, readYearAndMonth(text, atom));
  let pos = day.pos;
  const hasDay = atom.day !== undefined || atom.weekday !== undefined;
  const hasAny = atom.labels.length > 0;
  // a time extends a day (`5月19日上午9时`), or stands alone (`下午3时`), never a bare year or month
  if (hasDay || !hasAny) {
    // `5月19日 9:30`: one space may stand between a day and its time
    const at = hasDay && text[pos] === ' ' ? pos + 1 : pos;
    const time = matchTime(text, at, hasDay, day.period);
    if (time) {
      atom.time = time.value;
      atom.labels.push(time.label);
      pos = time.end;
    }
  }
  if (atom.labels.length === 0) return null;
  atom.end = pos;
  return atom;
}
