// Clean: from the decoded original to the text extractors see, keeping the offset map.
//
// Newspaper text is dirty. A column layout breaks lines inside words (`党组\n\n织的`,
// `2188 . 83\n万元`), typesetting puts spaces inside names and numbers (`济 宁市`, `3 . 4万元`),
// and full-width and half-width forms mix (`１２３`, `，` and `,`). Cleaning removes white space
// that stands inside a sentence, keeps the line breaks that end a paragraph, a heading or a
// byline, and folds full-width ASCII to half-width. Every cleaned code unit records the original
// code point it came from (offset-map.ts), so nothing is ever lost or shifted.
import type { CleanText } from '../extract/types.js';
import { foldChar, isCjk, isDigitOrPoint, isNewline, isSpace, isTerminal } from './chars.js';
import { OffsetMap } from './offset-map.js';

/** A line at least this long (code points) is body text: a paragraph break after it may be a column break. */
const BODY_LINE = 20;

/** What happens to a run of white space. */
type RunFate = 'remove' | 'keep';
/** softBreak marks: 1 = spaces removed before this unit, 2 = a line break removed. */
const SOFT_SPACE = 1;
const SOFT_LINE = 2;

export interface Cleaned {
  readonly clean: CleanText;
  readonly map: OffsetMap;
}

export function cleanText(original: string): Cleaned {
  const cps = Array.from(original);
  const out: string[] = [];
  const disp: string[] = [];
  const origin: number[] = [];
  const soft: number[] = [];
  let lineStart = 0; // index in `out` where the current cleaned line starts
  let i = 0;
  while (i < cps.length) {
    const ch = cps[i] ?? '';
    if (!isSpace(ch) && !isNewline(ch)) {
      pushChar(ch, i, 0);
      i += 1;
      continue;
    }
    let j = i;
    let newlines = 0;
    while (j < cps.length && (isSpace(cps[j]) || isNewline(cps[j]))) {
      if (cps[j] === '\n' || (cps[j] === '\r' && cps[j + 1] !== '\n') || (isNewline(cps[j]) && cps[j] !== '\r')) newlines += 1;
      j += 1;
    }
    const prev = i > 0 ? cps[i - 1] : undefined;
    const next = cps[j];
    const fate = newlines === 0 ? spaceFate(prev, next, cps[i - 2], cps[j + 1]) : breakFate(prev, next, newlines, out.length - lineStart);
    if (fate === 'remove') {
      if (next !== undefined && j < cps.length) {
        pushChar(next, j, newlines === 0 ? SOFT_SPACE : SOFT_LINE);
        j += 1;
      }
    } else {
      for (let k = i; k < j; k += 1) pushChar(cps[k] ?? ' ', k, 0);
      if (newlines > 0) lineStart = out.length;
    }
    i = j;
  }

  function pushChar(ch: string, at: number, softMark: number): void {
    const folded = foldChar(ch);
    // A character outside the BMP is two code units: both map to its one code point.
    for (let u = 0; u < ch.length; u += 1) {
      out.push(folded.length === ch.length ? (folded[u] ?? '') : u === 0 ? folded : '');
      disp.push(ch[u] ?? '');
      origin.push(at);
      soft.push(u === 0 ? softMark : 0);
    }
  }

  const text = out.join('');
  const clean: CleanText = { text, display: disp.join(''), softBreak: Uint8Array.from(soft) };
  return { clean, map: new OffsetMap(Int32Array.from(origin), cps.length) };
}

/**
 * Spaces within a line: removed when they stand beside Chinese (`济 宁市`, `记者 史安琪`) or
 * inside a decimal number (`3 . 4`, `2188 . 83`); kept between Latin words (`LED display`)
 * and between two plain numbers (`2019 2020` is two numbers, not one).
 */
function spaceFate(prev: string | undefined, next: string | undefined, beforePrev: string | undefined, afterNext: string | undefined): RunFate {
  if (prev === undefined || next === undefined) return 'keep';
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
 * - a paragraph break (blank line) after a body-length line that stops mid-sentence
 *   (`承担……等\n\n全市民生重点工作任务4项`): joined; after a short line (a heading such as
 *   `济南市民政局传递为民服务“好声音”`, a byline): kept. Line length is measured on the
 *   cleaned line, so a paragraph that a narrow column broke into short lines still counts as body.
 */
function breakFate(prev: string | undefined, next: string | undefined, newlines: number, lineLength: number): RunFate {
  if (prev === undefined || next === undefined) return 'keep';
  if (isTerminal(prev)) return 'keep';
  if (isDigitOrPoint(prev) && (isDigitOrPoint(next) || isCjk(next))) return 'remove';
  if (!isCjk(prev) && !isCjk(next)) return 'keep';
  if (newlines === 1) return 'remove';
  return lineLength >= BODY_LINE ? 'remove' : 'keep';
}
