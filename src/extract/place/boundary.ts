// Left edges of names, shared by the place and organization rules. A name is a run of CJK
// characters; it cannot cross a function character (`在建鑫社区`: 在), a verb of the genre
// that ends right before it (`推进百花公园`: 推进), punctuation, digits or a line break.
import { COMMON_VERBS_SOURCE } from '../rules/common-verbs.js';
import { DETERMINER_CHARS, GENERIC_NAME_WORDS, STOP_CHARS, STOP_WORDS } from '../rules/name-boundaries.js';

const STOP_CHAR_SET = new Set(STOP_CHARS);
const STOP_WORD_SET = new Set(STOP_WORDS);
const STOP_WORD_LENGTHS = [...new Set(STOP_WORDS.map((w) => w.length))].sort((a, b) => b - a);
const GENERIC = new Set(GENERIC_NAME_WORDS);
const DETERMINERS = new Set(DETERMINER_CHARS);
const COMMON_VERBS = new Set(COMMON_VERBS_SOURCE.split(/\s+/u).filter(Boolean));

/** A CJK ideograph (the BMP blocks news text uses). */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** True when a stop word of the genre ends exactly at `i`: `推进|百花公园`. */
export function stopWordEndsAt(text: string, i: number): boolean {
  for (const len of STOP_WORD_LENGTHS) {
    if (i - len >= 0 && STOP_WORD_SET.has(text.slice(i - len, i))) return true;
  }
  return false;
}

/** True when a stop word of the genre starts at `i` (used inside organization bodies). */
export function stopWordStartsAt(text: string, i: number): boolean {
  for (const len of STOP_WORD_LENGTHS) {
    if (STOP_WORD_SET.has(text.slice(i, i + len))) return true;
  }
  return false;
}

/**
 * True when position `i` may begin a name: what stands before it ends a phrase. With
 * `verbs`, a common two-character verb also ends one (`实现|社区`, `服务|街道`).
 */
export function isLeftBoundary(text: string, i: number, verbs = false): boolean {
  if (i <= 0) return true;
  const prev = text[i - 1];
  if (!isCjk(prev) || STOP_CHAR_SET.has(prev ?? '') || stopWordEndsAt(text, i)) return true;
  // A verb that begins with a stop character does not count: `在|建鑫社区`, not `在建|鑫`.
  return verbs && i >= 2 && !STOP_CHAR_SET.has(text[i - 2] ?? '') && COMMON_VERBS.has(text.slice(i - 2, i));
}

/** True when `ch` may stand inside a name (a CJK character that is no function word). */
export function isNameChar(ch: string | undefined): boolean {
  return isCjk(ch) && !STOP_CHAR_SET.has(ch ?? '');
}

/**
 * Scans left from `end` over name characters, at most `limit` of them, and returns where the
 * run begins and whether a real boundary (not the limit) stopped it. `重点推进百花公园` from
 * the end of 百花: start at 百, bounded (推进 ends there).
 */
export function scanNameLeft(
  text: string,
  end: number,
  limit: number,
  verbs = false,
): { start: number; bounded: boolean } {
  let i = end;
  while (end - i < limit) {
    if (isLeftBoundary(text, i, verbs)) return { start: i, bounded: true };
    if (!isNameChar(text[i - 1])) return { start: i, bounded: true };
    i -= 1;
  }
  return { start: i, bounded: isLeftBoundary(text, i, verbs) };
}

/**
 * A candidate proper name is refused when it is a kind (`城市`, `老旧`), a determiner phrase
 * (`全市`), or begins or ends with a kind (`党建引领` in `党建引领街道`, `关爱基层` in `关爱基层社区`).
 */
export function isGenericName(name: string): boolean {
  if (name.length === 0) return true;
  if (DETERMINERS.has(name[0] ?? '')) return true;
  if (GENERIC.has(name)) return true;
  return name.length >= 3 && (GENERIC.has(name.slice(0, 2)) || GENERIC.has(name.slice(-2)));
}

/** True when a common two-character verb begins at `i`: `济南市民政局|联合...`. */
export function startsWithCommonVerb(text: string, i: number): boolean {
  return COMMON_VERBS.has(text.slice(i, i + 2)) || stopWordStartsAt(text, i);
}
