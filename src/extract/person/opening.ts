// A name that opens a clause and acts or speaks: `王建新说，`, `李华表示`, `刘秀芬下岗后`,
// `，宋军又安排`. Nothing but the clause start shows where such a name begins, and a word of
// the same shape opens clauses as often (`方面表示`, `车主表示`), so the segmenter must read
// a name there (person/word-edges.ts: one name word, or a surname and given-name words cut
// exactly at the name's edges) and a verb must follow: a listed follower word (`说`, `表示`,
// `在`, `曾`, `又`) or, after a name of three characters, any verb the segmenter tags.
// Particles and conjunctions among the followers (`的`, `和`, `等`) show no act: `柳萍的目光`
// and `王府井和` look alike. Two characters ending in a locative are a time or place word
// (`周中在客场受伤`), not a name.
import type { ClauseTokens, CleanText } from '../types.js';
import { FOLLOWERS, nameEnds, type Span } from './names.js';
import { isParticle } from './context.js';
import { isSegmentedName } from './word-edges.js';
import { isHan } from './words.js';

/** Followers that are no verb or adverb: they join or qualify nouns as well as names. */
const NOT_ACTS = new Set(['的', '和', '与', '及', '等', '同', '跟', '给', '为', '向', '对', '从', '到', '所在']);
/** Locatives that end time and place words of a name's shape (`周中`, `月中`, `年内`). */
const LOCATIVES = new Set([...'中上下内外前后里间初末底']);
/** jieba's tags of a verb after a three-character name. */
const VERB_TAGS = new Set(['v', 'vd']);

/** A clause starts at `i`: the text or a line starts, or punctuation stands before it (no digit: `150万选民`). */
function opensClause(t: CleanText, i: number): boolean {
  const before = t.text[i - 1];
  return before === undefined || t.softBreak[i] === 1 || (!isHan(before) && !/^[\p{L}\p{N}]$/u.test(before));
}

/** The name may start at `i`: a clause opens there, or a particle opens the clause (`据李华介绍`). */
function mayOpen(t: CleanText, i: number): boolean {
  return opensClause(t, i) || (isParticle(t.text[i - 1]) && opensClause(t, i - 1));
}

/** What follows [start, end) is an act: a follower verb, or any verb after three characters. */
function actsAfter(t: CleanText, tokens: ClauseTokens, start: number, end: number): boolean {
  const follower = FOLLOWERS.at(t.text, end);
  if (follower !== null) return !NOT_ACTS.has(follower);
  const next = tokens.tokenAt(end);
  return end - start >= 3 && next !== null && next.start === end && VERB_TAGS.has(next.tag);
}

export function findOpeningNames(t: CleanText, tokens: ClauseTokens): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < t.text.length; i += 1) {
    if (!isHan(t.text[i]) || !mayOpen(t, i)) continue;
    const end = nameEnds(t.text, i, i + 4).find((e) =>
      !(e - i === 2 && LOCATIVES.has(t.text[e - 1] ?? '')) && isSegmentedName(t.text, tokens, i, e, true) && actsAfter(t, tokens, i, e));
    if (end !== undefined) found.push({ start: i, end });
  }
  return found;
}
