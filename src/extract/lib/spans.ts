// Span bookkeeping shared by the extractors and the refine step, in linear time: a page of one
// 20 MB line has millions of candidate spans, and "does anything overlap this?" must not
// walk a list.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Keeps non-overlapping spans, longest first (then by `tie`, higher first, then leftmost), and
 * returns them in document order. An occupancy mask makes each check cost the span's length.
 */
export function keepLongestSpans<T extends Span>(spans: readonly T[], tie: (s: T) => number = () => 0): T[] {
  const ranked = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || tie(b) - tie(a) || a.start - b.start);
  const taken = new Uint8Array(spans.reduce((n, s) => Math.max(n, s.end), 0));
  const kept: T[] = [];
  for (const s of ranked) {
    if (taken.subarray(s.start, s.end).includes(1)) continue;
    taken.fill(1, s.start, s.end);
    kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Positions covered by any of a set of spans: `covered(i)` in O(1). */
export function coverMask(spans: readonly Span[], length: number): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

/**
 * A growing set of spans that answers, in time independent of how many there are: is this
 * position strictly inside a span, and which spans start here.
 */
export class SpanIndex {
  private readonly interior: Uint8Array;
  private readonly endsByStart = new Map<number, number[]>();

  constructor(length: number, spans: readonly Span[] = []) {
    this.interior = new Uint8Array(length + 1);
    for (const s of spans) this.add(s);
  }

  add(s: Span): void {
    this.interior.fill(1, s.start + 1, s.end);
    const ends = this.endsByStart.get(s.start);
    if (ends) ends.push(s.end);
    else this.endsByStart.set(s.start, [s.end]);
  }

  /** True when some span has start < p < end. */
  isInterior(p: number): boolean {
    return this.interior[p] === 1;
  }

  /** The ends of the spans that start at p. */
  endsFrom(p: number): readonly number[] {
    return this.endsByStart.get(p) ?? [];
  }
}
