// The packed trie behind the gazetteer must answer exactly what a plain longest-prefix search
// over the word list answers: same end, same value, for any words and any text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCodeTrie } from '../../src/extract/lib/code-trie.js';

function naiveLongest(words: ReadonlyMap<string, number>, text: string, i: number): { end: number; value: number } | null {
  let best: { end: number; value: number } | null = null;
  for (const [w, v] of words) if (w.length && text.startsWith(w, i) && (!best || i + w.length > best.end)) best = { end: i + w.length, value: v };
  return best;
}

describe('code trie', () => {
  const trie = buildCodeTrie([
    ['济南', 1],
    ['济南市', 2],
    ['历城区', 3],
    ['山', 4],
  ]);

  it('gives the longest word at a position, with its value', () => {
    expect(trie.longestAt('在济南市历城区', 1)).toEqual({ end: 4, value: 2 });
    expect(trie.longestAt('济南的', 0)).toEqual({ end: 2, value: 1 });
    expect(trie.longestAt('在济南市历城区', 4)).toEqual({ end: 7, value: 3 });
  });

  it('finds one-character words, and nothing where no word starts', () => {
    expect(trie.longestAt('山东', 0)).toEqual({ end: 1, value: 4 });
    expect(trie.longestAt('济', 0)).toBeNull(); // a prefix of a word is no word
    expect(trie.longestAt('在济南', 0)).toBeNull();
    expect(trie.longestAt('济南', 2)).toBeNull();
  });

  it('agrees with a plain search for random words and texts (surrogates included)', () => {
    const alphabet = fc.constantFrom(...'济南市历城区山东大学路😀'.split(''));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: alphabet, minLength: 1, maxLength: 4 }), fc.integer()), { maxLength: 30 }), fc.string({ unit: alphabet, maxLength: 30 }), (pairs, text) => {
        const words = new Map(pairs); // the last value of a repeated word wins, as in the trie
        const t = buildCodeTrie(words);
        for (let i = 0; i <= text.length; i += 1) expect(t.longestAt(text, i)).toEqual(naiveLongest(words, text, i));
      }),
      { numRuns: 300 },
    );
  });

  it('holds 40 000 words without losing one (the table grows with them)', () => {
    const words = Array.from({ length: 40_000 }, (_, k) => [String.fromCharCode(0x4e00 + (k % 3000), 0x4e00 + Math.floor(k / 3000), 0x5000 + (k % 7)), k] as const);
    const big = buildCodeTrie(words);
    for (const [w, k] of words) expect(big.longestAt(w, 0)).toEqual({ end: 3, value: k });
  });
});
