// Whole-word dates: numeric forms (`2021-03-08`, `2021/3/8`, `2020.5.6`), vague words (`近日`,
// `目前`: value null) and festivals (`端午`, `国庆节`: their day in the article's year).
import { FESTIVALS, SEASON_WORDS, VAGUE_WORDS, type FestivalDay } from '../rules/date-words.js';
import type { DateAtom } from './atom.js';
import { matchAt, sticky, wordMatcher, wordsSource } from './match.js';

// `2021-03-08`, `2021/3/8`, `2020.5.6`: the same separator twice; not inside a longer number
// or a version string (`1.2020.5.6`), and not a decimal (`2020.5` alone is no date)
const NUMERIC_RE = sticky('(\\d{4})([-./])(1[0-2]|0?[1-9])\\2(3[01]|[12]\\d|0?[1-9])(?![0-9.])');

/** `2021-03-08` and its kin. */
// the end of a range of numeric dates: `2021/3/5-` before `2021/9/30`
const NUMERIC_RANGE_START_RE = /\d{4}([-./])\d{1,2}\1\d{1,2}[-~]$/u;

export function parseNumericAt(text: string, pos: number): DateAtom | null {
  const before = text[pos - 1] ?? '';
  if (/[0-9.\-/]/u.test(before) && !NUMERIC_RANGE_START_RE.test(text.slice(Math.max(0, pos - 12), pos))) return null;
  const m = matchAt(NUMERIC_RE, text, pos);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000 || year > 2199) return null;
  return {
    start: pos,
    end: pos + m[0].length,
    year: { abs: year },
    month: { abs: Number(m[3]) },
    day: { abs: Number(m[4]) },
    labels: ['numeric'],
  };
}

// `2012-13赛季`, `05-06赛季`, `2014/2015学年`: a season or school year runs across two
// consecutive years; the value is the range of years (`2012/2013`)
const SEASON_RE = sticky(`(\\d{4}|\\d{2})[-/—–~](\\d{4}|\\d{2})${wordsSource(SEASON_WORDS)}`);

/** A two-digit year of a season: 1950 to 2049, as in calendar.ts. */
function fullYear(s: string, century: number | null): number {
  const n = Number(s);
  if (s.length === 4) return n;
  return century !== null ? century + n : n < 50 ? 2000 + n : 1900 + n;
}

/** `2012-13赛季`, `05-06赛季`, `2014/2015学年`. */
export function parseSeasonAt(text: string, pos: number): DateAtom | null {
  if (/[0-9.\-/]/u.test(text[pos - 1] ?? '')) return null;
  const m = matchAt(SEASON_RE, text, pos);
  if (!m) return null;
  const first = fullYear(m[1] ?? '', null);
  const second = fullYear(m[2] ?? '', Math.floor(first / 100) * 100);
  const next = second === first + 1 || (second === first + 1 - 100 && (m[2] ?? '').length === 2) ? first + 1 : null;
  if (next === null || first < 1000) return null;
  return { start: pos, end: pos + m[0].length, years: [first, next], labels: ['season'] };
}

const vague = wordMatcher(VAGUE_WORDS);
const festival = wordMatcher(FESTIVALS);

/** `春节`, `端午`: a festival, in the year before it when one is said (`2024年春节`). */
export function matchFestival(text: string, pos: number): { end: number; on: FestivalDay } | null {
  const f = festival(text, pos);
  return f ? { end: f.end, on: f.entry.on } : null;
}

/** `近日`, `近年来`, `目前`, `当前`, `日前`: dates with value null (SPEC, "Relative dates"). */
export function parseWordAt(text: string, pos: number): DateAtom | null {
  const v = vague(text, pos);
  if (v) return { start: pos, end: v.end, vague: true, labels: ['vague'] };
  const f = festival(text, pos);
  if (f) return { start: pos, end: f.end, festival: f.entry.on, labels: ['festival'] };
  return null;
}
