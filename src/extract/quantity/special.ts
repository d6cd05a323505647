// Quantity shapes the main pattern cannot express, one small parser each:
// - fractions and shares: `百分之五`, `千分之三`, `三分之一` -> percent;
// - currency symbols before the number: `¥50`, `$3.5亿`;
// - an amount without a unit after a metric noun: `人数达到144万` -> count, unit "";
//   `总投资3.5亿` -> money;
// - two neighbouring numerals as a range: `两三个` (2~3), `三四十人` (30~40);
// - `双倍`: 双 is the number 2 only before 倍 (`双倍经验` -> count 2 倍).
import type { Approx, Draft } from '../types.js';
import { type Masks, isUnitCompound } from './guards.js';
import type { Hit } from './match.js';
import { unitKeyOf } from './match.js';
import { ANY_NUMBER, ARABIC_NUMBER, CN_NUMBER, NUMBER_LEFT_GUARD, parseAmount, scaleExact } from './number.js';
import { approxRuleOf, firstCharGuard, UNIT_INDEX } from './pattern.js';
import { charTable } from '../lib/char-table.js';
import { alternation, startScanner } from './regex-util.js';
import { BARE_AMOUNTS } from '../rules/units.js';
import { isoDuration, resolveUnit, toDraft } from './resolve.js';

const POST = `(?<post>以上|以下|左右|之多)?`;
const PRE = `(?<pre>约|大约|近|将近|接近|超过|超|逾|不到|不足)?`;

function approxOf(pre: string | undefined, post: string | undefined): Approx | null {
  return (pre ? approxRuleOf(pre, 'pre')?.approx : undefined) ?? (post ? approxRuleOf(post, 'post')?.approx : undefined) ?? null;
}

function percentHit(start: number, end: number, value: number | null, approx: Approx | null, rule: string): Hit {
  const draft: Draft = { kind: 'quantity', type: 'percent', start, end, value, unit: '%', approx, subject: null, rule };
  return { draft, unitKey: 'percent-sign' };
}

const FRACTION_SOURCE = `${firstCharGuard(['约', '大约', '近', '将近', '接近', '超过', '超', '逾', '不到', '不足'])}${PRE}${NUMBER_LEFT_GUARD}(?<den>${ANY_NUMBER})分之(?<num>${CN_NUMBER}|${ARABIC_NUMBER})${POST}`;

/** `百分之五` -> 5 %, `千分之三` -> 0.3 %, `三分之一` -> 33.33… %. */
export function matchFractions(text: string, masks: Masks): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('分之')) return hits; // most texts have none: skip the scan
  for (const m of text.matchAll(new RegExp(FRACTION_SOURCE, 'gu'))) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    if (masks.phrase[start] === 1 || masks.title[start] === 1) continue;
    const den = parseAmount(g.den ?? '');
    const num = parseAmount(g.num ?? '');
    if (den === null || num === null || den === 0 || !Number.isInteger(den)) continue;
    const value = scaleExact(num, 100, den);
    const rule = den === 100 ? 'percent-bai-fen-zhi' : 'percent-fraction';
    hits.push(percentHit(start, start + m[0].length, value, approxOf(g.pre, g.post), rule));
  }
  return hits;
}

// `$` alone is the US dollar; the letters before it name the other dollars (`HK$`, `NT$`)
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  '¥': 'CNY', '￥': 'CNY', $: 'USD', US$: 'USD', HK$: 'HKD', NT$: 'TWD', A$: 'AUD', C$: 'CAD', S$: 'SGD', NZ$: 'NZD', '€': 'EUR', '£': 'GBP',
};
const SYMBOL_SOURCE = `(?<![A-Za-z\\d])(?<sym>${alternation(Object.keys(CURRENCY_SYMBOLS))})(?<num>${ARABIC_NUMBER})(?<yuan>元)?`;

/** `¥50`, `$3.5亿`, `HK$120`: the symbol gives the currency; a trailing `元` belongs to the mention. */
export function matchCurrencySymbols(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(new RegExp(SYMBOL_SOURCE, 'gu'))) {
    const g = m.groups ?? {};
    const value = parseAmount(g.num ?? '');
    const unit = CURRENCY_SYMBOLS[g.sym ?? ''] ?? 'CNY';
    const start = m.index ?? 0;
    const draft: Draft = { kind: 'quantity', type: 'money', start, end: start + m[0].length, value, unit, approx: null, subject: null, rule: 'money-symbol' };
    hits.push({ draft, unitKey: `money-symbol-${unit}` });
  }
  return hits;
}

