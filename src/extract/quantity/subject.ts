// `subject`: what a quantity counts or measures (SPEC.md), read without tokens:
// - after a measure word, the noun that follows: `233名党员干部，` -> `党员干部`;
// - before the amount, the metric, past a linking verb: `面积达11万平方米` -> `面积`,
//   `财源建设完成8.4亿元` -> `财源建设`, `同比增长17.2%` -> `同比增长`.
// Both scans stop at punctuation, a particle or verb (rules/subject-words.ts) and at the
// previous mention, and read through a space or line break removed inside a word unless the
// run grows past MAX characters; a run of MAX characters without a boundary gives no subject.
import type { Draft } from '../types.js';
import { LINKING_VERBS, METRIC_ENDINGS, SCOPE_PREFIXES, SUBJECT_KEEP_WORDS, SUBJECT_STOP_WORDS } from '../rules/subject-words.js';
import { UNIT_INDEX } from './pattern.js';
import { wordEndingAt, wordSet, wordStartingAt } from './regex-util.js';

const UNIT_WORDS = wordSet(UNIT_INDEX.keys());
const STOPS = wordSet(SUBJECT_STOP_WORDS);
const LINKS = wordSet(LINKING_VERBS);
const SCOPES = wordSet(SCOPE_PREFIXES);
const METRICS = wordSet(METRIC_ENDINGS);

/** A run this long without any boundary is not one noun phrase we can trust: no subject. */
const MAX = 16;
const CURRENCY_BEFORE = '人民币';
const CJK = /^[\u4e00-\u9fff]$/u;

/** A stop word at `at` (start offset) that is not inside a word to keep (`占地面积`, `人均`). */
function stopsAt(text: string, at: number, word: string): boolean {
  if (word === '') return false;
  return !SUBJECT_KEEP_WORDS.some((k) => {
    for (let off = 0; off < k.length; off += 1) if (text.startsWith(k, at - off)) return true;
    return false;
  });
}

/**
 * Reads the counted noun after a measure word. A space or line break the cleaner removed
 * between two characters is read through (`7524名留守儿 童` -> `留守儿童`), but when the run
 * grows too long it was a boundary after all (`9处人防工程 避暑纳凉场所全面开放` -> `人防工程`).
 */
function readAfter(text: string, softBreak: Uint8Array, from: number, minLength: number): string | null {
  let i = from;
  let firstSoft = -1;
  while (i < text.length && i - from < MAX) {
    if (!CJK.test(text[i] ?? '')) break;
    if (softBreak[i] !== 0 && i > from && firstSoft < 0) firstSoft = i;
    if (stopsAt(text, i, wordStartingAt(text, i, STOPS))) break;
    i += 1;
  }
  if (i - from >= MAX && firstSoft >= 0) i = firstSoft;
  return i - from >= minLength && i - from < MAX ? text.slice(from, i) : null;
}

/** `每斤售价3.5元` -> `售价`, `每平方米1.8万元` -> ``: the unit after 每 is not the metric. */
function stripPerUnit(text: string, i: number, end: number): string {
  const chunk = text.slice(i, end);
  if (text[i - 1] !== '每') return chunk;
  return chunk.slice(wordStartingAt(chunk, 0, UNIT_WORDS).length);
}

function stripScope(chunk: string): string {
  let out = chunk;
  for (let word = wordStartingAt(out, 0, SCOPES); word && out.length > word.length; word = wordStartingAt(out, 0, SCOPES)) {
    out = out.slice(word.length);
  }
  return out;
}

/** The metric before `start`; `strict` wants a linking verb or a metric ending (`面积`, `额`). */
function readBefore(text: string, softBreak: Uint8Array, start: number, floor: number, strict: boolean): string | null {
  // `钱款共计人民币86万元`: the currency named before the amount is no metric
  if (text.startsWith(CURRENCY_BEFORE, start - CURRENCY_BEFORE.length)) start -= CURRENCY_BEFORE.length;
  const link = wordEndingAt(text, start, LINKS);
  const end = start - link.length;
  let i = end;
  let lastSoft = -1; // the removed space or break nearest the amount: read through, as readAfter
  while (i > floor && end - i < MAX) {
    if (softBreak[i] !== 0 && i < end && lastSoft < 0) lastSoft = i;
    if (!CJK.test(text[i - 1] ?? '')) break;
    const stop = wordEndingAt(text, i, STOPS);
    if (stopsAt(text, i - stop.length, stop)) break;
    i -= 1;
  }
  if (end - i >= MAX && lastSoft >= 0) i = lastSoft;
  if (end - i >= MAX) return null;
  const perUnit = stripPerUnit(text, i, end);
  // `均价每平方米1.8万元`: nothing but the unit after 每, so the metric stands before 每
  if (!perUnit && text[i - 1] === '每') return readBefore(text, softBreak, i - 1, floor, strict);
  const chunk = stripScope(perUnit);
  if (chunk.length < 2 || SCOPES.words.has(chunk)) return null; // `对这个只有21℃` leaves `个`
  if (strict && !link && !wordEndingAt(chunk, chunk.length, METRICS)) return null;
  return chunk;
}

/** The subject of one draft; `floor` is where the previous mention ends. */
function subjectOf(text: string, softBreak: Uint8Array, d: Draft, floor: number): string | null {
  switch (d.type) {
    case 'count': // a counted noun may be one character (`11个街道`, `3个镇`)
      return readAfter(text, softBreak, d.end, 1) ?? readBefore(text, softBreak, d.start, floor, false);
    case 'money': // `投资600多万元`, else what follows: `今年完成1.47亿元投资`
    case 'percent':
      return readBefore(text, softBreak, d.start, floor, false) ?? readAfter(text, softBreak, d.end, 2);
    case 'duration': // `3年期贷款`: what follows a length of time is not what it measures
      return readBefore(text, softBreak, d.start, floor, true);
    default:
      return readBefore(text, softBreak, d.start, floor, true) ?? readAfter(text, softBreak, d.end, 2);
  }
}

/** Sets `subject` on each draft (sorted, not overlapping) in place. */
export function attachSubjects(text: string, softBreak: Uint8Array, drafts: readonly Draft[]): void {
  let floor = 0;
  for (const d of drafts) {
    d.subject = subjectOf(text, softBreak, d, floor);
    floor = d.end;
  }
}
