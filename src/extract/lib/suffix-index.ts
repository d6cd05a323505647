// Suffix tables (organization and place kinds) are looked up the same way: the longest word
// starting at a position whose next character does not glue it into another word
// (`局` but not `局面`, `站` but not `站点`). Rows are indexed by their first character.
import { charTable } from './char-table.js';

export interface SuffixRow {
  readonly word: string;
  /** Characters that, right after the word, make it part of another word. */
  readonly blockNext?: string;
}

export type SuffixLookup<T> = (text: string, i: number) => T | null;

export function suffixLookup<T extends SuffixRow>(rows: readonly T[]): SuffixLookup<T> {
  const byFirst = new Map<number, T[]>(); // keyed by code unit: no one-character string per lookup
  for (const row of [...rows].sort((a, b) => b.word.length - a.word.length)) {
    const first = row.word.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(row);
    else byFirst.set(first, [row]);
  }
  // most characters start no suffix: one byte read rejects them before any map lookup, and
  // where every word starting with that character is longer than one, a second read of the
  // next character (`人` opens `人大` and `人民政府`, but `人们` opens neither)
  const starts = charTable(rows.map((row) => row.word.charAt(0)));
  const singles = charTable(rows.filter((row) => row.word.length === 1).map((row) => row.word));
  const seconds = charTable(rows.filter((row) => row.word.length > 1).map((row) => row.word.charAt(1)));
  return (text, i) => {
    const first = text.charCodeAt(i); // NaN past the end: starts[NaN] is undefined
    if (!starts[first]) return null;
    if (!singles[first] && !seconds[text.charCodeAt(i + 1)]) return null;
    const rows = byFirst.get(first);
    return rows ? firstRowAt(rows, text, i) : null;
  };
}

/** The first of `rows` (longest first) written at `i` and not glued to the next character. */
export function firstRowAt<T extends SuffixRow>(rows: readonly T[], text: string, i: number): T | null {
  for (const row of rows) {
    if (!text.startsWith(row.word, i)) continue;
    const next = text[i + row.word.length];
    if (next !== undefined && row.blockNext?.includes(next)) continue;
    return row;
  }
  return null;
}
