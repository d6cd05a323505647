// Refine: settle what the extractors found, in order. Each step is a small function of the
// drafts; none looks at the text. Each is O(n log n) in the number of drafts, or linear.
import type { Draft } from '../extract/types.js';
import { keepLongestSpans } from '../extract/lib/spans.js';

/** Type priority when two entities cover the same span: a title is a title, a named body beats a place. */
const ENTITY_PRIORITY: Readonly<Record<string, number>> = { work: 4, organization: 3, location: 2, person: 1 };


/**
 * Keeps a set of non-overlapping drafts, longest first (then by priority, then leftmost):
 * `济南` inside `济南市民政局` gives way to the organization. An occupancy mask over the text
 * makes each check cost the draft's own length, so the whole step is linear in the drafts.
 */
export function keepLongest(drafts: readonly Draft[], priority: (d: Draft) => number = () => 0): Draft[] {
  return keepLongestSpans(drafts, priority);
}

/** Names inside a title belong to the title: `济宁市` in 《济宁市文明行为促进条例》 is not a place of its own. */
export function dropEntitiesInsideWorks(drafts: readonly Draft[]): Draft[] {
  const works = drafts.filter((d) => d.type === 'work');
  if (works.length === 0) return [...drafts];
  const set = IntervalSet.of(works); // titles never overlap: 《 cannot stand inside a title
  return drafts.filter((d) => d.kind !== 'entity' || d.type === 'work' || !set.hits(d.start, d.end));
}

/**
 * A number inside a name is part of the name: `十二` in 纬十二路, `6号` in 地铁6号线.
 * `names` must not overlap each other (run after keepLongest).
 */
export function dropQuantitiesInsideNames(drafts: readonly Draft[], names: readonly Draft[]): Draft[] {
  const set = IntervalSet.of(names.filter((n) => n.type !== 'work'));
  return drafts.filter((d) => d.kind !== 'quantity' || !set.covers(d.start, d.end));
}

/** The whole chain, in order. */
export function refine(drafts: readonly Draft[]): Draft[] {
  const entityDrafts = dropEntitiesInsideWorks(drafts.filter((d) => d.kind === 'entity'));
  // the user's dictionary wins a tie: they said what this name is
  const entities = keepLongest(entityDrafts, (d) => (d.rule === 'user-dict' ? 10 : 0) + (ENTITY_PRIORITY[d.type] ?? 0));
  const others = dropQuantitiesInsideNames(drafts.filter((d) => d.kind !== 'entity'), entities);
  // A year is a date, not a duration: when a date and a quantity claim the same characters the
  // longer wins, and on a tie the date.
  const measures = keepLongest(others, (d) => (d.kind === 'date' ? 1 : 0));
  return [...entities, ...measures].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

/** Disjoint intervals, sorted once; `hits` and `covers` are binary searches. */
class IntervalSet {
  private constructor(
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** From drafts that do not overlap each other. */
  static of(drafts: readonly Draft[]): IntervalSet {
    const sorted = [...drafts].sort((a, b) => a.start - b.start);
    return new IntervalSet(Int32Array.from(sorted, (d) => d.start), Int32Array.from(sorted, (d) => d.end));
  }

  /** True when [start, end) touches any interval. */
  hits(start: number, end: number): boolean {
    const i = this.firstEndAfter(start);
    return i < this.starts.length && (this.starts[i] ?? Infinity) < end;
  }

  /** True when one interval holds all of [start, end). */
  covers(start: number, end: number): boolean {
    const i = this.firstEndAfter(start);
    return i < this.starts.length && (this.starts[i] ?? Infinity) <= start && (this.ends[i] ?? 0) >= end;
  }

  /** Index of the first interval whose end is after `start`. */
  private firstEndAfter(start: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
