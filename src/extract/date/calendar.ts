// Calendar parts: the year (`2024年`, `二〇二三年`, `2023年度`, `今年`), the part of a year
// (`上半年`, `一季度`, `年底`), the month (`5月`, `十二月`, `上月`, `3月底`) and the day (`19日`,
// `三十一日`, `昨天`, `上周五`). Each matcher looks at one position only (sticky regexes).
import { parseCnNumber } from '../../lib/cn-number.js';
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
// `2024年`, `2023年度`; `二〇二三年`, `二0一三年` (ASCII zeros among Chinese digits): a Chinese
// year is four digit characters (两年 is a duration); `两千零九年` reads the year as a number,
// which must say more than its thousands (`两千年` is also two thousand years)
const YEAR_RE = sticky(
  `(?:(\\d{4})|([${CN_DIGIT}0]{4})|([两二一]千[零〇${CN_DIGIT}十]{1,4}))年(度)?`,
);
// `07年9月`, `16年3月1日`, `11年`: a two-digit year, 1950 to 2049
const SHORT_YEAR_RE = sticky('(\\d{2})年');
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
    const year = m[1] ? Number(m[1]) : m[2] ? readDigitChars(m[2]) : parseCnNumber(m[3] ?? '');
    const ok = year !== null && year >= MIN_YEAR && year <= MAX_YEAR && !isDigitLike(text[pos - 1]);
    if (ok && !YEAR_NOT_AFTER.some((w) => text.startsWith(w, end))) {
      return { end, value: { part: { abs: year }, fiscal: m[4] !== undefined }, label: 'year' };
    }
    return null;
  }
  const short = matchShortYear(text, pos);
  if (short) return short;
  const rel = relativeYear(text, pos);
  if (!rel) return null;
  const { offset, anaphoric } = rel.entry;
  if (anaphoric) return { end: rel.end, value: { part: { after: offset }, fiscal: false }, label: 'following-year' };
  return { end: rel.end, value: { part: { rel: offset }, fiscal: false }, label: 'relative-year' };
}

