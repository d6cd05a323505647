// Clean: from the decoded original to the text extractors see, keeping the offset map.
//
// Newspaper text is dirty. A column layout breaks lines inside words (`党组\n\n织的`,
// `2188 . 83\n万元`), typesetting puts spaces inside names and numbers (`济 宁市`, `3 . 4万元`),
// and full-width and half-width forms mix (`１２３`, `，` and `,`). Cleaning removes white space
// that stands inside a sentence, keeps the line breaks that end a paragraph, a heading or a
// byline, and folds full-width ASCII to half-width. Every cleaned code unit records the original
// position it came from (offset-map.ts), so nothing is ever lost or shifted.
//
// One pass over the UTF-16 code units into typed arrays: memory is a few bytes per character,
// so a 20 MB page on one line costs tens of MB here, not gigabytes.
import type { CleanText } from '../types.js';
import { foldChar, foldCode, isCjk, isDigitOrPoint, isNewlineCode, isSpaceCode, isTerminal } from './chars.js';
import { OffsetMap } from './offset-map.js';

/** A line at least this long (code points) is body text: a paragraph break after it may be a column break. */
const BODY_LINE = 20;

/**
 * How a Chinese newspaper report opens its lead: the dateline (本报讯, 本报北京…电, 新华社…电) and the
 * byline roles (记者, 通讯员), by the conventions of the Chinese press. A line break before one
 * of them in the opening lines ends the headline block: the lead is a line of its own.
 */
const LEAD_OPENERS = /^[（(]?(?:本报|新华社|中新社|记者|通讯员)/u;
/** The first sentence end in a text: before it lie the headline, sub-headline and byline. */
const FIRST_SENTENCE_END = /[。！？!?；;]/u;

/** softBreak marks: 1 = spaces removed before this unit, 2 = a line break removed. */
const SOFT_SPACE = 1;
const SOFT_LINE = 2;

export interface Cleaned {
  readonly clean: CleanText;
  readonly map: OffsetMap;
}

/** The character (a whole code point) at UTF-16 index i, or undefined. */
function charAt(s: string, i: number): string | undefined {
  if (i < 0 || i >= s.length) return undefined;
  const code = s.codePointAt(i) ?? 0;
  // a low surrogate: step back to its pair's start
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
    const prev = s.codePointAt(i - 1) ?? 0;
    if (prev > 0xffff) return String.fromCodePoint(prev);
  }
  return String.fromCodePoint(code);
}

class Builder {
  readonly text: Uint16Array;
  readonly display: Uint16Array;
  readonly origin16: Int32Array;
  readonly originCp: Int32Array;
  readonly soft: Uint8Array;
  length = 0;

  constructor(capacity: number) {
    this.text = new Uint16Array(capacity);
    this.display = new Uint16Array(capacity);
    this.origin16 = new Int32Array(capacity);
    this.originCp = new Int32Array(capacity);
    this.soft = new Uint8Array(capacity);
  }

  /** Appends one BMP code unit that is not white space: the common case, no string made. */
  pushUnit(code: number, at: number, cp: number): void {
    const n = this.length;
    this.text[n] = foldCode(code);
    this.display[n] = code;
    this.origin16[n] = at;
    this.originCp[n] = cp;
    this.soft[n] = 0;
    this.length = n + 1;
  }

  /** Appends the character at original UTF-16 index `at` (code point index `cp`). */
  push(ch: string, at: number, cp: number, softMark: number): void {
    const folded = foldChar(ch);
    for (let u = 0; u < ch.length; u += 1) {
      const n = this.length;
      this.text[n] = (folded.length === ch.length ? folded : ch).charCodeAt(u);
      this.display[n] = ch.charCodeAt(u);
      this.origin16[n] = at;
      this.originCp[n] = cp;
      this.soft[n] = u === 0 ? softMark : 0;
      this.length += 1;
    }
  }
}

/**
 * Code units to a string. Node's utf16le decoding copies units as they are (lone surrogates
 * included, unlike TextDecoder), and is 30x faster than String.fromCharCode in chunks. The
 * typed array is in the machine's byte order, little-endian on every platform Node runs on.
 */
function decodeUnits(units: Uint16Array, length: number): string {
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}

