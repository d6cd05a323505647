// The one place where offsets are translated.
//
// Invariant: every record's `start`/`end` are code-point offsets into the decoded original
// text, end exclusive, so `[...original].slice(start, end).join('') === text`. Extractors work
// on the cleaned text (UTF-16 code units, white space removed, characters folded); each cleaned
// code unit remembers where in the original it came from, and a span of cleaned text maps to
// the original span from its first unit to its last unit's character, inclusive. Whatever was
// removed between them (a line break, the spaces of `3 . 4万元`) is inside the original span, so
// the record's `text` shows the mention exactly as printed.

export interface OriginalSpan {
  /** Code-point offsets: what records carry. */
  readonly start: number;
  readonly end: number;
  /** The same span in UTF-16 code units, to cut the original string without copying it. */
  readonly start16: number;
  readonly end16: number;
}

export class OffsetMap {
  constructor(
    /** `originCp[i]` = code-point index in the original of cleaned code unit `i`. */
    private readonly originCp: Int32Array,
    /** `origin16[i]` = UTF-16 index in the original of the character cleaned unit `i` came from. */
    private readonly origin16: Int32Array,
    private readonly originalCodePoints: number,
    private readonly original: string,
  ) {}

  /** Cleaned [start, end) (code units) -> the original span. */
  toOriginal(start: number, end: number): OriginalSpan {
    if (start < 0 || end > this.originCp.length || start >= end) {
      throw new RangeError(`span ${start}..${end} is outside the cleaned text (${this.originCp.length})`);
    }
    const last16 = this.origin16[end - 1] ?? 0;
    const lastCode = this.original.charCodeAt(last16);
    const lastWidth = lastCode >= 0xd800 && lastCode <= 0xdbff && last16 + 1 < this.original.length ? 2 : 1;
    return {
      start: this.originCp[start] ?? 0,
      end: Math.min((this.originCp[end - 1] ?? 0) + 1, this.originalCodePoints),
      start16: this.origin16[start] ?? 0,
      end16: last16 + lastWidth,
    };
  }

  /** The original text of a cleaned span, exactly as printed. */
  originalText(start: number, end: number): string {
    const span = this.toOriginal(start, end);
    return this.original.slice(span.start16, span.end16);
  }
}
