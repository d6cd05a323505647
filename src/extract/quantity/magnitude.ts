// A magnitude with no currency and no measure word is a count with unit "" (SPEC.md):
// `800万像素` -> 800万, `利润只有2.3亿`, `逾五百万的观众`, `90多万`. A number of that
// size stands on its own as an amount; a smaller one (`收入3000`) could be anything and is
// left alone. Runs after the unit parsers: where a unit follows, the longer mention wins
// (refine.ts), and where the unit parser rejected its match (`前3万名`, a rank) no bare amount
// is made from it; a unit that begins a longer word (`36亿天价`) is no unit.
import type { Approx, Draft } from '../types.js';
import { type Masks, isUnitCompound } from './guards.js';
import type { Hit } from './match.js';
import { ARABIC_NUMBER, CN_NUMBER, NUMBER_LEFT_GUARD, parseAmount } from './number.js';
import { approxRuleOf, firstCharTable, RANGE_SEPARATORS, UNIT_INDEX } from './pattern.js';
import { alternation, startScanner, wordSet, wordStartingAt } from './regex-util.js';

const NUMBER = `${ARABIC_NUMBER}|${CN_NUMBER}`;
const PRE_WORDS = ['约', '大约', '近', '将近', '接近', '超过', '超', '逾', '不到', '不足'];
const SOURCE =
  `(?<pre>${alternation(PRE_WORDS)})?${NUMBER_LEFT_GUARD}(?<num>${NUMBER})(?:${alternation(RANGE_SEPARATORS)}(?<num2>${NUMBER}))?` +
  `(?:(?<mid>多|余)(?<mag>[万萬亿億]+))?(?<post>以上|左右|之多)?`;
const scanBare = startScanner(SOURCE, firstCharTable(PRE_WORDS));
const UNIT_WORDS = wordSet(UNIT_INDEX.keys());

/** Ends in 万/亿 and has a digit: `1.45亿`, `三百万`; not `百万`, `千万` (bare magnitudes, idioms). */
function isMagnitudeAmount(numText: string, mag: string): boolean {
  return /[万萬亿億]$/u.test(numText + mag) && /[\d一二两三四五六七八九]/u.test(numText);
}

/**
 * What follows the amount makes it part of something else: more digits, Latin letters glued
 * to it (not across a removed space: `再亏37亿  A50基金`), a unit.
 */
function isContinued(text: string, softBreak: Uint8Array, end: number): boolean {
  if (/[\d.%‰]/u.test(text[end] ?? '')) return true;
  if (/[A-Za-z]/u.test(text[end] ?? '')) return softBreak[end] === 0;
  const unit = wordStartingAt(text, end, UNIT_WORDS);
  return unit !== '' && !isUnitCompound(text, end, unit);
}

function approxOf(g: Record<string, string | undefined>): Approx | null {
  if (g.pre) return approxRuleOf(g.pre, 'pre')?.approx ?? null;
  if (g.mid) return 'over';
  return g.post ? (approxRuleOf(g.post, 'post')?.approx ?? null) : null;
}

export function matchBareMagnitudes(text: string, softBreak: Uint8Array, masks: Masks): Hit[] {
  const hits: Hit[] = [];
  for (const m of scanBare(text)) {
    const g = m.groups ?? {};
    const numText = g.num2 ?? g.num ?? '';
    const mag = g.mag ?? '';
    const start = m.index ?? 0;
    const numStart = start + (g.pre ?? '').length;
    const end = start + m[0].length;
    if (!isMagnitudeAmount(numText, mag) || masks.phrase[numStart] === 1 || masks.title[numStart] === 1) continue;
    if (masks.slogan[numStart] === 1 && !/^\d/u.test(numText)) continue;
    if (isContinued(text, softBreak, end - (g.post ?? '').length)) continue;
    const draft = g.num2 ? rangeDraft(g.num, g.num2, mag) : singleDraft(parseAmount(numText, mag));
    if (!draft) continue;
    hits.push({ draft: { ...draft, start, end, approx: approxOf(g) }, unitKey: 'count:' });
  }
  return hits;
}

function singleDraft(value: number | null): Draft | null {
  if (value === null) return null;
  return { kind: 'quantity', type: 'count', start: 0, end: 0, value, unit: '', approx: null, subject: null, rule: 'count-bare-magnitude' };
}

/** `3万至5万`, `3至5万` (the first takes the magnitude of the second): min and max, value null. */
function rangeDraft(first = '', second = '', mag: string): Draft | null {
  const trailing = /[万萬亿億]+$/u.exec(second + mag)?.[0] ?? '';
  const min = parseAmount(/[十百千万萬亿億]/u.test(first) ? first : first + trailing);
  const max = parseAmount(second, mag);
  if (min === null || max === null || min >= max) return null;
  return { kind: 'quantity', type: 'count', start: 0, end: 0, value: null, min, max, unit: '', approx: null, subject: null, rule: 'range-count-bare-magnitude' };
}
