// The segmenter's word on the left edge of a name read leftwards from its suffix (`携手|安心微基金`).
// The character scan stops at punctuation and function characters; the words jieba finds then
// drop what no name begins with: a verb, preposition, conjunction, numeral or measure word
// before the name (`收购|美联银行`, `有|联想集团`, `88号|招商银行`), and a name made only of
// common nouns is a kind, not a name (`保险公司`, `指数基金`, `职业中学`). Only the candidates
// of the named-suffix rule ask the segmenter.
import { KIND_MODIFIERS } from '../rules/org-business.js';
import type { ClauseTokens, Token } from '../types.js';

/** Tags of words no name begins with, and that end a phrase before one. */
const NOT_NAME_START = /^(?:c|p|u[a-z]*|d|r|m|q|mq|v|vd|f|t|y|e|o|zg|ad)$/u;
/** Tags of common words: a name made of these alone is a kind (`封闭式/n 基金`). */
const COMMON = /^(?:n|vn|an|a|b|s|l|i|k|ng|f|m|q|t|r)$/u;
/** Conjunctions, prepositions and particles: a name never holds one (`市场对|兴业全球基金`). */
const FUNCTION_WORD = /^(?:c|p|u[a-z]*)$/u;
/** Tags of names jieba knows as a whole (`招商银行/nt`, `中新网/nz`). */
const NAME_TAGS = /^(?:nt|nz)$/u;
/** A body ending in these is a kind of fund or school: `偏股型`, `封闭式`, `重点类`. */
const KIND_ENDS = new Set('型式类性级');

/**
 * The start of the name before a suffix at `suffixStart` (the whole runs to `end`), moved
 * right past words no name begins with; null when no name is left or it is a kind.
 */
export function settleNameStart(
  text: string,
  start: number,
  suffixStart: number,
  end: number,
  tokens: ClauseTokens | undefined,
  suffix = '',
): number | null {
  if (!tokens) return start;
  const words = tokens.tokensAround(start, end).filter((t) => t.end > start && t.start < end);
  const whole = words.find((t) => t.start <= start && t.end >= end);
  if (whole && NAME_TAGS.test(whole.tag)) return start;
  let from = start;
  for (const t of words) {
    if (t.start >= suffixStart) break;
    // a word cut by the edge, or one no name begins with: the name starts after it
    const cut = t.start < from;
    const opener = NOT_NAME_START.test(t.tag);
    // a verb or adverb goes only when a name is left after it: `安心/v 微基金` is a name as it stands
    // (one character after it), or inside a name (`海景|度假|酒店`); opening the name right before
    // the suffix it says what the body does (`下跌|基金`, `新增|基金`)
    const inside = t.start > from && !cut;
    // an ordinal after a name word numbers the body (`华光|第三|机械厂`)
    const keep = opener && ((/^[vd]/u.test(t.tag) && (suffixStart - t.end === 1 || inside)) || (t.word.startsWith('第') && inside));
    if (cut || (opener && !keep) || FUNCTION_WORD.test(t.tag)) from = Math.max(from, t.end);
  }
  if (suffixStart - from < 2 || KIND_ENDS.has(text[suffixStart - 1] ?? '')) return null;
  if (KIND_MODIFIERS.has(text.slice(from, suffixStart))) return null; // `医保|基金`, `沪深|基金`
  if (PLACE_KIND_SUFFIXES.has(suffix) && isPlaceKind(words, from, suffixStart)) return null;
  return isKind(words, from, suffixStart) ? null : from;
}

/** Premises a place and common nouns do not name: `三亚|酒店`, `三亚|高端|酒店` are kinds of hotel. */
const PLACE_KIND_SUFFIXES = new Set(['酒店', '宾馆', '影城']);

/** True when the name is a place (jieba's ns) and common words only: `海南|酒店`, `三亚|高端|酒店`. */
function isPlaceKind(words: readonly Token[], from: number, to: number): boolean {
  const inside = words.filter((t) => t.start >= from && t.start < to);
  const [place, ...rest] = inside;
  if (!place || place.tag !== 'ns' || place.end - place.start < 2) return false; // `华/ns 影星`: no place
  return rest.every((t) => COMMON.test(t.tag) && t.end - t.start >= 2);
}

/**
 * True when the word before the suffix is a one-character adjective, or every word of the name is a common word of two or more characters (`保险公司/n`,
 * `指数/n`); a one-character word (`爱心/n 微/n`) is often part of a coined name.
 */
function isKind(words: readonly Token[], from: number, to: number): boolean {
  const inside = words.filter((t) => t.start >= from && t.start < to);
  // a one-character adjective right before the suffix says which kind: `偏股|新|基金`, `大|公司`
  const last = inside[inside.length - 1];
  if (last && last.end === to && last.end - last.start === 1 && /^a/u.test(last.tag)) return true;
  return inside.length > 0 && inside.every((t) => COMMON.test(t.tag) && t.end - t.start >= 2);
}

/** True when the segmenter's word ending at `i` is one no name holds: a verb, conjunction, preposition. */
export function endsNonNameWord(tokens: ClauseTokens, i: number): boolean {
  const word = tokens.tokensAround(Math.max(0, i - 1), i).find((t) => t.end === i);
  return word !== undefined && (NOT_NAME_START.test(word.tag) || FUNCTION_WORD.test(word.tag));
}
