// Refine: settle what the extractors found, in order. Each step is a small function of the
// drafts; none looks at the text. All are sort-and-sweep: O(n log n) in the number of drafts.
import type { Draft } from '../extract/types.js';

/** Type priority when two entities cover the same span: a title is a title, a named body beats a place. */
const ENTITY_PRIORITY: Readonly<Record<string, number>> = { work: 4, organization: 3, location: 2, person: 1 };

const length = (d: Draft): number => d.end - d.start;

/**
 * Keeps a set of non-overlapping drafts, longest first (then by priority, then leftmost):
 * `济南` inside `济南市民政局` gives way to the organization.
 */
export function keepLongest(drafts: readonly Draft[], priority: (d: Draft) => number = () => 0): Draft[] {
  const ranked = [...drafts].sort((a, b) => length(b) - length(a) || priority(b) - priority(a) || a.start - b.start);
  const kept: Draft[] = [];
  const taken = new IntervalSet();
  for (const d of ranked) {
    if (taken.hits(d.start, d.end)) continue;
    taken.add(d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Names inside a title belong to the title: `济宁市` in 《济宁市文明行为促进条例》 is not a place of its own. */
export function dropEntitiesInsideWorks(drafts: readonly Draft[]): Draft[] {
  const works = drafts.filter((d) => d.type === 'work');
  if (works.length === 0) return [...drafts];
  const set = new IntervalSet();
  for (const w of works) set.add(w.start, w.end);
  return drafts.filter((d) => d.kind !== 'entity' || d.type === 'work' || !set.hits(d.start, d.end));
}

/**
 * A number inside a name is part of the name: `十二` in 纬十二路, `6号` in 地铁6号线.
 * `names` must not overlap each other (run after keepLongest).
 */
export function dropQuantitiesInsideNames(drafts: readonly Draft[], names: readonly Draft[]): Draft[] {
  const set = new IntervalSet();
  for (const n of names) if (n.type !== 'work') set.add(n.start, n.end);
  return drafts.filter((d) => d.kind !== 'quantity' || !set.covers(d.start, d.end));
}

/** The whole chain, in order. */
export function refine(drafts: readonly Draft[]): Draft[] {
  const entityDrafts = dropEntitiesInsideWorks(drafts.filter((d) => d.kind === 'entity'));
  const entities = keepLongest(entityDrafts, (d) => ENTITY_PRIORITY[d.type] ?? 0);
  const others = dropQuantitiesInsideNames(drafts.filter((d) => d.kind !== 'entity'), entities);
  // A year is a date, not a duration: when a date and a quantity claim the same characters the
  // longer wins, and on a tie the date.
  const measures = keepLongest(others, (d) => (d.kind === 'date' ? 1 : 0));
  return [...entities, ...measures].sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

/**
 * Disjoint intervals kept sorted; `hits` asks whether [start, end) touches any of them.
 * Insertion is O(log n) search + splice; good for the hundreds of drafts of an article.
 */
class IntervalSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  hits(start: number, end: number): boolean {
    const i = this.firstEndAfter(start);
    return i < this.starts.length && (this.starts[i] ?? Infinity) < end;
  }

  /** True when one interval holds all of [start, end). */
  covers(start: number, end: number): boolean {
    const i = this.firstEndAfter(start);
    return i < this.starts.length && (this.starts[i] ?? Infinity) <= start && (this.ends[i] ?? 0) >= end;
  }

  add(start: number, end: number): void {
    const i = this.firstEndAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
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
