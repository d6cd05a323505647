// Word lists as lookups at a position. Person rules ask "does a title (a role, a follower
// word) start here?" at many positions, so each list becomes a map from its first character
// to its words, longest first: at `副局长李明` the lookup answers 副局长, never 副 or 局长.
// Scanning a whole text for the words uses one regex built from the list (escaped, longest
// first), so the engine, not a loop over every character, finds the candidates.

export interface WordIndex {
  /** The longest listed word that starts at `i`, or null. */
  at(text: string, i: number): string | null;
  /** The longest listed word that ends exactly at `end`, or null (`市民` before `张先生`). */
  endingAt(text: string, end: number): string | null;
  has(word: string): boolean;
  /** The first listed word at or after `from` (longest at its position), or null. */
  next(text: string, from: number): { index: number; word: string } | null;
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

export function indexWords(words: Iterable<string>): WordIndex {
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

/** CJK ideograph (the characters names are written in). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /^[\u3400-\u9fff]$/u.test(ch);
}
