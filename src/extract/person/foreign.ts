// Foreign names written with a joiner: `托马斯·穆勒`, `安东尼-迈尔斯`, `让-保罗·萨特`. Each part is
// a run of transliteration characters (rules/transliteration.ts) and the joiner between two
// such runs leaves no other reading. A run is read as far as the characters go and trimmed
// where the segmenter shows that its edge cuts a word (`雷霆队员拉塞尔` never starts at 员, since
// 员 is no transliteration character; `进攻的德克` stops at 的). The last part names the person
// again on its own (`穆勒`, `迈尔斯`), and so, in sports and feature writing, may the first
// (`卡洛斯`): both are returned for the repeats, which take them only where they stand as words.
import type { ClauseTokens, CleanText } from '../types.js';
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import type { Span } from './names.js';
import { modifiesNoun, PLACE_TAILS } from './foreign-run.js';
import { isTitleWord } from './cues.js';
import { FOLLOWERS } from './names.js';

const FOREIGN = new Set(TRANSLITERATION_CHARS);
const JOINERS = new Set(['·', '•', '-', '‧', '・']);
/** The longest part read on either side of a joiner. */
const MAX_PART = 8;

export interface ForeignName extends Span {
  /** The last part: the surname a later mention may use alone. */
  surname: Span;
  /** The first part of a joined name (`卡洛斯` of 卡洛斯-安德森), which a text may use alone too. */
  given?: Span;
  /** The rule that found the name, where it is not the joiner's (person/japanese.ts). */
  rule?: string;
}

function runStart(text: string, end: number): number {
  let i = end;
  while (i > end - MAX_PART && FOREIGN.has(text[i - 1] ?? '')) i -= 1;
  return i;
}

function runEnd(text: string, start: number): number {
  let i = start;
  while (i < start + MAX_PART && FOREIGN.has(text[i] ?? '')) i += 1;
  return i;
}

/** Moves a name edge off a word the segmenter reads across it (start to that word's end). */
function trimStart(start: number, limit: number, tokens: ClauseTokens | undefined): number {
  const tok = tokens?.tokenAt(start);
  return tok !== null && tok !== undefined && tok.start < start && tok.end <= limit - 2 ? tok.end : start;
}

/** As trimStart, at the end; a follower word glued to the last syllable stays outside (`科斯/nrt 马斯说/x`). */
function trimEnd(text: string, end: number, limit: number, tokens: ClauseTokens | undefined): number {
  const tok = tokens?.tokenAt(end);
  if (tok === null || tok === undefined || tok.start >= end || tok.start < limit + 2) return end;
  const follower = FOLLOWERS.at(text, end);
  return follower !== null && end + follower.length === tok.end ? end : tok.start;
}

/** A noun glued after the name makes it the name of a thing: `阿里·萨米扬球场`, `道—琼斯指数`. */
function namesThing(end: number, tokens: ClauseTokens | undefined): boolean {
  const next = tokens?.tokenAt(end);
  return next !== undefined && next !== null && next.start === end && modifiesNoun({ end }, next, isTitleWord);
}

export function findJoinedForeignNames(t: CleanText, tokens?: ClauseTokens): ForeignName[] {
  const text = t.text;
  const found: ForeignName[] = [];
  for (let j = 1; j < text.length - 1; j += 1) {
    if (!JOINERS.has(text[j] ?? '') || !FOREIGN.has(text[j - 1] ?? '') || !FOREIGN.has(text[j + 1] ?? '')) continue;
    const first = runStart(text, j);
    // one character before the joiner is an initial (`马·科瓦尔斯基`) only before a long part
    if (j - first < 1 || (j - first < 2 && runEnd(text, j + 1) - j - 1 < 3)) continue;
    const firstJoin = j;
    let lastJoin = j;
    let end = runEnd(text, j + 1);
    while (end - lastJoin - 1 >= 2 && JOINERS.has(text[end] ?? '') && runEnd(text, end + 1) - end - 1 >= 2) {
      lastJoin = end;
      end = runEnd(text, end + 1);
    }
    if (end - lastJoin - 1 < 2) continue;
    const start = trimStart(first, j, tokens);
    const stop = trimEnd(text, end, lastJoin + 1, tokens);
    j = end;
    // `……·波佩斯库镇`: a place suffix right after the run makes it a place's name
    if (namesThing(stop, tokens) || PLACE_TAILS.has(text[end] ?? '')) continue;
    const given = firstJoin - start >= 2 ? { given: { start, end: firstJoin } } : {};
    found.push({ start, end: stop, surname: { start: lastJoin + 1, end: stop }, ...given });
  }
  return found;
}
