// Regex sources built from word tables: escaped, deduplicated, longest word first, so an
// alternation never stops at a prefix (`平方米` before `米`, `人次` before `人`).

export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'); // `-` needs no escape outside a class (and may not have one under /u)
}

/** `(?:平方米|平米|米)` from any list of words; throws on an empty list (a table bug). */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  if (unique.length === 0) throw new Error('alternation: empty word list');
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/** The word of `words` that `text` ends with at `end` (longest first), or ''. */
export function wordEndingAt(text: string, end: number, words: readonly string[]): string {
  let best = '';
  for (const w of words) {
    if (w.length > best.length && end - w.length >= 0 && text.startsWith(w, end - w.length)) best = w;
  }
  return best;
}

/** The word of `words` that starts at `start` in `text` (longest first), or ''. */
export function wordStartingAt(text: string, start: number, words: readonly string[]): string {
  let best = '';
  for (const w of words) {
    if (w.length > best.length && text.startsWith(w, start)) best = w;
  }
  return best;
}
