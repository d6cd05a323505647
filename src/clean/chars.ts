// Character classes the cleaner decides by. `\b` and `\W` mean nothing in Chinese, so these
// are explicit: Han ideographs, CJK punctuation and full-width forms count as "CJK" here.

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u00b7\u2014\u300a-\u300f]/u;
/** Punctuation that ends a sentence, a heading or a label: a line break after it is real. */
const TERMINAL = new Set([...'。！？；：!?;:…']);
const SPACE = /[ \t\u3000\u00a0\u2002-\u200b\ufeff]/u;
const NEWLINE = /[\n\r\u2028\u2029\u0085\v\f]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}
export function isTerminal(ch: string | undefined): boolean {
  return ch !== undefined && TERMINAL.has(ch);
}
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}
export function isNewline(ch: string | undefined): boolean {
  return ch !== undefined && NEWLINE.test(ch);
}
export function isDigitOrPoint(ch: string | undefined): boolean {
  return ch !== undefined && /^[0-9０-９.．]$/u.test(ch);
}

/** Full-width ASCII to half-width, ideographic space to space: `１２３` -> `123`, `，` -> `,`. */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  return ch;
}
