// One-character abbreviations of places (rules/place-abbreviations.ts), read only in the two
// contexts of the news register, never alone: a run of two or more (`中美关系`, `中日韩三国`,
// `京津冀`, `中、美、俄`), and one after a verb of travel or stay (`访华`, `赴美`, `来京`). Each
// character is a mention of its own. The run's edges must be edges of words: the text's (a
// punctuation mark, a function character), the segmenter's, or a head word of pairs
// (`两国`, `关系`); so `高中英语`, `今日美国`, `依法德治` hold no pair.
import { charTable } from '../lib/char-table.js';
import { isCjk, isNameChar } from './boundary.js';
import type { PlaceSpan } from './suffix-places.js';
import type { ClauseTokens } from '../types.js';
import {
  ABBREVIATION_HEADS,
  ABBREVIATION_VERBS,
  CURRENCY_CHARS,
  HEAD_ABBREVIATIONS,
  MARKET_WORDS,
  NOT_VERB_WORDS,
  NOT_PAIR_WORDS,
  PAIR_HEADS,
  PLACE_ABBREVIATIONS,
} from '../rules/place-abbreviations.js';

const PAIR_CHARS = new Set(PLACE_ABBREVIATIONS.filter((r) => r.inPairs).map((r) => r.char));
const VERB_CHARS = new Set(PLACE_ABBREVIATIONS.filter((r) => r.afterVerb).map((r) => r.char));
/** Every character an abbreviation place can start at (a pair's, a verb's or a head's): the scan skips the rest by one table read. */
const CANDIDATE_CHARS = charTable(new Set([...PAIR_CHARS, ...VERB_CHARS, ...HEAD_ABBREVIATIONS]));
const VERBS = new Set(ABBREVIATION_VERBS.map((v) => v.char));
/** A run longer than this is no list of places but a string of common characters. */
const MAX_RUN = 5;
const SEPARATOR = '、';
/** jieba's tags of a verb + abbreviation word that is something else (`来日方长`, `来日`). */
const NOT_VERB_TAGS = new Set(['t', 'l', 'i', 'd', 'a', 'ad', 'an', 'm', 'q', 'r', 'c', 'p', 'u', 'f']);

const NUMERAL = /^[0-9０-９零〇一二三四五六七八九十百千万两]$/u;

const startsWithAny = (text: string, at: number, words: readonly string[]): boolean => words.some((w) => text.startsWith(w, at));

/** The abbreviation places of `text`, outside the positions `taken` marks. */
export function findAbbreviationPlaces(text: string, taken: Uint8Array, tokens: ClauseTokens | undefined): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (taken[i] || !CANDIDATE_CHARS[text.charCodeAt(i)]) continue;
    const run = pairRunAt(text, i, taken);
    const pair = run.length >= 2 ? settlePair(text, run, tokens) : null;
    if (pair) {
      for (const p of pair) out.push({ start: p, end: p + 1, rule: 'place-abbreviation-pair', rank: 5, attach: false });
    } else if (afterVerb(text, i, tokens)) {
      out.push({ start: i, end: i + 1, rule: 'place-abbreviation-after-verb', rank: 5, attach: false });
    } else if (beforeHead(text, i, tokens)) {
      out.push({ start: i, end: i + 1, rule: 'place-abbreviation-before-head', rank: 5, attach: false });
    }
    if (run.length >= 2) i = (pair ?? run)[(pair ?? run).length - 1] ?? i;
  }
  return out;
}

/** Positions of the run of pair characters that begins at `i` (a single `、` may join two). */
function pairRunAt(text: string, i: number, taken: Uint8Array): number[] {
  const run: number[] = [];
  let p = i;
  while (p < text.length && !taken[p] && PAIR_CHARS.has(text[p] ?? '') && run.length <= MAX_RUN) {
    run.push(p);
    p += text[p + 1] === SEPARATOR && PAIR_CHARS.has(text[p + 2] ?? '') && !taken[p + 2] ? 2 : 1;
  }
  return run.length > MAX_RUN ? [] : run;
}

/** The longest part of the run (leftmost first) whose edges are word edges; null if none. */
function settlePair(text: string, run: readonly number[], tokens: ClauseTokens | undefined): number[] | null {
  for (let a = 0; a + 1 < run.length; a += 1) {
    for (let b = run.length; b - a >= 2; b -= 1) {
      const part = run.slice(a, b);
      if (isPair(text, part, tokens)) return part;
    }
  }
  return null;
}

function isPair(text: string, part: readonly number[], tokens: ClauseTokens | undefined): boolean {
  const s = part[0] ?? 0;
  const e = (part[part.length - 1] ?? 0) + 1;
  const chars = part.map((p) => text[p]);
  if (new Set(chars).size !== chars.length) return false;
  const surface = text.slice(s, e);
  if (NOT_PAIR_WORDS.some((w) => surface.includes(w))) return false;
  if (/^[0-9０-９A-Za-z]/u.test(text[e] ?? '') || startsWithAny(text, e, MARKET_WORDS)) return false;
  // after a number the first character is a unit of a date (`22日以`), no place
  if (NUMERAL.test(text[s - 1] ?? '')) return false;
  const leftEdge = !isCjk(text[s - 1]) || tokens?.tokenAt(s)?.start === s;
  const rightEdge = !isCjk(text[e]) || startsWithAny(text, e, PAIR_HEADS) || tokens?.tokenAt(e - 1)?.end === e;
  return leftEdge && rightEdge;
}

/** `访华`, `赴美`, `在/京/召开`: a verb of the table, then one abbreviation that ends a word. */
function afterVerb(text: string, i: number, tokens: ClauseTokens | undefined): boolean {
  if (!VERB_CHARS.has(text[i] ?? '') || !VERBS.has(text[i - 1] ?? '')) return false;
  if (NOT_VERB_WORDS.includes(text.slice(i - 1, i + 1)) || CURRENCY_CHARS.includes(text[i + 1] ?? '')) return false;
  if (!tokens) return !isNameChar(text[i - 2]) && !isNameChar(text[i + 1]);
  const verb = tokens.tokenAt(i - 1);
  const own = tokens.tokenAt(i);
  if (!verb || !own || verb.start !== i - 1) return false;
  // one word `访华`, `来华访问`, `驻华大使`: it must be no idiom or time word (`来日方长`)
  if (verb === own || (own.start === verb.start && own.end === verb.end)) return !NOT_VERB_TAGS.has(own.tag);
  // two words `在|华|投资`: the abbreviation is a word of its own
  return verb.end === i && own.start === i && own.end === i + 1;
}

/** `美方`, `俄军`, `日首相`: a country form at a word's start, then a head word that ends a word. */
function beforeHead(text: string, i: number, tokens: ClauseTokens | undefined): boolean {
  const ch = text[i] ?? '';
  if (!tokens || !HEAD_ABBREVIATIONS.includes(ch) || ch === '') return false;
  const head = ABBREVIATION_HEADS.find((h) => text.startsWith(h.word, i + 1) && !(h.notAfter ?? '').includes(ch));
  if (!head || NUMERAL.test(text[i - 1] ?? '')) return false;
  const end = i + 1 + head.word.length;
  return tokens.tokenAt(i)?.start === i && tokens.tokenAt(end - 1)?.end === end;
}
