// The segmenter as a witness of a name's edges. Where no follower word or punctuation shows
// where a name ends (`县委书记王建新经常下乡`: 经常 is no listed follower), jieba's word
// boundaries do: a span is read as a name when jieba cuts no word across its edges and the
// words inside it are a name's words, either one word it tags as a name (`王建新/nr`,
// `张金柱/x`) or a surname followed by given-name words (`李铁/nr 辰/ng`, `袁/nr 步兵/n`,
// `汪明/x 新/a`). A given name is never a function word: `局长王明天来` cut as 王/明天/来
// gives no 王明天, since 明天 is a time word (`t`). The name must also stop there: a name
// word after it (`贾/nr 亚拉/nrt 莉达/x` is one foreign name) or an aspect particle (`管起/x
// 了`: a verb) or, after two characters, a single character glued on (`夏令/会`) leaves the
// span unconfirmed.
import type { ClauseTokens, Token } from '../types.js';
import { FOLLOWERS, isNameShape, surnameLengths } from './names.js';
import { isHan } from './words.js';

/** jieba's tags for a word it reads as a name: dictionary names, their parts, unknown words. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'x']);
/**
 * Tags of words that are never part of a given name: time, adverb, preposition, conjunction,
 * particle, pronoun, numeral, measure word, locative, modal, interjection, onomatopoeia, place.
 */
const NOT_GIVEN_TAG = /^(?:t|tg|d|dg|p|c|u[a-z]*|r|rr|rz|m|mq|q|f|y|e|o|s|ns|nt)$/u;
/** Aspect particles: a word before one is a verb (`农民管起了市场`), no name. */
const ASPECT = new Set(['了', '着', '过']);
/** At most this many words make up one name (`汪/明/新`). */
const MAX_WORDS = 3;

/** The words of [start, end), or null where a word runs across either edge. */
export function wordsOf(tokens: ClauseTokens, start: number, end: number): Token[] | null {
  if (tokens.cutsWord(start) || tokens.cutsWord(end)) return null;
  const words: Token[] = [];
  for (let pos = start; pos < end; ) {
    const word = tokens.tokenAt(pos);
    if (word === null || words.length === MAX_WORDS) return null;
    words.push(word);
    pos = word.end;
  }
  return words;
}

/**
 * [start, end) of `text` is a Chinese name by its shape and by the segmenter's words: one word
 * tagged as a name, or a surname (alone or with the first given character) and given-name
 * words that are no function words. `strict`, where no title backs the name, also wants the
 * surname's word tagged as a name (`向/p 建设`, `高/a 利润` are no names) and a word of two
 * characters to be one jieba does not know (`x`): its dictionary tags words such as
 * `叶子`, `牛群` `nr`.
 */
export function isSegmentedName(text: string, tokens: ClauseTokens, start: number, end: number, strict = false): boolean {
  const name = text.slice(start, end);
  const surname = surnameLengths(name, 0).find((len) => isNameShape(name, len));
  if (surname === undefined) return false;
  const words = wordsOf(tokens, start, end);
  const first = words?.[0];
  if (words === null || first === undefined) return false;
  // the name runs on into another name word (`贾/nr 亚拉/nrt 莉达/x`) or is a verb
  const next = tokens.tokenAt(end);
  if (next !== null && (NAME_TAGS.has(next.tag) || next.tag === 'nrt' || ASPECT.has(next.word))) return false;
  // a single character glued after a two-character span makes a word of it (`学生夏令会`)
  if (end - start === 2 && next !== null && next.word.length === 1 && isHan(next.word) && !FOLLOWERS.has(next.word)) return false;
  if (words.length === 1) return strict && end - start === 2 ? first.tag === 'x' : NAME_TAGS.has(first.tag);
  if (first.end - start > surname + 1 || (strict && !NAME_TAGS.has(first.tag))) return false;
  return words.slice(1).every((w) => !NOT_GIVEN_TAG.test(w.tag));
}

/** Tags of common words: nouns (not names), verbs, adjectives, idioms. */
const COMMON_TAG = /^(?:n|ng|nz|ns|nt|nl|v|vn|vd|vg|a|ad|an|ag|i|l|j)$/u;

/**
 * [start, end) is one word the segmenter reads as a common word (`曲棍球/n`, `乒乓/n`): no
 * name, even after a title, since a description before it also names events and things
 * (`女子曲棍球`).
 */
export function isCommonWord(tokens: ClauseTokens, start: number, end: number): boolean {
  const words = wordsOf(tokens, start, end);
  return words?.length === 1 && COMMON_TAG.test(words[0]?.tag ?? '');
}
