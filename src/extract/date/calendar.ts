// Calendar parts: the year (`2024年`, `二〇二三年`, `2023年度`, `今年`), the part of a year
// (`上半年`, `一季度`, `年底`), the month (`5月`, `十二月`, `上月`, `3月底`) and the day (`19日`,
// `三十一日`, `昨天`, `上周五`). Each matcher looks at one position only (sticky regexes).
import { parseCnNumber } from '../lib/cn-number.js';
import {
  MONTH_PARTS,
  PART_OF_YEAR_NOT_BEFORE,
  PARTS_OF_YEAR,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  WEEK_OFFSETS,
  WEEK_WORDS,
  WEEKDAYS,
  YEAR_SUFFIX_PARTS,
  type Period,
  type PartOfYear,
} from '../rules/date-words.js';
import type { Part, YearPart } from './atom.js';
import { isDigitLike, isOneOf, matchAt, sticky, wordMatcher, wordsSource } from './match.js';

export interface Hit<T> {
  readonly end: number;
  readonly value: T;
  readonly label: string;
}

const CN_DIGIT = '〇零一二三四五六七八九';
// `2024年`, `2023年度`; `二〇二三年`: a Chinese year is four digit characters (两年 is a duration)
const YEAR_RE = sticky(`(?:(\\d{4})|([${CN_DIGIT}]{4}))年(度)?`);
// `2000年代`, `1500年的历史`, `1000年之久` name spans of time, not a year
const YEAR_NOT_AFTER = ['代', '历史', '的历史', '之久'];
const MIN_YEAR = 1000;
const MAX_YEAR = 2199;

const relativeYear = wordMatcher(RELATIVE_YEARS);
const relativeMonth = wordMatcher(RELATIVE_MONTHS);
const relativeDay = wordMatcher(RELATIVE_DAYS);
const partOfYear = wordMatcher(PARTS_OF_YEAR);
const yearSuffixPart = wordMatcher(YEAR_SUFFIX_PARTS);
const monthPart = wordMatcher(MONTH_PARTS);

export interface YearValue {
  readonly part: YearPart;
  readonly fiscal: boolean;
}

/** `2024年`, `2023年度`, `二〇二三年`, `今年`, `去年`. */
export function matchYear(text: string, pos: number): Hit<YearValue> | null {
  const m = matchAt(YEAR_RE, text, pos);
  if (m) {
    const end = pos + m[0].length;
    const year = m[1] ? Number(m[1]) : parseCnNumber(m[2] ?? '');
    const ok = year !== null && year >= MIN_YEAR && year <= MAX_YEAR && !isDigitLike(text[pos - 1]);
    if (ok && !YEAR_NOT_AFTER.some((w) => text.startsWith(w, end))) {
      return { end, value: { part: { abs: year }, fiscal: m[3] !== undefined }, label: 'year' };
    }
    return null;
  }
  const rel = relativeYear(text, pos);
  if (!rel) return null;
  const { offset, anaphoric } = rel.entry;
  if (anaphoric) return { end: rel.end, value: { part: { after: offset }, fiscal: false }, label: 'following-year' };
  return { end: rel.end, value: { part: { rel: offset }, fiscal: false }, label: 'relative-year' };
}

/**
 * `上半年`, `第一季度`, `年底`; right after a year ending in 年 also `初/底/末` (`2023年底`).
 * Standalone (no year before it) it takes the article's year, unless it is `每年年底`.
 */
export function matchPartOfYear(text: string, pos: number, afterYear: boolean): Hit<PartOfYear> | null {
  if (afterYear) {
    const hit = partOfYear(text, pos) ?? (text[pos - 1] === '年' ? yearSuffixPart(text, pos) : null);
    return hit ? { end: hit.end, value: hit.entry, label: 'part-of-year' } : null;
  }
  const before = text[pos - 1] ?? '';
  if (before && (PART_OF_YEAR_NOT_BEFORE.includes(before) || isDigitLike(before))) return null;
  const hit = partOfYear(text, pos);
  return hit ? { end: hit.end, value: hit.entry, label: 'part-of-year' } : null;
}

const MONTH_RE = sticky('(?:(1[0-2]|0?[1-9])|(十[一二]?|[一二三四五六七八九]))月(份)?');
/**
 * A standalone month after these is a count of months or an ordinal (`近3月`, `第5月`), or a
 * lunar month (`农历五月`, `阴历`), which the Gregorian calendar cannot place. After a 年 that
 * is no year of its own (`每年5月`, `同年5月`, `次年5月`) the year is not the article's.
 */
