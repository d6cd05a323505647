// Regex sources built from word tables: escaped, deduplicated, longest word first, so an
// alternation never stops at a prefix (`平方米` before `米`, `人次` before `人`).

export function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&'); // `-` needs no escape outside a class (and may not have one under /u)
}

/** `(?:平方米|平米|米)` from any list of words; throws on an empty list (a table bug). */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].filter((w) => w.length > 0);
  if (unique.length === 0) throw new Error('alternation: empty word list');
  unique.sort((a, b) => b.length - a.length || byCodeUnits(a, b));
  return `(?:${unique.map(escapeRegex).join('|')})`;
}

/** A word list for lookups at one position: a set and the longest length (few slices per probe). */
export interface WordSet {
  readonly words: ReadonlySet<string>;
  readonly maxLength: number;
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set([...words].filter((w) => w.length > 0));
  return { words: set, maxLength: Math.max(0, ...[...set].map((w) => w.length)) };
}

/** The longest word of `ws` that `text` ends with at `end`, or ''. */
export function wordEndingAt(text: string, end: number, ws: WordSet): string {
  for (let n = Math.min(ws.maxLength, end); n > 0; n -= 1) {
    const w = text.slice(end - n, end);
    if (ws.words.has(w)) return w;
  }
  return '';
}

/** The longest word of `ws` that starts at `start` in `text`, or ''. */
export function wordStartingAt(text: string, start: number, ws: WordSet): string {
  for (let n = Math.min(ws.maxLength, text.length - start); n > 0; n -= 1) {
    const w = text.slice(start, start + n);
    if (ws.words.has(w)) return w;
  }
  return '';
}

/**
 * A regex's matches in a text, left to right and not overlapping, as matchAll gives them, but
 * the regex is run (sticky) only at positions whose character is in `starts`, which must hold
 * every character a match can begin with. The engine cannot skip ahead through the optional
 * parts that open the quantity patterns; one table read per position can.
 * The sticky regex is shared: lastIndex is set before every exec, so no call sees another's state.
 */
export function startScanner(source: string, starts: Uint8Array): (text: string) => Generator<RegExpExecArray> {
  const re = new RegExp(source, 'uy');
  return function* scan(text) {
    for (let i = 0; i < text.length; i += 1) {
      if (!starts[text.charCodeAt(i)]) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      yield m;
      i += Math.max(m[0].length, 1) - 1;
    }
  };
}

/**
 * Plain code-unit order, for a stable source: words of one length never both match at one
 * place, so their order does not change what the alternation matches (localeCompare would
 * load ICU's collation data at start-up for nothing).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
