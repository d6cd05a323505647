// src/extract/quantity.ts: counts and measures: 233名, 11万平方米, 1.47亿元, 600多万元, 17.2%,
// 3个月, 1-2天. Pure and token-free: a few table-built regexes over the cleaned text
// (quantity/pattern.ts, quantity/special.ts), the guards that drop codes, ordinals, years,
// idioms and slogans (quantity/guards.ts), ordered refiners (quantity/refine.ts), then the
// subject of each amount (quantity/subject.ts). Every draft names its rule.
import type { CleanText, Context, Draft, Extractor, Token } from './types.js';
import { buildMasks } from './quantity/guards.js';
import { matchMain, type Hit } from './quantity/match.js';
import { mergeRanges, removeOverlaps, sortHits } from './quantity/refine.js';
import { matchBareAmounts, matchCurrencySymbols, matchDigitPairs, matchDoubleMultiples, matchFractions } from './quantity/special.js';
import { attachSubjects } from './quantity/subject.js';
import { matchBareMagnitudes } from './quantity/magnitude.js';
import { matchDayCounts } from './quantity/day-count.js';

function extractQuantities(text: CleanText): Draft[] {
  const source = text.text;
  const masks = buildMasks(source);
  const hits: Hit[] = [
    ...matchMain(source, masks),
    ...matchDigitPairs(source, masks),
    ...matchFractions(source, masks),
    ...matchCurrencySymbols(source),
    ...matchBareAmounts(source),
    ...matchDoubleMultiples(source, masks),
    ...matchDayCounts(source),
    ...matchBareMagnitudes(source, text.softBreak, masks), // last: a unit parser's hit of the same span wins
  ];
  const drafts = mergeRanges(removeOverlaps(sortHits(hits)), source).map((h) => h.draft);
  attachSubjects(source, text.softBreak, drafts);
  return drafts;
}

export const quantity: Extractor = {
  name: 'quantity',
  kind: 'quantity',
  types: ['money', 'area', 'percent', 'temperature', 'length', 'weight', 'volume', 'duration', 'count'],
  needsTokens: false,
  extract(text: CleanText, _tokens: readonly Token[] | null, _ctx: Context): Draft[] {
    return extractQuantities(text);
  },
};
