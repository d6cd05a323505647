// A foreign name as the segmenter hands it over: jieba cuts an unknown transliteration into
// pieces (`吉/nr 拉蒂诺/nr`, `贾斯/x 蒂卡/nrt`, `马基延/nr 科/n`), so the candidate is grown over
// the neighbouring pieces that are transliteration characters too, and over `·`/`-`/`—` to the
// next part (`约翰 · 丁/nr 加特/nrt`). Where the run cannot be closed (the next piece holds
// transliteration characters glued to other ones, `卡巴/nrt 杰时/x`), no name is returned:
// half a name is a wrong value. A run that is a place of the gazetteer, or starts with one
// (`莫斯科斯巴达` is a club), or is followed by a place suffix (`苏梅岛`), is no person.
import type { Token } from '../types.js';
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import { getGazetteer } from '../place/gazetteer.js';
import { isHan } from './words.js';
import { FOLLOWERS } from './names.js';
import { isTitleWord } from './cues.js';

const FOREIGN = new Set(TRANSLITERATION_CHARS);
const JOINERS = new Set(['·', '•', '-', '－', '—', '‧', '・']);
const DASHES = new Set(['-', '－', '—']);
/** jieba's tags for names and for words it does not know. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tags of single characters that are words of their own, never a stray syllable (`对`, `和`). */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'd', 'r', 'm', 'q', 'f', 'v', 'y', 'e']);
/** Single characters after a name that make it a place: `苏梅岛`, `杜鹃山`, `孟加拉村`. */
export const PLACE_TAILS = new Set([...'岛山港湾村镇城州省市县河湖江峰堡宫区队']);

export interface TokenRun {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
  /** Parts joined by `·`/`-`: 托马斯·穆勒 has 2. */
  parts: number;
  /** A dash joins two parts: `道—琼斯` names an index as often as `约翰—格伦` a person. */
  dashed: boolean;
}

export function isForeignWord(word: string): boolean {
  if (word.length === 0) return false;
  for (const ch of word) if (!FOREIGN.has(ch)) return false;
  return true;
}

function isHanWord(word: string): boolean {
  for (const ch of word) if (!isHan(ch)) return false;
  return word.length > 0;
}

/** A piece that belongs to the run beside it: transliteration characters, not a function word. */
function isSyllablePiece(tok: Token | undefined): boolean {
  if (tok === undefined || !isHanWord(tok.word)) return false;
  // a lone character jieba tags as a name is a syllable it could not place (`帕/nr 夫/n 连/nr 科/n`)
  if (tok.word.length === 1 && (tok.tag === 'nr' || tok.tag === 'nrt')) return true;
  if (!isForeignWord(tok.word)) return false;
  return NAME_TAGS.has(tok.tag) || (tok.word.length === 1 && !FUNCTION_TAGS.has(tok.tag));
}

/** A piece glued to the run that starts (or ends) with a transliteration character but is no syllable piece. */
function leavesRunOpen(tok: Token | undefined, side: 'before' | 'after'): boolean {
  if (tok === undefined || !isHanWord(tok.word) || !NAME_TAGS.has(tok.tag) || tok.word.length < 2) return false;
  const edge = side === 'after' ? tok.word[0] : tok.word[tok.word.length - 1];
  return FOREIGN.has(edge ?? '') && !isSyllablePiece(tok);
}

/** A part beside a joiner: transliteration characters, or a short word jieba tags as a name (`丁/nr`). */
function isPartAfterJoiner(tok: Token | undefined): boolean {
  if (tok === undefined || !isHanWord(tok.word)) return false;
  return isForeignWord(tok.word) || (tok.tag !== 'x' && NAME_TAGS.has(tok.tag) && tok.word.length <= 3);
}

