// Ranges: two dates joined by 至/到/－/— (`6月21日至8月31日`, `2019年至2023年`), and short
// forms where the first date is a bare number taking the unit of the second (`6-8月`,
// `2019-2023年`, `5月19-20日`). The end takes what it leaves unsaid from the start:
// `5月19日至20日` ends on 5月20日, `下午2时至4时` ends at 16:00.
//
// The mention runs from the first date to the last (SPEC): `自6月21日（夏至）开始至8月31日结束`
// gives `6月21日（夏至）开始至8月31日`, the note in brackets inside. An open start
// (`自1月28日起`) is not a range here: the gold annotates `1月28日` as a plain date.
import { parseCnNumber } from '../../lib/cn-number.js';
import type { DateAtom, RangeAtom, YearPart } from './atom.js';
import { matchDay } from './calendar.js';
import { isDigitLike, matchAt, sticky } from './match.js';
import { matchTime } from './time.js';

const JOINERS = '至|到|——|—|–|-|~';
// `（夏至）开始至`, `起至`, `—`: a short note in brackets, then 开始/起, then the joiner
const CONNECTOR_RE = sticky(`(?:\\([^()\\n]{1,12}\\))?(?:开始|起)?(?:${JOINERS})`);
// `6-` before `8月`: the bare first number of a short range
const SHORT_START_RE = new RegExp(`(\\d{1,4}|[一二三四五六七八九十]{1,3})(?:${JOINERS})$`, 'u');

/** The end of a range with what it leaves unsaid taken from the start. */
export function inheritFrom(from: DateAtom, to: DateAtom): DateAtom {
  const out: DateAtom = { ...to };
  const saysDate = to.month || to.day || to.span;
  if (!to.year && saysDate && from.year && !to.weekday && !(to.day && 'rel' in to.day)) out.year = from.year;
  if (to.year && 'after' in to.year) out.year = countFrom(from.year ?? { rel: 0 }, to.year.after);
  if (!to.month && !to.year && to.day && 'abs' in to.day && from.month) out.month = from.month;
  const timeOnly = to.time && !to.day && !to.month && !to.year && !to.weekday;
  if (timeOnly) {
    if (from.year) out.year = from.year;
    if (from.month) out.month = from.month;
    if (from.day) out.day = from.day;
    if (from.weekday) out.weekday = from.weekday;
  }
  if (to.time && !to.time.period && from.time?.period) out.time = { ...to.time, period: from.time.period };
  return out;
}

/** `次年` after `2023年11月`: 2024; after `11月` (the article's year): the article's year + 1. */
export function countFrom(year: YearPart, after: number): YearPart {
  if ('abs' in year) return { abs: year.abs + after };
  if ('rel' in year) return { rel: year.rel + after };
  return year;
}

function canBound(atom: DateAtom): boolean {
  return !atom.vague;
}

/**
 * Both ends of a range must be of compatible precision, so its value is ISO 8601: a clock
 * time alone ends a range only from a day or another time (`下午2时至4时`); `今年-4时` is none.
 */
function isCompatible(from: DateAtom, to: DateAtom): boolean {
  const toTimeOnly = to.time !== undefined && !to.day && !to.month && !to.year && !to.weekday;
  if (!toTimeOnly) return true;
  const fromTimeOnly = from.time !== undefined && !from.day && !from.month && !from.year && !from.weekday;
  return fromTimeOnly || from.day !== undefined || from.weekday !== undefined;
}

/** `A至B`: the atom after `atoms[i]`'s connector, and how many atoms the range swallows. */
function joinAt(text: string, atoms: readonly DateAtom[], i: number): { range: RangeAtom; next: number } | null {
  const from = atoms[i];
  if (!from || !canBound(from)) return null;
  const m = matchAt(CONNECTOR_RE, text, from.end);
  if (!m) return null;
  const connectorEnd = from.end + m[0].length;
  let j = i + 1;
  while (j < atoms.length && (atoms[j]?.start ?? 0) < connectorEnd) j += 1; // `夏至` in the note
  const scanned = atoms[j]?.start === connectorEnd ? atoms[j] : undefined;
  const to = scanned ?? elidedEnd(text, from, connectorEnd);
  if (!to || !canBound(to) || !isCompatible(from, to)) return null;
  const rule = /^(?:开始|起)?[至到]/u.test(m[0].replace(/^\([^)]*\)/u, '')) ? 'daterange-zhi' : 'daterange-dash';
  return { range: { start: from.start, end: to.end, from, to: inheritFrom(from, to), rule }, next: scanned ? j + 1 : j };
}

/**
 * The end of a range that leaves out what repeats, read where the scan alone would not take
 * it: a day after a date with a day (`三月五日到八日`), a clock time after a date with a time
 * (`12月8日8点至14点`: `14点` alone is 14 points).
 */
function elidedEnd(text: string, from: DateAtom, at: number): DateAtom | null {
  if (from.time) {
    const time = matchTime(text, at, true, from.time.period);
    return time ? { start: at, end: time.end, time: time.value, labels: ['time'] } : null;
  }
  if (from.day && 'abs' in from.day && from.month) {
    const day = matchDay(text, at, true);
    return day ? { start: at, end: day.end, day: day.value, labels: ['day'] } : null;
  }
  return null;
}

/** `6-8月`, `2019-2023年`, `5月19-20日`: a bare number before the second date's unit. */
function shortRange(text: string, atoms: readonly DateAtom[], i: number): RangeAtom | null {
  const to = atoms[i];
  const first = to?.labels[0];
  if (!to || !(first === 'year' || first === 'month' || first === 'day')) return null;
  const m = SHORT_START_RE.exec(text.slice(Math.max(0, to.start - 8), to.start));
  if (!m) return null;
  const numStart = to.start - m[0].length;
  const n = parseCnNumber(m[1] ?? '');
  if (n === null || (isDigitLike(text[numStart - 1]) && atoms[i - 1]?.end !== numStart)) return null;
  const prev = atoms[i - 1];
  const base: DateAtom = prev && prev.end === numStart && !prev.day && !prev.vague ? prev : { start: numStart, end: numStart, labels: [] };
  const from: DateAtom = { ...base, end: numStart + (m[1]?.length ?? 0), labels: [...base.labels, first] };
  if (first === 'year') from.year = { abs: n };
  else if (first === 'month') from.month = { abs: n };
  else from.day = { abs: n };
  if (!isPlausible(first, n)) return null;
  return { start: base.start, end: to.end, from, to: inheritFrom(base, to), rule: 'daterange-short' };
}

function isPlausible(unit: string, n: number): boolean {
  if (unit === 'year') return n >= 1000 && n <= 2199;
  return Number.isInteger(n) && n >= 1 && n <= (unit === 'month' ? 12 : 31);
}

/** Joins atoms into ranges; what is not joined stays a date. */
export function joinRanges(text: string, atoms: readonly DateAtom[]): (DateAtom | RangeAtom)[] {
  const out: (DateAtom | RangeAtom)[] = [];
  for (let i = 0; i < atoms.length; ) {
    const joined = joinAt(text, atoms, i);
    if (joined) {
      out.push(joined.range);
      i = joined.next;
      continue;
    }
    const atom = atoms[i] as DateAtom;
    const short = shortRange(text, atoms, i);
    if (short) {
      if (out[out.length - 1] === atoms[i - 1] && short.start < atom.start && short.start === atoms[i - 1]?.start) out.pop();
      out.push(short);
    } else {
      out.push(atom);
    }
    i += 1;
  }
  return out;
}