/** `二0一三` -> 2013: one digit per character, Chinese or ASCII. */
function readDigitChars(s: string): number | null {
  let n = 0;
  for (const ch of s) {
    const index = CN_DIGIT.indexOf(ch); // 〇 and 零 are both 0
    const d = ch === '0' ? 0 : index <= 1 ? index * 0 : index - 1;
    if (index < 0 && ch !== '0') return null;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A two-digit year: with a month after it (`07年9月`, `16年3月1日`), or alone where the words
 * around it make it a point in time, not a count of years (`于11年`, `从05年起`; `服刑11年`,
 * `11年来`, `11年间` are durations and stay out).
 */
function matchShortYear(text: string, pos: number): Hit<YearValue> | null {
  const m = matchAt(SHORT_YEAR_RE, text, pos);
  if (!m || isDigitLike(text[pos - 1]) || text[pos - 1] === '.') return null;
  const end = pos + m[0].length;
  const n = Number(m[1]);
  const hit: Hit<YearValue> = { end, value: { part: { abs: n < 50 ? 2000 + n : 1900 + n }, fiscal: false }, label: 'year' };
  if (matchAt(MONTH_RE, text, end) || partOfYear(text, end) || yearSuffixPart(text, end)) return hit;
  const pointBefore = isOneOf(SHORT_YEAR_BEFORE, text[pos - 1]); // `10年` alone is as often ten years
  const pointAfter = end === text.length || isOneOf(SHORT_YEAR_AFTER, text[end]);
  return pointBefore && pointAfter ? hit : null;
}
/** Before a lone two-digit year: a preposition of time or the start of a clause. */
const SHORT_YEAR_BEFORE = '于在从自至到截,，。;；、:：\n(（';
/** After it: the end of a clause, or what a point in time takes (`05年起`, `11年至`). */
const SHORT_YEAR_AFTER = ',，。;；、起至到-—~)）';

/**
 * `上半年`, `第一季度`, `年底`; right after a year ending in 年 also `初/底/末` (`2023年底`).
 * Standalone (no year before it) it takes the article's year, unless it is `每年年底`.
 */
export function matchPartOfYear(text: string, pos: number, afterYear: boolean): Hit<PartOfYear> | null {
  if (afterYear) {
    const hit = partOfYear(text, pos) ?? (text[pos - 1] === '年' ? yearSuffixPart(text, pos) : null);
    return hit ? { end: hit.end, value: hit.entry, label: 'part-of-year' } : matchFirstMonths(text, pos, true);
  }
  const before = text[pos - 1] ?? '';
  if (before && (PART_OF_YEAR_NOT_BEFORE.includes(before) || isDigitLike(before))) return null;
  const hit = partOfYear(text, pos);
  return hit ? { end: hit.end, value: hit.entry, label: 'part-of-year' } : matchFirstMonths(text, pos, false);
}

// `前5个月`, `前七月`, `前两季度`, `前2个季度`: from the start of the year to the end of the
// N-th month or quarter (`前三季度` is a table word). A month's last day is clamped when resolved.
const FIRST_N_RE = sticky('前(1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])(?:(个?月)|个?季度)');
/**
 * Standalone, `前5个月` also counts back from an event (`离职前3个月`): it is the start of the
 * year only at the start of a clause or after a preposition of time.
 */
const FIRST_N_BEFORE = ',，。;；、:：\n(（在于从至到';

function matchFirstMonths(text: string, pos: number, afterYear: boolean): Hit<PartOfYear> | null {
  const m = matchAt(FIRST_N_RE, text, pos);
  if (!m) return null;
  if (!afterYear && pos > 0 && !isOneOf(FIRST_N_BEFORE, text[pos - 1])) return null;
  const n = /\d/u.test(m[1] ?? '') ? Number(m[1]) : parseCnNumber(m[1] ?? '');
  const lastMonth = n === null ? 0 : m[2] ? n : n * 3;
  if (lastMonth < 1 || lastMonth > 12) return null;
  const word = m[0];
  return { end: pos + word.length, value: { word, from: [1, 1], to: [lastMonth, 31], example: word }, label: 'first-months' };
}

const MONTH_RE = sticky('(?:(1[0-2]|0?[1-9])|(十[一二]?|[一二三四五六七八九]))月(份)?');
/**
 * A standalone month after these is a count of months or an ordinal (`近3月`, `第5月`), or a
 * lunar month (`农历五月`, `阴历`), which the Gregorian calendar cannot place. After a 年 that
 * is no year of its own (`每年5月`, `同年5月`, `次年5月`) the year is not the article's.
 */
const MONTH_NOT_BEFORE = '个每近满第前后连这那数几半逾超历年';

/** Names built on a Chinese month: `五月花` (the Mayflower, and the cinemas named after it), `五月天` (a band). */
const MONTH_NAME_NOT_AFTER = ['花', '天'];

/** `5月`, `十二月`, `5月份`, `本月`, `上个月`; `afterYear` lifts the standalone guards. */
export function matchMonth(text: string, pos: number, afterYear: boolean): Hit<Part> | null {
  const m = matchAt(MONTH_RE, text, pos);
  if (m) {
    const before = text[pos - 1] ?? '';
    if (!afterYear && (isDigitLike(before) || isOneOf(MONTH_NOT_BEFORE, before))) return null;
    if (!afterYear && m[2] && !m[3] && MONTH_NAME_NOT_AFTER.some((w) => text.startsWith(w, pos + m[0].length))) return null;
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
 * `第3日`, `每5日`, `满30日`, `连续3日`, `日数有15日`, `持续了3日` count days; `30日内`, `3日游` are spans of days. After 月
 * the month was no month of its own (`每月20日`, `次月5日`): the day is not in the article's month.
 */
const DAY_NOT_BEFORE = '第每个满近前后连续数几约共达逾超有了月百千万';
const DAY_NOT_AFTER = ['内', '以内', '之内', '左右', '以上', '以下', '游', '均', '间', '制', '之后', '后'];

// A date written all in Chinese numerals may leave out 日 (`二零一一年五月二十`); not before
// more numerals or a measure word (`五月二十多个`)
const BARE_CN_DAY_RE = sticky('(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?![〇零一二两三四五六七八九十百千万亿多余几个点号日])');

/**
 * `19日`, `三十一日`, `19号` after a month; alone, `19日`, `昨天`, `今晚`. `bareChinese`: the
 * year and month before are in Chinese numerals, so the day may stand without 日.
 */
export function matchDay(text: string, pos: number, afterMonth: boolean, bareChinese = false): Hit<Part> | null {
  if (afterMonth) {
    const bare = bareChinese ? matchAt(BARE_CN_DAY_RE, text, pos) : null;
    const bareDay = bare ? parseCnNumber(bare[1] ?? '') : null;
    if (bare && bareDay !== null && !DAY_NOT_AFTER.some((w) => text.startsWith(w, pos + bare[0].length))) {
      return { end: pos + bare[0].length, value: { abs: bareDay }, label: 'day' };
    }
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
