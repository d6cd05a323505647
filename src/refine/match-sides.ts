// A place that stands as a side in a match names a team: `罗马客场让球`, `击败巴西`,
// `利物浦vs切尔西` (rules/match-cues.ts). The location extractor finds the place; this step,
// run on the drafts before overlaps are settled, reads the words on either side of each
// place and makes it an organization. A place next to a side (`罗马米兰均防平`,
// `阿根廷和巴西`) is a side as well. Linear in the drafts: each place looks up one word on
// each side, and the neighbours are walked once each way.
import type { Draft } from '../extract/types.js';
import { indexWordsInTrie } from '../extract/lib/word-index.js';
import { MATCH_CUES } from '../extract/rules/match-cues.js';
import { isCjk } from '../extract/place/boundary.js';

const AFTER = indexWordsInTrie(MATCH_CUES.filter((r) => r.position === 'after').flatMap((r) => r.words));
const BEFORE = indexWordsInTrie(MATCH_CUES.filter((r) => r.position === 'before').flatMap((r) => r.words));

/** What may stand between two sides named together: nothing, a list mark or `和`, `vs`. */
const JOINS = new Set(['', '、', '和', '与', '及', '同', '跟', 'vs', 'VS', 'Vs', ' vs ', ' VS ']);

/** After a side named by a word before it, the clause goes on or ends: `击败巴西，`, `击败巴西后`. */
const GOES_ON = new Set([...'后而并获晋夺进闯挺杀一再又，。；、！？,.;!?）)」”"']);

/** Before a place these make it where a match is played: `在马赛战胜对手`. */
const VENUE = new Set([...'在于赴到抵从']);

function cuedSide(text: string, d: Draft): boolean {
  if (VENUE.has(text[d.start - 1] ?? '')) return false;
  if (AFTER.at(text, d.end) !== null) return true;
  const before = BEFORE.endingAt(text, d.start);
  if (before === null) return false;
  if (!isCjk(before[0])) return true; // `vs`
  // `战胜日本侵略者`: a place glued to the noun after a verb is no side
  const next = text[d.end];
  return next === undefined || !isCjk(next) || GOES_ON.has(next);
}

function spread(text: string, places: readonly Draft[], sides: Set<Draft>, order: readonly number[]): void {
  for (let k = 1; k < order.length; k += 1) {
    const from = places[order[k - 1] ?? 0];
    const to = places[order[k] ?? 0];
    if (!from || !to || !sides.has(from) || sides.has(to)) continue;
    const [left, right] = from.start < to.start ? [from, to] : [to, from];
    if (left.end <= right.start && JOINS.has(text.slice(left.end, right.start))) sides.add(to);
  }
}

export function retypeMatchSides(text: string, drafts: readonly Draft[]): Draft[] {
  const places = drafts.filter((d) => d.type === 'location').sort((a, b) => a.start - b.start);
  const sides = new Set(places.filter((d) => cuedSide(text, d)));
  if (sides.size === 0) return [...drafts];
  const forward = places.map((_, i) => i);
  spread(text, places, sides, forward);
  spread(text, places, sides, [...forward].reverse());
  return drafts.map((d) => (sides.has(d) ? { ...d, type: 'organization', rule: 'org-match-side' } : d));
}
