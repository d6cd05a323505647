// Tokens with offsets. nodejieba returns words without positions; their offsets are summed
// here, and the words must join back to the text: if they ever do not, the text is re-aligned
// word by word rather than shifting every later offset.
import type { Token } from '../types.js';
import { loadJieba, type SegmenterOptions } from './jieba.js';

/** jieba is fed pieces of at most this many code units, cut after a sentence end. */
const CHUNK = 16_384;

/** The words of `text`, or of its part `from..to` (offsets stay those of `text`). */
export function tokenize(text: string, options: SegmenterOptions = {}, from = 0, to = text.length): Token[] {
  const jieba = loadJieba(options);
  const tokens: Token[] = [];
  for (const [start, end] of chunks(text, from, to)) {
    const piece = text.slice(start, end);
    let at = start;
    for (const { word, tag } of jieba.tag(piece)) {
      const found = text.startsWith(word, at) ? at : text.indexOf(word, at);
      if (found < 0 || found + word.length > end) break; // cannot happen when words join back; stop this piece safely
      tokens.push({ word, tag, start: found, end: found + word.length });
      at = found + word.length;
    }
  }
  return tokens;
}

/** Splits long text after a sentence end or line break, so jieba never sees megabytes at once. */
function* chunks(text: string, start: number, end: number): Generator<[number, number]> {
  let from = start;
  while (from < end) {
    let to = Math.min(from + CHUNK, end);
    if (to < end) {
      const window = text.slice(from + CHUNK / 2, to);
      const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'), window.lastIndexOf('!'), window.lastIndexOf('?'));
      if (cut >= 0) to = from + CHUNK / 2 + cut + 1;
      else if (isHighSurrogate(text.charCodeAt(to - 1))) to -= 1; // never split a surrogate pair
    }
    yield [from, to];
    from = to;
  }
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
