// All places of a text, as one list of non-overlapping spans: gazetteer names (longest first,
// left to right), suffix places, and chains of both merged into one span, as the gold writes
// an address: `济南市历城区山大路街道`, `长清区后太平村`, `百花公园社区洪南小区`, `江苏南京`.
import { type DivisionLevel, LEVEL_RANK } from './division-names.js';
import { getGazetteer } from './gazetteer.js';
import { findSuffixPlaces, type PlaceSpan } from './suffix-places.js';
import { findForeignDivisions } from './foreign-divisions.js';

const FULL_RULE = Object.fromEntries(Object.keys(LEVEL_RANK).map((l) => [l, `gazetteer-${l}`])) as Record<DivisionLevel, string>;
const SHORT_RULE = Object.fromEntries(Object.keys(LEVEL_RANK).map((l) => [l, `gazetteer-${l}-short`])) as Record<DivisionLevel, string>;

/** Gazetteer names, longest match first, scanning left to right without overlaps. */
export function findGazetteerPlaces(text: string): PlaceSpan[] {
  const gaz = getGazetteer();
  const out: PlaceSpan[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const m = gaz.trie.longestAt(text, i);
    if (!m) continue;
    const entry = m.value;
    out.push({ start: i, end: m.end, rule: entry.short ? SHORT_RULE[entry.level] : FULL_RULE[entry.level], rank: LEVEL_RANK[entry.level], attach: false });
    i = m.end - 1;
  }
  return out;
}

/** Drops spans inside a longer one (`泉城` inside `泉城路`), keeping document order. */
function dropCovered(spans: PlaceSpan[]): PlaceSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PlaceSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** True when `next`, starting where `prev` ends, continues the same address. */
function continues(prev: PlaceSpan, next: PlaceSpan): boolean {
  if (next.afterRank !== undefined && prev.rank < next.afterRank) return false; // `亚洲|地区`
  if (next.rank === 5) return true; // a suffix place or a bare suffix after a place
  return prev.rank < 5 && next.rank > prev.rank; // 山东 -> 济南 -> 历城区, never back up
}

/** Merges adjacent spans into address chains; a bare suffix with nothing before is dropped. */
export function chainPlaces(spans: readonly PlaceSpan[]): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.end === s.start && continues(last, s)) {
      out[out.length - 1] = { ...last, end: s.end, rank: s.rank, rule: chainRule(last, s) };
    } else if (!s.attach) {
      out.push({ ...s });
    }
  }
  return out;
}

function chainRule(a: PlaceSpan, b: PlaceSpan): string {
  return a.rule.startsWith('place-chain') ? a.rule : `place-chain-${b.rule.replace(/^(?:place-|gazetteer-)/u, '')}`;
}

/** Every place of the text, chained, sorted, without overlaps. */
/**
 * The places of the last text asked for: the location and organization extractors both read
 * the places of the same text, and this is the costliest step of either. A one-entry memo of
 * a pure function; callers must not mutate the result.
 */
let memo: { text: string; places: readonly PlaceSpan[] } | null = null;

export function findPlaces(text: string): readonly PlaceSpan[] {
  if (memo?.text === text) return memo.places;
  const places = computePlaces(text);
  memo = { text, places };
  return places;
}

function computePlaces(text: string): PlaceSpan[] {
  const gaz = findGazetteerPlaces(text);
  const foreign = findForeignDivisions(text, gaz);
  const known = [...gaz, ...foreign.filter((f) => !f.attach)].sort((a, b) => a.start - b.start);
  const suffix = findSuffixPlaces(text, known);
  return chainPlaces(dropCovered([...gaz, ...foreign, ...suffix]));
}
