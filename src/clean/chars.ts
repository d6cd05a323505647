// Character classes the cleaner decides by. `\b` and `\W` mean nothing in Chinese, so these
// are explicit: Han ideographs, CJK punctuation and full-width forms count as "CJK" here.
import { T2S_FROM, T2S_TO } from './t2s-table.js';

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u00b7\u2014\u300a-\u300f]/u;
/** Punctuation that ends a sentence, a heading or a label: a line break after it is real. */
const TERMINAL = new Set([...'。！？；：!?;:…']);

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}
export function isTerminal(ch: string | undefined): boolean {
  return ch !== undefined && TERMINAL.has(ch);
}
/** Space inside a line: ` `, tab, ideographic and no-break spaces, U+2002..U+200B, BOM. */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x200b) || c === 0xfeff;
}
/** A line break: LF, CR, U+2028, U+2029, NEL, VT, FF. */
export function isNewlineCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0x0b || c === 0x0c;
}
export function isDigitOrPoint(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9０-９.．]$/u.test(ch);
}

/**
 * Traditional to simplified, one BMP code unit to one (`萬` -> `万`, `後` -> `后`, `週` -> `周`),
 * indexed by code unit; 0 where a character stays. Built once from the generated table
 * (t2s-table.ts: about 2 900 pairs): a 128 KB array and a loop of that many steps.
 */
const TRADITIONAL = buildTraditionalFold();

function buildTraditionalFold(): Uint16Array {
  const fold = new Uint16Array(0x10000);
  for (let i = 0; i < T2S_FROM.length; i += 1) fold[T2S_FROM.charCodeAt(i)] = T2S_TO.charCodeAt(i);
  return fold;
}

/** foldChar on one BMP code unit. */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  if (code === 0x3000 || code === 0x00a0) return 0x20;
  return TRADITIONAL[code] || code;
}

/**
 * Full-width ASCII to half-width, ideographic space to space, traditional to simplified:
 * `１２３` -> `123`, `，` -> `,`, `萬` -> `万`. Always one code point to one, so offsets hold.
 */
export function foldChar(ch: string): string {
  if (ch.length !== 1) return ch;
  return String.fromCharCode(foldCode(ch.charCodeAt(0)));
}
