// `日` as a count of days: `降雨日数有15日`, `持续了3日`, `连续5日`. A number with `日` is a
// day of the month by default (the date extractor's); after a word that counts (有, 了, 共,
// 达, 满, 连续, 长达) the date rules leave it alone (src/extract/date/calendar.ts,
// DAY_NOT_BEFORE) and it is a duration here, `P15D`.
import type { Draft } from '../types.js';
import type { Hit } from './match.js';
import { parseAmount } from './number.js';

const COUNTING_WORDS = ['长达', '连续', '有', '了', '共', '达', '满'];
const NOT_AFTER = '内游均间制后期报子常';
const NUMERAL = /[0-9一二两三四五六七八九十]/u;

/** Each `日` is looked at once, with a bounded look back: linear in the text. */
export function matchDayCounts(text: string): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf('日'); at >= 0; at = text.indexOf('日', at + 1)) {
    if (NOT_AFTER.includes(text[at + 1] ?? '\n')) continue;
    let start = at;
    while (start > 0 && at - start < 6 && NUMERAL.test(text[start - 1] ?? '')) start -= 1;
    const digits = text.slice(start, at);
    if (!digits || /[0-9]/u.test(digits) !== /^[0-9]+$/u.test(digits)) continue; // all digits or all numerals
    if (!COUNTING_WORDS.some((w) => text.startsWith(w, start - w.length))) continue;
    const value = parseAmount(digits, '');
    if (value === null || value < 2) continue; // `有一日` is a day, not a count
    const draft: Draft = { kind: 'quantity', type: 'duration', start, end: at + 1, value, unit: `P${value}D`, approx: null, subject: null, rule: 'duration-day-count' };
    hits.push({ draft, unitKey: 'duration-day', stepUnit: 'P1D' });
  }
  return hits;
}
