// The segmenter's veto on gazetteer names: a name whose edges cut through a word jieba is
// sure of is no mention. `中国` in `发展中国家`, `三明` in `三明治`, `龙湾` in `亚龙湾`: one word
// holds the whole name; `大关` in `很大|关系`, `加纳` in `增加|纳税人`: both edges cut a word.
// One cut edge alone does not veto: jieba splits `中国人` as `中|国人`, and the name is right.
// Only short names (the ones that hide inside words) with a name character beside them ask
// the segmenter, so most of a text is never segmented for this.
import type { ClauseTokens, Token } from '../types.js';
import { isNameChar } from './boundary.js';
import type { PlaceSpan } from './suffix-places.js';
import { findPlaces } from './segments.js';
import { getGazetteer } from './gazetteer.js';
import { PLACE_HEADS } from '../rules/place-heads.js';

const HEADS = new Set(PLACE_HEADS.map((h) => h.word));

/**
 * The places of a text after the veto: the location and organization extractors both read
 * them (a vetoed name anchors no organization). A one-entry memo, as findPlaces has.
 */
let memo: { text: string; tokens: ClauseTokens | undefined; places: readonly PlaceSpan[] } | null = null;

export function settledPlaces(text: string, tokens: ClauseTokens | undefined): readonly PlaceSpan[] {
  if (memo?.text === text && memo.tokens === tokens) return memo.places;
  const gazetteer = getGazetteer();
  const retry = (at: number): PlaceSpan | null => {
    const m = gazetteer.trie.longestAt(text, at);
    return m ? { start: at, end: m.end, rule: `gazetteer-${m.value.level}${m.value.short ? '-short' : ''}`, rank: 5, attach: false } : null;
  };
  const places = vetoCutPlaces(text, findPlaces(text), tokens, (name) => gazetteer.entries.has(name), retry);
  memo = { text, tokens, places };
  return places;
}

/** Names longer than this are not looked at: they are seldom part of a longer word. */
const MAX_CHECKED = 3;
/** jieba's tag for a string it does not know (`全中国/x`): no word it is sure of. */
const UNKNOWN_TAG = 'x';
/** jieba's tags of place and organization names. */
const NAME_TAGS = new Set(['ns', 'nt']);
/** jieba's tags of function words: conjunctions, prepositions, particles, adverbs, pronouns. */
const FUNCTION_TAG = /^(?:c|p|u[a-z]*|d|r|y|e|o)$/u;
/** Level words a full name may lose when the word goes on: `北京市民` -> `北京`. */
const LEVEL_CHARS = new Set('省市县区州');

/** The places that survive the veto; a full name glued to a word may fall back to its stem. */
export function vetoCutPlaces(
  text: string,
  places: readonly PlaceSpan[],
  tokens: ClauseTokens | undefined,
  isPlace: (name: string) => boolean,
  retry: (at: number) => PlaceSpan | null = () => null,
): PlaceSpan[] {
  if (!tokens) return [...places];
  const out: PlaceSpan[] = [];
  places.forEach((p, k) => {
    if (!needsCheck(text, p) || !cutsWords(text, p, tokens)) {
      out.push(p);
      return;
    }
    // `北京市民`: the word begins with the name, and its stem is a place of its own
    const stem = text.slice(p.start, p.end - 1);
    if (LEVEL_CHARS.has(text[p.end - 1] ?? '') && isPlace(stem) && tokens.tokenAt(p.start)?.start === p.start) {
      out.push({ ...p, end: p.end - 1 });
      return;
    }
    const next = places[k + 1]?.start ?? text.length;
    const again = retryInside(text, p, next, tokens, retry);
    if (again) out.push(again);
  });
  return out;
}

/**
 * After a veto, the longest name that starts at a word edge inside the vetoed one and ends
 * before the next place: `同|德国总理` gives up `同德` and finds `德国`.
 */
function retryInside(
  text: string,
  p: PlaceSpan,
  next: number,
  tokens: ClauseTokens,
  retry: (at: number) => PlaceSpan | null,
): PlaceSpan | null {
  for (let at = p.start + 1; at < p.end; at += 1) {
    if (tokens.tokenAt(at)?.start !== at) continue;
    const found = retry(at);
    if (found && found.end > p.end && found.end <= next && (!needsCheck(text, found) || !cutsWords(text, found, tokens))) {
      return found;
    }
  }
  return null;
}

function needsCheck(text: string, p: PlaceSpan): boolean {
  if (!p.rule.startsWith('gazetteer') || p.end - p.start > MAX_CHECKED) return false;
  return isNameChar(text[p.start - 1]) || isNameChar(text[p.end]);
}

/** True when one known word holds the name and more, or both of its edges cut a word. */
function cutsWords(text: string, p: { start: number; end: number }, tokens: ClauseTokens): boolean {
  const first = tokens.tokenAt(p.start);
  const last = tokens.tokenAt(p.end - 1);
  if (!first || !last) return false;
  if (first === last || sameToken(first, last)) return holdsMore(text, first, p);
  const leftCut = first.start < p.start;
  const rightCut = last.end > p.end;
  if (leftCut && rightCut) return first.tag !== UNKNOWN_TAG && last.tag !== UNKNOWN_TAG;
  // one edge cut, and the rest of the name is a function word: `和|政策`, `同|德国`
  if (rightCut) return first.end === last.start && FUNCTION_TAG.test(first.tag);
  if (leftCut) return first.end === last.start && FUNCTION_TAG.test(last.tag);
  return false;
}

function sameToken(a: Token, b: Token): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * A word that holds the name and more vetoes it, unless it is a longer name the place opens
 * (`山东大学/nt`, `北京市民/ns`): that one is read by the organization and suffix rules; nor
 * one that is the place and a head of rules/place-heads.ts (`法国总理`, `荷兰人`).
 */
function holdsMore(text: string, t: Token, p: { start: number; end: number }): boolean {
  if (t.tag === UNKNOWN_TAG) return false;
  if (t.start === p.start && NAME_TAGS.has(t.tag)) return false;
  // `法国总理`, `荷兰人`: the word is the place and one of its heads
  if (t.start === p.start && HEADS.has(text.slice(p.end, t.end))) return false;
  return t.start < p.start || t.end > p.end;
}
