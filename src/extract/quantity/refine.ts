// Ordered refiners over the drafts of all quantity parsers (chrono-node style):
// 1. mergeRanges: `3万元至5万元` (two drafts with one unit and a separator between) -> a range;
// 2. removeOverlaps: where two drafts overlap, the longer wins (`百分之五` over any part of it).
import type { Hit } from './match.js';
import { RANGE_SEPARATORS } from './pattern.js';

export function sortHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.draft.start - b.draft.start || b.draft.end - a.draft.end);
}

function canMerge(a: Hit, b: Hit, between: string): boolean {
  if (!RANGE_SEPARATORS.includes(between) || a.unitKey !== b.unitKey) return false;
  // `约5万元至9万元`: an approx word before the first amount qualifies the whole range
  if (b.draft.approx || b.draft.min !== undefined || a.draft.min !== undefined) return false;
  const lo = a.draft.value;
  const hi = b.draft.value;
  return typeof lo === 'number' && typeof hi === 'number' && lo < hi;
}

/** Hits must be sorted. `3吨至5吨` -> one range draft from 3吨 to 5吨, min 3000, max 5000. */
export function mergeRanges(hits: readonly Hit[], text: string): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && canMerge(last, hit, text.slice(last.draft.end, hit.draft.start))) {
      const d = last.draft;
      const unit = hit.stepUnit ?? hit.draft.unit ?? '';
      out[out.length - 1] = {
        unitKey: hit.unitKey,
        draft: { ...d, end: hit.draft.end, value: null, min: d.value as number, max: hit.draft.value as number, approx: d.approx ?? null, unit, rule: `range-${hit.draft.rule}` },
      };
    } else {
      out.push(hit);
    }
  }
  return out;
}

/** Hits must be sorted by start, longest first: keeps the first of overlapping hits. */
export function removeOverlaps(hits: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.draft.start < reach) {
      const last = out[out.length - 1];
      const longer = last && hit.draft.end - hit.draft.start > last.draft.end - last.draft.start;
      if (!longer) continue;
      out[out.length - 1] = hit;
    } else {
      out.push(hit);
    }
    reach = hit.draft.end;
  }
  return out;
}