export function cleanText(original: string): Cleaned {
  const b = new Builder(original.length);
  let lineStart = 0; // index in the cleaned text where the current cleaned line starts
  let i = 0; // UTF-16 index into the original
  let cp = 0; // code-point index into the original
  // where the last and the one-before-last characters start in the original (-1: none yet);
  // their strings are made only at white space, where a rule needs them
  let prevAt = -1;
  let beforePrevAt = -1;
  const openingEnd = original.search(FIRST_SENTENCE_END); // -1: no sentence end at all
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (!isSpaceCode(code) && !isNewlineCode(code)) {
      beforePrevAt = prevAt;
      prevAt = i;
      if (code < 0xd800 || code > 0xdfff) {
        b.pushUnit(code, i, cp);
        i += 1;
      } else {
        const ch = charAt(original, i) ?? '';
        b.push(ch, i, cp, 0);
        i += ch.length;
      }
      cp += 1;
      continue;
    }
    const prev = prevAt < 0 ? undefined : charAt(original, prevAt);
    const beforePrev = beforePrevAt < 0 ? undefined : charAt(original, beforePrevAt);
    // a run of white space: [i, j) in UTF-16 units, [cp, cpEnd) in code points
    let j = i;
    let cpEnd = cp;
    let newlines = 0;
    while (j < original.length) {
      const w = original.charCodeAt(j);
      if (!isSpaceCode(w) && !isNewlineCode(w)) break;
      // CRLF is one line break; every other line-break character is one
      if (isNewlineCode(w) && !(w === 0x0d && original.charCodeAt(j + 1) === 0x0a)) newlines += 1;
      j += 1;
      cpEnd += 1;
    }
    const next = charAt(original, j);
    const afterNext = next === undefined ? undefined : charAt(original, j + next.length);
    const fate =
      prev === undefined || next === undefined
        ? 'keep'
        : newlines === 0
          ? spaceFate(prev, next, beforePrev, afterNext)
          : breakFate(prev, next, newlines, b.length - lineStart, openingLines(original, j, openingEnd, b.text.subarray(lineStart, b.length)));
    if (fate === 'remove') {
      // the next character carries the mark; the removed run lies inside any span across it
      b.push(next ?? '', j, cpEnd, newlines === 0 ? SOFT_SPACE : SOFT_LINE);
      beforePrevAt = prevAt;
      prevAt = j;
      i = j + (next?.length ?? 0);
      cp = cpEnd + 1;
      continue;
    }
    for (let k = i; k < j; k += 1) b.push(original[k] ?? ' ', k, cp + (k - i), 0);
    if (newlines > 0) lineStart = b.length;
    beforePrevAt = prevAt;
    prevAt = j - 1;
    i = j;
    cp = cpEnd;
  }
  const clean: CleanText = {
    text: decodeUnits(b.text, b.length),
    display: decodeUnits(b.display, b.length),
    softBreak: b.soft.slice(0, b.length),
  };
  return { clean, map: new OffsetMap(b.originCp.slice(0, b.length), b.origin16.slice(0, b.length), cp, original) };
}

/**
 * Spaces within a line: removed when they stand beside Chinese (`济 宁市`, `记者 史安琪`) or
 * inside a decimal number (`3 . 4`, `2188 . 83`); kept between Latin words (`LED display`)
 * and between two plain numbers (`2019 2020` is two numbers, not one).
 */
function spaceFate(prev: string, next: string, beforePrev: string | undefined, afterNext: string | undefined): 'remove' | 'keep' {
  if (isCjk(prev) || isCjk(next)) return 'remove';
  if (isDigitOrPoint(prev) && isDigitOrPoint(next)) {
    const pointBeside = /[.．]/u.test(prev) || /[.．]/u.test(next);
    // `3 . 4`: the point is on one side; `2188 .83`: likewise; `2019 2020`: no point, keep.
    if (pointBeside && (isDigitOrPoint(beforePrev) || isDigitOrPoint(afterNext) || /\d/u.test(prev + next))) return 'remove';
  }
  return 'keep';
}

/**
 * Line breaks: joined when a sentence runs on across them (a column layout), kept when they
 * end a sentence, a heading or a byline.
 * - after terminal punctuation (`。`, `：`): kept;
 * - a single line break inside a sentence (`党组\n织的`, `83\n万元`): joined;
 * - in the opening lines, before the first sentence end: a blank line ends a heading however
 *   long it is (unless the line is body-length and holds commas: prose a column broke), and
 *   any break before a dateline or byline (`本报讯`, `记者`) is kept, so the headline,
 *   sub-headline, byline and lead are never one sentence;
 * - a paragraph break (blank line) after a body-length line that stops mid-sentence
 *   (`承担……等\n\n全市民生重点工作任务4项`): joined; after a short line (a heading such as
 *   `济南市民政局传递为民服务“好声音”`, a byline): kept. Line length is measured on the
 *   cleaned line, so a paragraph that a narrow column broke into short lines still counts as body.
 */
function breakFate(prev: string, next: string, newlines: number, lineLength: number, opening: 'no' | 'yes' | 'lead'): 'remove' | 'keep' {
  if (isTerminal(prev)) return 'keep';
  if (opening === 'lead') return 'keep';
  if (opening === 'yes' && newlines > 1) return 'keep';
  if (isDigitOrPoint(prev) && (isDigitOrPoint(next) || isCjk(next))) return 'remove';
  if (!isCjk(prev) && !isCjk(next)) return 'keep';
  if (newlines === 1) return 'remove';
  return lineLength >= BODY_LINE ? 'remove' : 'keep';
}

/**
 * Whether the line break ending at `next` (UTF-16 index) lies in the opening lines (before the
 * first sentence end): 'lead' when the next line, or the cleaned line it ends (`lineHead`, its
 * first units), opens with a dateline or byline, which stands on a line of its own.
 */
function openingLines(original: string, next: number, openingEnd: number, line: Uint16Array): 'no' | 'yes' | 'lead' {
  if (openingEnd < 0 || next > openingEnd) return 'no'; // no sentence end at all: a fragment, no headline block
  const opensLead = LEAD_OPENERS.test(original.slice(next, next + 5)) || LEAD_OPENERS.test(String.fromCharCode(...line.subarray(0, 5)));
  if (opensLead) return 'lead';
  // a body-length line with clauses in it (`近日，为……，要求各级党组\n\n织的`) is prose a column broke
  return line.length >= BODY_LINE && (line.includes(0xff0c) || line.includes(0x2c)) ? 'no' : 'yes';
}

/**
 * `word` as printed, where it stands last inside the cleaned span [start, end): the cleaned
 * text reads `个` where the page printed `個`, and a count's measure word is given as written
 * (SPEC). Folding is one code unit to one, so the same indices cut `display`.
 */
export function asPrinted(clean: CleanText, start: number, end: number, word: string): string {
  if (!word) return word;
  const at = clean.text.slice(start, end).lastIndexOf(word); // within the span only: linear overall
  return at >= 0 ? clean.display.slice(start + at, start + at + word.length) : word;
}
