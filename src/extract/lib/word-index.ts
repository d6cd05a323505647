// Word lists as lookups at a position, over the code-unit trie (code-trie.ts): does a listed
// word start here, end here, and where is the next one? The answers are those of one regex
// alternation of the words, longest first (the leftmost position, the longest word there),
// but a scan rejects most positions on the trie's bitset of the words' first two code units
// instead of trying every alternative at each one: a list of a few hundred role words
// (局长, 副局长, 犯罪嫌疑人 ...) costs a bit test per character.
import { buildCodeTrie } from './code-trie.js';

export interface WordIndex {
  /** The longest listed word that starts at `i`, or null. */
  at(text: string, i: number): string | null;
  /** The longest listed word that ends exactly at `end`, or null (`市民` before `张先生`). */
  endingAt(text: string, end: number): string | null;
  has(word: string): boolean;
  /** The first listed word at or after `from` (longest at its position), or null. */
  next(text: string, from: number): { index: number; word: string } | null;
}

export function indexWordsInTrie(words: Iterable<string>): WordIndex {
  const all = new Set<string>();
  for (const word of words) if (word.length > 0) all.add(word);
  const trie = buildCodeTrie([...all].map((w) => [w, w] as const));
  const longest = Math.max(0, ...[...all].map((w) => w.length));
  const at = (text: string, i: number): string | null => (i < 0 ? null : (trie.longestAt(text, i)?.value ?? null));
  return {
    at,
    endingAt(text, end) {
      for (let len = Math.min(longest, end); len > 0; len -= 1) {
        const word = text.slice(end - len, end);
        if (all.has(word)) return word;
      }
      return null;
    },
    has: (word) => all.has(word),
    next(text, from) {
      const hit = trie.nextFrom(text, from);
      return hit && { index: hit.start, word: hit.value };
    },
  };
}
