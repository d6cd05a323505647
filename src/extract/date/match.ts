// Small matching helpers shared by the date parsers: sticky regexes built from word tables
// (escaped, longest word first) and the guards of src/extract/rules/date-words.ts.
import type { GuardedWord } from '../rules/date-words.js';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
}

/** `(?:上半年|年初|...)`: longest first, so `第一季度` wins over `一季度`. */
export function wordsSource(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || byCodeUnits(a, b));
  return `(?:${sorted.map(escapeRegex).join('|')})`;
}

/** A sticky regex: it matches only where it is asked to, never scans ahead. */
export function sticky(source: string): RegExp {
  return new RegExp(source, 'uy');
}

/** Runs a sticky regex at `pos` (lastIndex is set on every call, so no state leaks). */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** True when the table's guards let `entry` stand at [start, end) of `text`. */
export function passesGuards(entry: GuardedWord, text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const lifted = entry.butAfter?.some((w) => start >= w.length && text.startsWith(w, start - w.length)) ?? false;
  if (before && entry.notBefore?.includes(before) && !lifted) return false;
  return !(entry.notAfter ?? []).some((w) => text.startsWith(w, end));
}

export interface WordHit<T> {
  readonly entry: T;
  readonly end: number;
}

/** Builds a matcher for a word table: the longest word at `pos` whose guards pass. */
export function wordMatcher<T extends GuardedWord>(table: readonly T[]): (text: string, pos: number) => WordHit<T> | null {
  const byWord = new Map(table.map((e) => [e.word, e] as const));
  const re = sticky(wordsSource(table.map((e) => e.word)));
  return (text, pos) => {
    const m = matchAt(re, text, pos);
    const entry = m ? byWord.get(m[0]) : undefined;
    if (!m || !entry) return null;
    const end = pos + m[0].length;
    return passesGuards(entry, text, pos, end) ? { entry, end } : null;
  };
}

/** True when `ch` is one of `chars` (an empty or missing character never is). */
export function isOneOf(chars: string, ch: string | undefined): boolean {
  return ch !== undefined && ch.length > 0 && chars.includes(ch);
}

/** Arabic digits and the Chinese numeral characters a date can be written in. */
export const CN_NUMERALS = '〇零一二两三四五六七八九十';
export function isDigitLike(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && (/[0-9]/u.test(ch) || CN_NUMERALS.includes(ch));
}

/**
 * Plain code-unit order, for a stable source: words of one length never both match at one
 * place, so their order does not change what the alternation matches (localeCompare would
 * load ICU's collation data at start-up for nothing).
 */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
