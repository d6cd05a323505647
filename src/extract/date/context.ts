// The year and month a paragraph makes plain (SPEC, "Relative dates"): a date without a year
// takes the year of the nearest date before it in the same paragraph that has one, stated or
// resolved (`去年3月2日……9月18日` puts 9月18日 in the previous year; `2008年……其中四季度` is
// 2008 Q4); a day without a month (`18日`, `十九日`) takes the month the same way. Only where
// the paragraph gives none do they take the reference date's. A paragraph ends at a line break
// the cleaner kept. One pass over the dates, left to right: linear in the text.
//
// Two limits keep the context to dates that set the time of the narrative:
// - a bare year that is compared with (`比去年`, `较2008年`, `去年同期`) sets nothing:
//   `今年比去年多花了5万……4月8日` is April of this year;
// - a lone day takes a month from an earlier sentence only when that month is not after the
//   reference date's: `将于8月31日宣判。目前已于20日……` is the 20th of the article's month.
import type { RefDate } from '../types.js';
import type { DateAtom, RangeAtom, YearPart } from './atom.js';
import { countFrom } from './range.js';
import { resolveFields } from './resolve.js';

/** Words before or after a year that make it the term of a comparison. */
const COMPARED_BEFORE = '比较于';
const COMPARED_AFTER = ['同期', '同比', '水平'];
const SENTENCE_ENDS = /[。！？!?\n]/u;

/** What the dates so far in the paragraph have said. */
interface Said {
  year?: YearPart;
  /** The month of the last date that had one, with that date's year and whether it lies after the reference month. */
  month?: { readonly month: NonNullable<DateAtom['month']>; readonly year?: YearPart; readonly future: boolean };
  /** True once a sentence ended after `month` was said. */
  monthSentenceEnded?: boolean;
}

/** Dates counted from the article's day (`昨天`, `上周五`, `上月`): the paragraph is back to the reference date. */
function countsFromToday(atom: DateAtom): boolean {
  return atom.weekday !== undefined || (atom.day !== undefined && 'rel' in atom.day) || (atom.month !== undefined && 'rel' in atom.month);
}

/** The atom with the year (and for a lone day, the month) the paragraph gives it. */
function fillFromParagraph(atom: DateAtom, said: Said): DateAtom {
  if (atom.vague || countsFromToday(atom)) return atom;
  const out: DateAtom = { ...atom };
  if (atom.year && 'after' in atom.year && said.year) out.year = countFrom(said.year, atom.year.after);
  const loneDay = atom.day !== undefined && !atom.month && !atom.year;
  if (loneDay && said.month && !(said.monthSentenceEnded && said.month.future)) {
    out.month = said.month.month;
    if (said.month.year) out.year = said.month.year;
  } else if (!atom.year && said.year && (atom.month || atom.span || atom.festival)) {
    out.year = said.year;
  }
  return out;
}

function isCompared(text: string, atom: DateAtom): boolean {
  const bare = !atom.month && !atom.day && !atom.span && !atom.festival;
  if (!bare) return false;
  const before = text[atom.start - 1] ?? '';
  return (before !== '' && COMPARED_BEFORE.includes(before)) || COMPARED_AFTER.some((w) => text.startsWith(w, atom.end));
}

/** True when the month of `atom` lies after the reference date's month. */
function isFutureMonth(atom: DateAtom, ref: RefDate | null): boolean {
  const f = ref ? resolveFields({ ...atom, day: undefined, time: undefined }, ref) : null;
  if (!ref || !f || f.y === null || f.m === null || f.m === undefined) return false;
  return f.y * 12 + f.m > ref.year * 12 + ref.month;
}

/** Notes what `atom` (already filled) says for the dates after it. */
function remember(text: string, atom: DateAtom, said: Said, ref: RefDate | null): void {
  if (atom.vague || isCompared(text, atom)) return;
  if (countsFromToday(atom)) {
    delete said.year;
    delete said.month;
    return;
  }
  if (atom.year && !('after' in atom.year)) said.year = atom.year;
  if (atom.month) {
    const future = isFutureMonth(atom, ref);
    said.month = atom.year ? { month: atom.month, year: atom.year, future } : { month: atom.month, future };
    said.monthSentenceEnded = false;
  }
}

/** Fills every date and range end from the dates before it in its paragraph. */
export function fillFromContext(text: string, items: readonly (DateAtom | RangeAtom)[], ref: RefDate | null): (DateAtom | RangeAtom)[] {
  const out: (DateAtom | RangeAtom)[] = [];
  let said: Said = {};
  let lastEnd = 0;
  for (const item of items) {
    const between = text.slice(lastEnd, item.start);
    if (between.includes('\n')) said = {};
    else if (SENTENCE_ENDS.test(between)) said.monthSentenceEnded = true;
    lastEnd = item.end;
    if ('from' in item) {
      const from = fillFromParagraph(item.from, said);
      remember(text, from, said, ref);
      const to = fillFromParagraph(item.to, said);
      remember(text, to, said, ref);
      out.push({ ...item, from, to });
    } else {
      const atom = fillFromParagraph(item, said);
      remember(text, atom, said, ref);
      out.push(atom);
    }
  }
  return out;
}
