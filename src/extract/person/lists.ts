// Names in a list with a name already confirmed: `局长李明、王芳与赵强出席`, `默克尔和萨科齐`.
// Each neighbour across a list mark must have a name's shape itself (a surname and one or two
// given-name characters, or a run of transliteration characters) and stand as a word: after
// `、` the mark shows where it starts, and where it ends is shown by the next mark, punctuation,
// a follower or a title word, with the segmenter reading no word across its edges. After
// `和`/`与`/`及`, which also join words, the segmenter must also see a name there (`nr`, `nrt`,
// an unknown word), since `李明和王府井` is no list of people.
import type { ClauseTokens, CleanText } from '../types.js';
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import { nameEnds, type Span } from './names.js';
import { mayEndName, mayStartName } from './context.js';
import { isHan } from './words.js';
import { modifiesNoun } from './foreign-run.js';
import { isTitleWord } from './cues.js';

const FOREIGN = new Set(TRANSLITERATION_CHARS);
/** The marks between members of a list of names. */
const LIST_MARKS = new Set([...'、和与及']);
/** jieba's tags that show a name after `和`/`与`/`及`. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** At most this many members are read on from one confirmed name. */
const MAX_MEMBERS = 12;

/** The member may end at `end`: another list mark, `等`, or where a name may end. */
function memberEnds(t: CleanText, end: number): boolean {
  const ch = t.text[end];
  return ch === '等' || LIST_MARKS.has(ch ?? '') || mayEndName(t, end);
}

/** Ends of name-shaped members from `start`, longest first: Chinese names, then a foreign run. */
function shapeEnds(text: string, start: number): number[] {
  const ends = nameEnds(text, start, start + 4);
  let run = start;
  while (run < start + 8 && FOREIGN.has(text[run] ?? '')) run += 1;
  if (run - start >= 2) ends.unshift(run);
  return ends;
}

/** No word read across the edges, and no noun glued after (`科利华集团` names a firm). */
function standsAsWord(tokens: ClauseTokens, start: number, end: number): boolean {
  if (tokens.cutsWord(start) || tokens.cutsWord(end)) return false;
  return !modifiesNoun({ end }, tokens.tokenAt(end) ?? undefined, isTitleWord);
}

/** jieba reads a name (or an unknown word) at `start`. */
function taggedName(tokens: ClauseTokens, start: number): boolean {
  const tok = tokens.tokenAt(start);
  return tok !== null && tok.start === start && NAME_TAGS.has(tok.tag);
}

/** The member after the list mark at `mark`, or null. */
function memberAfter(t: CleanText, mark: number, tokens: ClauseTokens): Span | null {
  const start = mark + 1;
  if (!isHan(t.text[start]) || t.softBreak[start] !== 0) return null;
  if (t.text[mark] !== '、' && !taggedName(tokens, start)) return null;
  // after `、` the segmenter's word edge is enough (`李亚莉、曾秀君以11秒37`)
  const listed = t.text[mark] === '、';
  const end = shapeEnds(t.text, start).find((e) => (listed || memberEnds(t, e)) && standsAsWord(tokens, start, e));
  return end === undefined ? null : { start, end };
}

/** The member before the list mark at `mark`, or null. */
function memberBefore(t: CleanText, mark: number, tokens: ClauseTokens): Span | null {
  const end = mark;
  for (let start = end - 8; start <= end - 2; start += 1) {
    if (start < 0 || !shapeEnds(t.text, start).includes(end)) continue;
    const opens = LIST_MARKS.has(t.text[start - 1] ?? '') || mayStartName(t, start, false);
    if (!opens || !standsAsWord(tokens, start, end)) continue;
    if (t.text[mark] !== '、' && !taggedName(tokens, start)) continue;
    return { start, end };
  }
  return null;
}

/** Members of the lists the confirmed names stand in, read outward from each of them. */
export function findListedNames(t: CleanText, confirmed: readonly Span[], tokens: ClauseTokens): Span[] {
  const found: Span[] = [];
  for (const name of confirmed) {
    let at: Span | null = name;
    for (let n = 0; n < MAX_MEMBERS && at !== null && LIST_MARKS.has(t.text[at.end] ?? ''); n += 1) {
      at = memberAfter(t, at.end, tokens);
      if (at !== null) found.push(at);
    }
    at = name;
    for (let n = 0; n < MAX_MEMBERS && at !== null && LIST_MARKS.has(t.text[at.start - 1] ?? ''); n += 1) {
      at = memberBefore(t, at.start - 1, tokens);
      if (at !== null) found.push(at);
    }
  }
  return found;
}
