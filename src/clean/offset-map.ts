// The one place where offsets are translated.
//
// Invariant: every record's `start`/`end` are code-point offsets into the decoded original
// text, end exclusive, so `[...original].slice(start, end).join('') === text`. Extractors work
// on the cleaned text (UTF-16 code units, white space removed, characters folded); each cleaned
// code unit remembers the code point of the original it came from, and a span of cleaned text
// maps to the original span from its first unit's code point to its last unit's code point + 1.
// Whatever was removed between them (a line break, the spaces of `3 . 4万元`) is inside the
// original span, so the record's `text` shows the mention exactly as printed.

export class OffsetMap {
  /** `origin[i]` = code-point index in the original of cleaned code unit `i`. */
  private readonly origin: Int32Array;
  private readonly originalLength: number;

  constructor(origin: Int32Array, originalLength: number) {
    this.origin = origin;
    this.originalLength = originalLength;
  }

  /** Cleaned [start, end) (code units) -> original [start, end) (code points). */
  toOriginal(start: number, end: number): { start: number; end: number } {
    if (start < 0 || end > this.origin.length || start >= end) {
      throw new RangeError(`span ${start}..${end} is outside the cleaned text (${this.origin.length})`);
    }
    const first = this.origin[start] ?? 0;
    const last = this.origin[end - 1] ?? 0;
    return { start: first, end: Math.min(last + 1, this.originalLength) };
  }
}