const MONTH_NOT_BEFORE = '个每近满第前后连这那数几半逾超历年';

/** `5月`, `十二月`, `5月份`, `本月`, `上个月`; `afterYear` lifts the standalone guards. */
export function matchMonth(text: string, pos: number, afterYear: boolean): Hit<Part> | null {
  const m = matchAt(MONTH_RE, text, pos);
  if (m) {
    const before = text[pos - 1] ?? '';
    if (!afterYear && (isDigitLike(before) || isOneOf(MONTH_NOT_BEFORE, before))) return null;
    const month = m[1] ? Number(m[1]) : parseCnNumber(m[2] ?? '');
    return month === null ? null : { end: pos + m[0].length, value: { abs: month }, label: 'month' };
  }
  const rel = relativeMonth(text, pos);
  return rel ? { end: rel.end, value: { rel: rel.entry.offset }, label: 'relative-month' } : null;
}

/** `底` in `3月底`, `上旬` in `5月上旬`. */
export function matchMonthPart(text: string, pos: number): Hit<string> | null {
  const hit = monthPart(text, pos);
  return hit ? { end: hit.end, value: hit.entry.word, label: 'month-part' } : null;
}

const DAY_AFTER_MONTH_RE = sticky(
  '(?:(3[01]|[12]\\d|0?[1-9])|(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))[日号]',
);
// A day without its month ends in 日 (`19日`, `十九日`); 号 alone is a house or line number.
// A Chinese day alone has two or three characters (`十九日`, `二十三日`): `三日`, `十日`,
// `二十日` are as often three, ten or twenty days
const DAY_ALONE_RE = sticky('(?:(3[01]|[12]\\d|0?[1-9])|(三十一|二十[一二三四五六七八九]|十[一二三四五六七八九]))日');
/**
 * `第3日`, `每5日`, `满30日`, `连续3日` count days; `30日内`, `3日游` are spans of days. After 月
 * the month was no month of its own (`每月20日`, `次月5日`): the day is not in the article's month.
 */
const DAY_NOT_BEFORE = '第每个满近前后连续数几约共达逾超月百千万';
const DAY_NOT_AFTER = ['内', '以内', '之内', '左右', '以上', '以下', '游', '均', '间', '制', '之后', '后'];

/** `19日`, `三十一日`, `19号` after a month; alone, `19日`, `昨天`, `今晚`. */
export function matchDay(text: string, pos: number, afterMonth: boolean): Hit<Part> | null {
  if (afterMonth) {
    const m = matchAt(DAY_AFTER_MONTH_RE, text, pos);
    const day = m ? (m[1] ? Number(m[1]) : parseCnNumber(m[2] ?? '')) : null;
    return m && day !== null ? { end: pos + m[0].length, value: { abs: day }, label: 'day' } : null;
  }
  const m = matchAt(DAY_ALONE_RE, text, pos);
  if (m) {
    const before = text[pos - 1] ?? '';
    const end = pos + m[0].length;
    if (isDigitLike(before) || isOneOf(DAY_NOT_BEFORE, before)) return null;
    if (DAY_NOT_AFTER.some((w) => text.startsWith(w, end))) return null;
    const day = m[1] ? Number(m[1]) : parseCnNumber(m[2] ?? '');
    return day === null ? null : { end, value: { abs: day }, label: 'day' };
  }
  return null;
}

/** `昨天`, `今晚` (with the period it implies). */
export function matchRelativeDay(text: string, pos: number): Hit<{ part: Part; period?: Period }> | null {
  const hit = relativeDay(text, pos);
  if (!hit) return null;
  const { offset, period } = hit.entry;
  const value = period ? { part: { rel: offset }, period } : { part: { rel: offset } };
  return { end: hit.end, value, label: 'relative-day' };
}

const WEEKDAY_RE = sticky(
  `([${Object.keys(WEEK_OFFSETS).join('')}])个?${wordsSource(WEEK_WORDS)}([${Object.keys(WEEKDAYS).join('')}])`,
);

/** `上周五`, `本周三`, `下星期一`: a day in the article's week or a neighbouring one. */
export function matchWeekday(text: string, pos: number): Hit<{ week: number; day: number }> | null {
  const m = matchAt(WEEKDAY_RE, text, pos);
  const week = m ? WEEK_OFFSETS[m[1] ?? ''] : undefined;
  const day = m ? WEEKDAYS[m[2] ?? ''] : undefined;
  if (!m || week === undefined || day === undefined || text[pos - 1] === '以') return null;
  return { end: pos + m[0].length, value: { week, day }, label: 'weekday' };
}