const METRIC_LINKS = ['达到', '达', '为', '是', '超过', '突破', '增至', '增加到', '增加至', '增长到', '增长至', '共计', '累计', '合计', '已达', '高达', '多达', '有', '约'];
const METRIC_SOURCE =
  `(?<metric>${alternation(BARE_AMOUNTS.flatMap((r) => r.words))})${alternation(METRIC_LINKS)}?${PRE}${NUMBER_LEFT_GUARD}` +
  `(?<num>${ARABIC_NUMBER}|${CN_NUMBER})${POST}(?=[\\n。，、；！？,.;!?)）]|$)`;

const scanMetrics = startScanner(METRIC_SOURCE, charTable(new Set(BARE_AMOUNTS.flatMap((r) => r.words.map((w) => w.charAt(0))))));

/** `注册志愿者人数达到144万，` -> count 1440000, unit ""; `总投资3.5亿，` -> money (BARE_AMOUNTS). */
export function matchBareAmounts(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of scanMetrics(text)) {
    const g = m.groups ?? {};
    const numText = g.num ?? '';
    const row = BARE_AMOUNTS.find((r) => r.words.includes(g.metric ?? ''));
    const value = parseAmount(numText);
    if (!row || value === null || /^[一二两]$/u.test(numText)) continue;
    if (row.needsMagnitude && !/[万萬亿億]$/u.test(numText)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const start = end - (g.post ?? '').length - numText.length - (g.pre ?? '').length;
    const rule = row.id;
    const draft: Draft = { kind: 'quantity', type: row.type, start, end, value, unit: row.unit, approx: approxOf(g.pre, g.post), subject: null, rule };
    hits.push({ draft, unitKey: `${row.id}:` });
  }
  return hits;
}

const PAIR_DIGITS: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PAIR_SOURCE = `${NUMBER_LEFT_GUARD}(?<a>[一两二三四五六七八九])(?<b>[两二三四五六七八九])(?<mag>[十百千万亿]?)(?<unit>${alternation(UNIT_INDEX.keys())})`;

const scanPairs = startScanner(PAIR_SOURCE, charTable(Object.keys(PAIR_DIGITS)));

/** `两三个` -> 2~3 个, `三四十人` -> 30~40 人; the digits must be neighbours (`一三` is not). */
export function matchDigitPairs(text: string, masks: Masks): Hit[] {
  const hits: Hit[] = [];
  for (const m of scanPairs(text)) {
    const g = m.groups ?? {};
    const a = PAIR_DIGITS[g.a ?? ''];
    const b = PAIR_DIGITS[g.b ?? ''];
    const unit = g.unit ?? '';
    const entry = UNIT_INDEX.get(unit);
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (a === undefined || b !== a + 1 || !entry || masks.phrase[start] === 1 || masks.slogan[start] === 1 || masks.title[start] === 1) continue;
    if (isUnitCompound(text, end - unit.length, unit) || (unit === '年' && /二/u.test(m[0]))) continue; // `一二年级`
    const scale = parseAmount(`一${g.mag ?? ''}`) ?? 1;
    const resolved = resolveUnit(entry, unit, null, [a * scale, b * scale], `${g.a}${g.mag}`);
    const stepUnit = entry.kind === 'duration' ? isoDuration(1, entry.row) : undefined;
    hits.push({ draft: toDraft(start, end, resolved, null), unitKey: unitKeyOf(entry, unit), ...(stepUnit ? { stepUnit } : {}) });
  }
  return hits;
}

/** `双倍积分` -> count 2, unit 倍: `双` reads as 2 only here (`双方`, `双人` are no numbers). */
export function matchDoubleMultiples(text: string, masks: Masks): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf('双倍'); at >= 0; at = text.indexOf('双倍', at + 2)) {
    if (masks.phrase[at] === 1 || masks.title[at] === 1 || /[增加受感]/u.test(text[at + 2] ?? '')) continue; // `倍增`
    const draft: Draft = { kind: 'quantity', type: 'count', start: at, end: at + 2, value: 2, unit: '倍', approx: null, subject: null, rule: 'count-double' };
    hits.push({ draft, unitKey: 'count:倍' });
  }
  return hits;
}
