// The trie word index (src/extract/lib/word-index.ts), which the person rules use, answers as
// one regex alternation of the words (longest first) does, on any text and any word list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWordsInTrie } from '../../src/extract/lib/word-index.js';
import type { WordIndex } from '../../src/extract/lib/word-index.js';

/** Few characters, so words overlap, share prefixes and nest (局, 局长, 副局长). */
const char = fc.constantFrom('副', '局', '长', '主', '任', '记', '者', '李', 'a', '.', '😀');
const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('indexWordsInTrie', () => {
  it('finds the longest word at a position, the word ending at one, and the next word, as the regex index does', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), text, (words, t) => {
        const regex = indexWords(words);
        const trie = indexWordsInTrie(words);
        for (let i = -1; i <= t.length + 1; i += 1) {
          expect(trie.at(t, i)).toEqual(regex.at(t, i));
          if (i >= 0) expect(trie.endingAt(t, i)).toEqual(regex.endingAt(t, i));
          if (i >= 0 && !isLowSurrogate(t.charCodeAt(i))) expect(trie.next(t, i)).toEqual(regex.next(t, i));
        }
        for (const w of words) expect(trie.has(w)).toBe(regex.has(w));
      }),
      { numRuns: 400 },
    );
  });

  it('finds role words in a sentence', () => {
    const roles = indexWordsInTrie(['局长', '副局长', '记者']);
    expect(roles.next('市民政局副局长李明说', 0)).toEqual({ index: 4, word: '副局长' });
    expect(roles.at('副局长', 0)).toBe('副局长');
    expect(roles.endingAt('本报记者', 4)).toBe('记者');
  });
});

/** A regex with the `u` flag never starts a match inside a surrogate pair; the callers never ask there. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** The oracle: a map by first code unit and one regex alternation, longest first. */
function indexWords(words: Iterable<string>): WordIndex {
  const byFirst = new Map<number, string[]>(); // keyed by code unit: no string per lookup
  const all = new Set<string>();
  for (const word of words) {
    if (word.length === 0 || all.has(word)) continue;
    all.add(word);
    const first = word.charCodeAt(0);
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const longest = Math.max(0, ...[...all].map((w) => w.length));
  const source = [...all].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
  // one regex per index: `next` sets lastIndex before each exec and reads the match at once,
  // so no state carries from one call to the next
  const scan = new RegExp(source || '(?!)', 'gu');
  return {
    at(text, i) {
      const list = byFirst.get(text.charCodeAt(i));
      return list?.find((w) => text.startsWith(w, i)) ?? null;
    },
    endingAt(text, end) {
      for (let len = Math.min(longest, end); len > 0; len -= 1) {
        const word = text.slice(end - len, end);
        if (all.has(word)) return word;
      }
      return null;
    },
    has: (word) => all.has(word),
    next(text, from) {
      scan.lastIndex = from;
      const m = scan.exec(text);
      return m === null ? null : { index: m.index, word: m[0] };
    },
  };
}
