// The extractor catalog: the command line imports only the extractors its --types need, so
// the catalog's rows must say what each extractor's own object says, in the registry's order.
import { describe, expect, it } from 'vitest';
import { CATALOG, loadExtractors, neededEntries, readyExtractors } from '../../src/extract/catalog.js';
import type { MentionType } from '../../src/extract/types.js';

const types = (...names: MentionType[]): ReadonlySet<MentionType> => new Set(names);

describe('extractor catalog', () => {
  // runs first: nothing in this file has imported src/extract/registry.ts yet
  it('loads only the extractors the types need, and refuses one not loaded', async () => {
    await loadExtractors(types('money', 'date'));
    expect(readyExtractors(types('money', 'date')).map((x) => x.name)).toEqual(['date', 'quantity']);
    expect(() => readyExtractors(types('person'))).toThrow(/not loaded/u);
  });

  it('runs every entity extractor when one entity type is asked for, and dates only when asked', () => {
    expect(neededEntries(types('person')).map((x) => x.name)).toEqual(['work', 'dictionary', 'person', 'organization', 'location']);
    expect(neededEntries(types('percent')).map((x) => x.name)).toEqual(['quantity']);
    expect(neededEntries(null).map((x) => x.name)).toEqual(CATALOG.map((x) => x.name));
  });

  it('says what each extractor says of itself, in the registry order', async () => {
    const { EXTRACTORS } = await import('../../src/extract/registry.js');
    const own = EXTRACTORS.map(({ name, kind, types: t, needsTokens }) => ({ name, kind, types: t, needsTokens }));
    expect(CATALOG.map(({ name, kind, types: t, needsTokens }) => ({ name, kind, types: t, needsTokens }))).toEqual(own);
    for (const entry of CATALOG) expect(await entry.load()).toBe(EXTRACTORS.find((x) => x.name === entry.name));
    expect(readyExtractors(null)).toEqual([...EXTRACTORS]);
  });
});