function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Grows the foreign word at token `k` into the whole name, or null where it cannot be closed. */
export function foreignRunAt(clause: readonly Token[], k: number): TokenRun | null {
  let first = k;
  let last = k + 1;
  let parts = 1;
  for (;;) {
    while (adjacent(clause[first - 1], clause[first]) && isPieceAt(clause, first - 1, 'before')) first -= 1;
    if (!JOINERS.has(clause[first - 1]?.word ?? '') || !isPartAfterJoiner(clause[first - 2])) break;
    first -= 2;
    parts += 1;
  }
  for (;;) {
    while (adjacent(clause[last - 1], clause[last]) && isPieceAt(clause, last, 'after')) last += 1;
    if (!JOINERS.has(clause[last]?.word ?? '') || !isPartAfterJoiner(clause[last + 1])) break;
    last += 2;
    parts += 1;
  }
  const tail = adjacent(clause[last - 1], clause[last]) ? syllablesBeforeFollower(clause[last]!) : 0;
  if (adjacent(clause[first - 1], clause[first]) && leavesRunOpen(clause[first - 1], 'before')) return null;
  if (tail === 0 && adjacent(clause[last - 1], clause[last]) && leavesRunOpen(clause[last], 'after')) return null;
  let dashed = false;
  for (let i = first; i < last; i += 1) if (DASHES.has(clause[i]!.word)) dashed = true;
  return { start: clause[first]!.start, end: clause[last - 1]!.end + tail, first, last, parts, dashed };
}

/**
 * A syllable piece, or a one-character word that stands between two (`韦/nr 登/v 博/nr 斯/nr`)
 * or between the run and its edge: a follower or time word or a mark after it (`英博/nr 登/v 在`),
 * a title before it (`总统/n 尤/d 勒斯`). `哈里森/nr 派/v 代表` stays 哈里森.
 */
function isPieceAt(clause: readonly Token[], i: number, side: 'before' | 'after'): boolean {
  const tok = clause[i];
  if (isSyllablePiece(tok)) return true;
  if (tok === undefined || tok.word.length !== 1 || !FOREIGN.has(tok.word)) return false;
  const next = side === 'after' ? clause[i + 1] : clause[i - 1];
  const glued = side === 'after' ? adjacent(tok, next) : adjacent(next, tok);
  if (next === undefined || !glued || !isHanWord(next.word)) return side === 'after';
  if (isSyllablePiece(next)) return true;
  return side === 'after' ? FOLLOWERS.at(next.word, 0) !== null || next.tag === 't' : isTitleWord(next.word);
}

/**
 * The segmenter glued a follower word to the name's last syllables (`科斯/nrt 马斯说/x`,
 * `阿马/ns 特在/d`): the number of the token's characters that belong to the name, or 0.
 */
function syllablesBeforeFollower(tok: Token): number {
  if (!isHanWord(tok.word) || tok.word.length < 2) return 0;
  let p = 0;
  while (p < tok.word.length - 1 && FOREIGN.has(tok.word[p] ?? '')) p += 1;
  const follower = FOLLOWERS.at(tok.word, p);
  return p > 0 && follower !== null && p + follower.length === tok.word.length ? p : 0;
}

/**
 * A place of the gazetteer covers the name or starts a foreign one (`莫斯科斯巴达`), or a
 * place suffix stands as a word of its own right after it (`苏梅岛`, `孟加拉村`).
 */
export function isPlaceLike(text: string, run: { start: number; end: number }, next: Token | undefined): boolean {
  const place = getGazetteer().trie.longestAt(text, run.start);
  if (place !== null && place.end >= run.end) return true;
  if (place !== null && place.end - run.start >= 2 && isForeignWord(text.slice(run.start, run.end))) return true;
  return next !== undefined && next.start === run.end && PLACE_TAILS.has(next.word);
}

/**
 * A foreign run glued to the noun after it names that thing, not a person: `阿里·萨米扬球场`,
 * `道—琼斯指数`, `佩诺—里加集团`. Titles are nouns too and are asked about first.
 */
export function modifiesNoun(run: { end: number }, next: Token | undefined, isTitle: (word: string) => boolean): boolean {
  if (next === undefined || next.start !== run.end || !isHanWord(next.word)) return false;
  if (!/^n[stz]?$/u.test(next.tag) || isTitle(next.word)) return false;
  // jieba tags set phrases as nouns too: `表示满意/n` starts with a verb that follows names
  const verb = FOLLOWERS.at(next.word, 0);
  return verb === null || verb.length < 2;
}
