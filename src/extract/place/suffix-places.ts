// Places made of a proper name and a kind word: `后太平村`, `建鑫社区`, `山大北路`, `佛慧山`.
// For each suffix (rules/place-suffixes.ts) the name is read leftwards: it may start where a
// known place ends (`长清区|后太平村`), or at a left boundary (`在|建鑫社区`), and must be a
// plausible name (2 to maxName characters, not a kind like `城市` in `城市社区`).
import { PLACE_SUFFIXES, type PlaceSuffix } from '../rules/place-suffixes.js';
import { isGenericName, scanNameLeft } from './boundary.js';
import { SpanIndex } from '../lib/spans.js';
import { suffixLookup } from '../lib/suffix-index.js';

/** A place span in cleaned-text offsets; `attach` marks a bare suffix that only extends. */
export interface PlaceSpan {
  start: number;
  end: number;
  rule: string;
  /** Gazetteer level rank (0 country ... 4 street), or 5 for a suffix place. */
  rank: number;
  /** True for `社区` right after `百花公园`: no name of its own, it extends the place before. */
  attach: boolean;
  /** For an attaching suffix: the least rank of the place it may extend (`台湾|地区`). */
  afterRank?: number;
}

/** The longest place suffix at `i` whose next character does not make it another word. */
const suffixAt = suffixLookup(PLACE_SUFFIXES);

/**
 * Finds suffix places, left to right. `known` holds the gazetteer spans (sorted); found
 * places are added to the boundaries as they come, so `百花公园` + `社区` + `洪南小区` chain.
 */
export function findSuffixPlaces(text: string, known: readonly PlaceSpan[]): PlaceSpan[] {
  const ends = new Set(known.map((k) => k.end));
  const found: PlaceSpan[] = [];
  const index = new SpanIndex(text.length, known);
  let k = 0;
  for (let i = 0; i < text.length; i += 1) {
    while (k < known.length && (known[k]?.end ?? 0) <= i) k += 1;
    const row = suffixAt(text, i);
    if (!row) continue;
    // A suffix that begins a known name, or sits inside one, is not a suffix (`支援|湖北`,
    // `河南`); one that ends a short form may still end a longer name (`小|清河`, `趵|突泉`),
    // but not one that ends a full or hand-table name (`抢抓|黄河`).
    const cover = known[k];
    const endsShort = cover?.end === i + row.word.length && cover.rule.endsWith('-short');
    if (cover && cover.start <= i && cover.end > i && !endsShort) continue;
    const span = readName(text, i, row, ends, index);
    if (!span) continue;
    found.push(span);
    index.add(span);
    ends.add(span.end);
    i = span.end - 1;
  }
  return found;
}

function readName(
  text: string,
  s: number,
  row: PlaceSuffix,
  ends: ReadonlySet<number>,
  spans: SpanIndex,
): PlaceSpan | null {
  const e = s + row.word.length;
  const rule = row.id;
  const prev = text[s - 1];
  if (prev !== undefined && row.blockPrev?.includes(prev)) return null;
  const { start: w, bounded } = scanNameLeft(text, s, row.maxName + 4, row.objectNoun === true);
  const starts: number[] = [];
  if (bounded) starts.push(w);
  for (let p = w + 1; p < s; p += 1) if (ends.has(p)) starts.push(p);
  for (const p of starts) {
    if (s - p > row.maxName || s - p < 2) continue;
    if (isGenericName(text.slice(p, s))) continue;
    // Not from inside a known place, nor over one: `山东省|城乡社区` reads 城乡, not 山东省城乡.
    if (spans.isInterior(p) || spans.endsFrom(p).some((end) => end < s)) continue;
    // A bare division before a kind that makes an honour: `获评山东省旅游休闲街区`.
    if (!row.afterPlace && spans.endsFrom(p).includes(s)) continue;
    return { start: p, end: e, rule, rank: 5, attach: false };
  }
  if (row.afterPlace && ends.has(s)) {
    return { start: s, end: e, rule, rank: 5, attach: true, ...(row.minRank === undefined ? {} : { afterRank: row.minRank }) };
  }
  return null;
}
