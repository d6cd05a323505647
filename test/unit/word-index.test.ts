// The trie word index (src/extract/lib/word-index.ts) answers as the regex-alternation index of
// the person rules (src/extract/person/words.ts) does, on any text and any word list: it can
// replace it without changing a mention.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexWordsInTrie } from '../../src/extract/lib/word-index.js';
import { indexWords } from '../../src/extract/person/words.js';

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
