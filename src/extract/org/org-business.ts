// A company named before its line of business (rules/org-business.ts): `华泰证券`, `宗申动力`.
// The name is the segmenter's word right before the business word, or a run of one-character
// words it could not join (an unknown name: `宗/申`), two to four characters in all. What no name
// is: a verb or numeral (`下跌|基金`, `两市|基金`), a word of a kind (`商业|银行`, `指数|基金`),
// another suffix (`民生银行|控股`), or a business word glued to what follows (`银行业`).
import { BUSINESS_WORDS, KIND_MODIFIERS, PROPER_NAME_ONLY } from '../rules/org-business.js';
import { isNameChar } from '../place/boundary.js';
import type { OrgSuffix } from '../rules/org-suffixes.js';
import type { ClauseTokens, Token } from '../types.js';

/** Tags of words that may be a firm's name: nouns, names, abbreviations, unknown words, sides. */
const NAME_WORD = /^(?:n|nz|nt|nr|nrt|nrfg|ns|j|x|f|s|eng|ng|nl)$/u;
/** Tags of proper names: what stands before an everyday business word (`顺鑫/x 农业`, `华夏/ns 基金`). */
const PROPER_WORD = /^(?:nz|nt|nr|nrt|nrfg|ns|j|x|eng)$/u;
/** Tags a one-character piece of an unknown name never has: numerals, function words, adjectives. */
const NOT_PIECE = /^(?:m|q|mq|p|c|u[a-z]*|r|d|y|e|o|a|ad|an|x|t|b|z)$/u;
const MIN_NAME = 2;
/** A name that opens with a numeral is a count (`五大`, `两市`, `十家`). */
const COUNT_START = /^[一二三四五六七八九十百千两几数多]/u;
const MAX_NAME = 4;

/**
 * The start of the firm's name before the business word at `suffixStart` (the row's word runs
 * to `end`), not left of `from` (the left scan's boundary); null when no name stands there or
 * the name is a place (the place rule reads `山东黄金`).
 */
export function settleBusinessName(
  text: string,
  from: number,
  suffixStart: number,
  end: number,
  tokens: ClauseTokens | undefined,
  placeRank: (start: number, end: number) => number | null,
  row: OrgSuffix,
): number | null {
  if (!tokens || tokens.cutsWord(end) || tokens.tokenAt(end)?.word === '股') return null; // `地产|股`
  const words = tokens.tokensAround(Math.max(0, suffixStart - MAX_NAME), end);
  const nameWord = PROPER_NAME_ONLY.has(row.word) ? PROPER_WORD : NAME_WORD;
  const whole = words.find((t) => t.end === end && t.start < suffixStart);
  if (whole) return wholeName(text, whole, from, suffixStart, nameWord);
  const start = placeBefore(words, suffixStart, placeRank) ?? nameStart(words, from, cutStart(words, suffixStart), suffixStart, nameWord);
  if (start === null) return null;
  const name = text.slice(start, suffixStart);
  if (KIND_MODIFIERS.has(name) || BUSINESS_WORDS.has(name.slice(-2)) || !placeMayName(name, placeRank(start, suffixStart), row)) return null;
  // a count opens no name: `88号|`, `前五大|银行`, `两市|基金`
  return /[0-9０-９]/u.test(text[start - 1] ?? '') || COUNT_START.test(name) ? null : start;
}

/** A word jieba reads whole with its business word: a name when tagged one and not a kind. */
function wholeName(text: string, whole: Token, from: number, suffixStart: number, nameWord: RegExp): number | null {
  if (!nameWord.test(whole.tag) || whole.start < from) return null;
  const name = text.slice(whole.start, suffixStart);
  // `紫|金矿业`: one character glued to the business word is no name
  return name.length >= MIN_NAME && !KIND_MODIFIERS.has(name) ? whole.start : null;
}

/** The start of a place word right before the business word (`大连|远洋`): a name whatever its tag. */
function placeBefore(
  words: readonly Token[],
  suffixStart: number,
  placeRank: (start: number, end: number) => number | null,
): number | null {
  const last = words.find((t) => t.end === suffixStart);
  return last && placeRank(last.start, last.end) !== null ? last.start : null;
}

/**
 * Where the words before the business word end: at it, or one character before it when the
 * segmenter glued the name's last character to it (`恒|大地|产`, `国|基地|产`: that character is a
 * piece of the name); null when more is glued.
 */
function cutStart(words: readonly Token[], suffixStart: number): number | null {
  const cut = words.find((t) => t.start < suffixStart && t.end > suffixStart);
  if (!cut) return suffixStart;
  return cut.start === suffixStart - 1 ? cut.start : null;
}

/** Where the name ending at `suffixStart` begins: one name word, or a run of one-character pieces. */
function nameStart(
  words: readonly Token[],
  from: number,
  piecesEnd: number | null,
  suffixStart: number,
  nameWord: RegExp,
): number | null {
  if (piecesEnd === null) return null;
  const at = words.findIndex((t) => t.end === piecesEnd);
  const last = words[at];
  if (!last || last.start < from) return null;
  if (piecesEnd === suffixStart && last.end - last.start >= MIN_NAME) {
    const length = last.end - last.start;
    return nameWord.test(last.tag) && length <= MAX_NAME ? last.start : null;
  }
  let start = piecesEnd;
  let i = at;
  for (; i >= 0; i -= 1) {
    const t = words[i];
    if (!t || t.end - t.start !== 1 || t.start < from || NOT_PIECE.test(t.tag) || !isNameChar(t.word)) break;
    if (suffixStart - t.start > MAX_NAME) break;
    start = t.start;
  }
  // a name word may open the pieces: `爱心|微` before `基金`
  const opener = words[i];
  if (opener && opener.end === start && opener.start >= from && nameWord.test(opener.tag) && suffixStart - opener.start <= MAX_NAME) {
    start = opener.start;
  }
  return suffixStart - start >= MIN_NAME ? start : null;
}

/**
 * A place alone names a firm only before the business words that allow it (`山东黄金`, `北京银行`,
 * not `大连期货`), and a foreign country names its banks, not one bank (`新加坡银行`); the home
 * country's firms are named so (`中国远洋`). `rank` is the gazetteer's (0 a country), null for no place.
 */
function placeMayName(name: string, rank: number | null, row: OrgSuffix): boolean {
  if (rank === null) return true;
  return row.placeName === true && (rank > 0 || name === '中国');
}
