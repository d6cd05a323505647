// Word lists as lookups at a position. Person rules ask "does a title (a role, a follower
// word) start here?" at many positions and "where is the next one?" over a whole text; the
// index over the code-unit trie (lib/word-index.ts) answers both, longest word first: at
// `副局长李明` the lookup answers 副局长, never 副 or 局长.
export { indexWordsInTrie as indexWords, type WordIndex } from '../lib/word-index.js';

/** CJK ideograph (the characters names are written in). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /^[\u3400-\u9fff]$/u.test(ch);
}
