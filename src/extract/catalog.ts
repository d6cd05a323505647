// What the pipeline knows of each extractor before its module is loaded: name, kind, types,
// whether it needs tokens, and how to import it. A command-line run imports only the
// extractors its `--types` need (`--types money,date` never compiles the entity rules or
// reads the gazetteer); the library (src/index.ts) imports src/extract/registry.ts, which
// makes every extractor ready at once. The rows repeat each extractor's own fields, and
// test/unit/catalog.test.ts checks that they agree with src/extract/registry.ts.
import type { Extractor, Kind, MentionType } from './types.js';

export interface CatalogEntry {
  readonly name: string;
  readonly kind: Kind;
  readonly types: readonly MentionType[];
  readonly needsTokens: boolean;
  load(): Promise<Extractor>;
}

/** Every extractor, in the order they run (the order of src/extract/registry.ts). */
export const CATALOG: readonly CatalogEntry[] = [
  { name: 'work', kind: 'entity', types: ['work'], needsTokens: false, load: async () => (await import('./work.js')).work },
  { name: 'dictionary', kind: 'entity', types: ['person', 'organization', 'location', 'work'], needsTokens: false, load: async () => (await import('./dictionary.js')).dictionary },
  { name: 'person', kind: 'entity', types: ['person'], needsTokens: false, load: async () => (await import('./person.js')).person },
  { name: 'date', kind: 'date', types: ['date', 'daterange'], needsTokens: false, load: async () => (await import('./date.js')).date },
  {
    name: 'quantity',
    kind: 'quantity',
    types: ['money', 'area', 'percent', 'temperature', 'length', 'weight', 'volume', 'duration', 'count'],
    needsTokens: false,
    load: async () => (await import('./quantity.js')).quantity,
  },
  { name: 'organization', kind: 'entity', types: ['organization'], needsTokens: false, load: async () => (await import('./organization.js')).organization },
  { name: 'location', kind: 'entity', types: ['location'], needsTokens: false, load: async () => (await import('./location.js')).location },
];

/** The extractors loaded so far, by name. */
const ready = new Map<string, Extractor>();

/** Marks extractors as loaded (src/extract/registry.ts passes all of them). */
export function markReady(extractors: readonly Extractor[]): void {
  for (const x of extractors) ready.set(x.name, x);
}

/**
 * The catalog rows a run with `types` needs (null: every type). Entities settle their overlaps
 * among themselves, so asking for one entity type runs every entity rule that needs no
 * tokens; dates and quantities run only when asked for; an extractor that needs tokens runs
 * only when asked for.
 */
export function neededEntries(types: ReadonlySet<MentionType> | null): CatalogEntry[] {
  if (!types) return [...CATALOG];
  const asked = CATALOG.filter((x) => x.types.some((t) => types.has(t)));
  const entities = asked.some((x) => x.kind === 'entity');
  return CATALOG.filter((x) => asked.includes(x) || (entities && x.kind === 'entity' && !x.needsTokens));
}

/** True when a run with `types` segments text: entity rules ask the segmenter (or an extractor needs tokens). */
export function usesSegmenter(types: ReadonlySet<MentionType> | null): boolean {
  return neededEntries(types).some((x) => x.kind === 'entity' || x.needsTokens);
}

/** Imports the extractors a run with `types` needs; those already loaded are not imported again. */
export async function loadExtractors(types: ReadonlySet<MentionType> | null): Promise<void> {
  const missing = neededEntries(types).filter((x) => !ready.has(x.name));
  markReady(await Promise.all(missing.map((x) => x.load())));
}

/** The loaded extractors a run with `types` needs, in run order; throws for one not loaded (a bug). */
export function readyExtractors(types: ReadonlySet<MentionType> | null): Extractor[] {
  return neededEntries(types).map((entry) => {
    const x = ready.get(entry.name);
    if (!x) throw new Error(`extractor '${entry.name}' is not loaded: await loadExtractors() before extracting`);
    return x;
  });
}
