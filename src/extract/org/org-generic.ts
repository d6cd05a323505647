// Bodies named by their level alone (rules/org-generic.ts): `市委`, `团县委`, `党中央`, `村委会`,
// and the Party congresses named with the party and their ordinal (`中共十六大`). A level word stands where
// a name may begin (`被|县委`, `，|市委`), never inside a word (`都市委员`, `当地委托`); a longer
// name that holds it (`济南市委`) wins in the overlap step. One regex pass each: linear.
import { GENERIC_BLOCK_NEXT, GENERIC_BODIES } from '../rules/org-generic.js';
import { isLeftBoundary } from '../place/boundary.js';
import { chainSubUnits, type OrgSpan } from './org-spans.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const WORDS = [...GENERIC_BODIES.map((b) => b.word)].sort((a, b) => b.length - a.length).map(escape);
const GENERIC = new RegExp(`(?:${WORDS.join('|')})(?![${GENERIC_BLOCK_NEXT}])`, 'gu');
/** A congress named with its party: `中共十大` to `中共二十九大`. */
const CONGRESS = /中共(?:二十|十)[一二三四五六七八九]?大/gu;

export function findGenericBodies(text: string): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const m of text.matchAll(GENERIC)) {
    if (isLeftBoundary(text, m.index, true)) out.push(chainSubUnits(text, { start: m.index, end: m.index + m[0].length, rule: 'org-generic-level' }));
  }
  for (const m of text.matchAll(CONGRESS)) out.push({ start: m.index, end: m.index + m[0].length, rule: 'org-congress' });
  return out;
}
