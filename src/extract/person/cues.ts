// What marks a clause as worth segmenting for names, and the words that confirm a name there.
// The segmenter is dear, so a clause is handed to it only where a surname character stands
// next to a cue (a title or a list mark before it, a follower word, a title or punctuation two
// to four characters on), or a run of transliteration characters does: `主教练蔡斌表示`,
// `外交大臣库克今天`. Most clauses of a news text have neither.
import type { CleanText } from '../types.js';
import { NOT_TITLES, TITLE_ENDS, TITLE_WORDS } from '../rules/person-titles.js';
import { HONORIFICS, TITLES_AFTER, TITLES_BEFORE } from '../rules/person-roles.js';
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import { FOLLOWERS, isNameShape, isWholeWordSurname, surnameLengths } from './names.js';
import { isParticle, TITLE_AFTER_WORDS, TITLE_BEFORE_WORDS } from './context.js';
import { indexWords, isHan } from './words.js';

const TITLES = new Set([...TITLE_WORDS, ...HONORIFICS, ...TITLES_BEFORE.flatMap((r) => r.words), ...TITLES_AFTER.flatMap((r) => r.words)]);
const TITLE_INDEX = indexWords(TITLES);
const NOT_TITLE = new Set(NOT_TITLES);
const ENDS = new Set(TITLE_ENDS);
const FOREIGN = new Set(TRANSLITERATION_CHARS);
const LIST_MARKS = new Set([...'、和与及']);
const CLAUSE_END = new Set([...'。！？!?；;，,、：:\n']); // the pieces clause-tokens.ts segments
/** The longest title word read as a suffix of a segmenter word: `司法部长` ends in 部长. */
const LONGEST_SUFFIX = 4;

/** A title word as the segmenter cuts it: listed, ending in a listed title, or of a title's shape. */
export function isTitleWord(word: string): boolean {
  if (TITLES.has(word)) return true;
  if (word.length < 2 || NOT_TITLE.has(word)) return false;
  for (let len = Math.min(LONGEST_SUFFIX, word.length - 1); len >= 2; len -= 1) {
    if (TITLES.has(word.slice(-len))) return true;
  }
  return ENDS.has(word[word.length - 1] ?? '');
}

/** Every character transliterates a foreign syllable (`默克尔`, `施密特`). */
export function isTransliteration(word: string): boolean {
  if (word.length < 2) return false;
  for (const ch of word) if (!FOREIGN.has(ch)) return false;
  return true;
}

/** A cue before a name at `i`: the text or clause starts, a title or list mark ends there. */
function cueBefore(t: CleanText, i: number): boolean {
  const before = t.text[i - 1];
  if (before === undefined || !isHan(before) || t.softBreak[i] === 1) return true;
  if (LIST_MARKS.has(before) || ENDS.has(before)) return true;
  return TITLE_BEFORE_WORDS.endingAt(t.text, i) !== null || TITLE_INDEX.endingAt(t.text, i) !== null;
}

/** A cue after a name ending at `end`: punctuation, a follower word, a title. */
function cueAfter(t: CleanText, end: number): boolean {
  const ch = t.text[end];
  if (ch === undefined || !isHan(ch)) return true;
  if (LIST_MARKS.has(ch)) return true;
  return FOLLOWERS.at(t.text, end) !== null || TITLE_AFTER_WORDS.at(t.text, end) !== null || TITLE_INDEX.at(t.text, end) !== null;
}

/** The position opens a name candidate worth segmenting. */
function isNameSite(t: CleanText, i: number): boolean {
  const surname = surnameLengths(t.text, i)[0] ?? (isWholeWordSurname(t.text[i]) ? 1 : undefined);
  if (surname !== undefined) {
    if (cueBefore(t, i) || cueAfter(t, i + surname + 1) || cueAfter(t, i + surname + 2)) return true;
    // after a particle (`的王莲香`, `找刘彦彬`) a surname and a two-character given name need no
    // other cue: jieba may keep them whole
    return isParticle(t.text[i - 1]) && isNameShape(t.text.slice(i, i + surname + 2), surname);
  }
  let end = i;
  while (end < i + 8 && FOREIGN.has(t.text[end] ?? '')) end += 1;
  if (end - i < 2) return false;
  return end - i >= 3 || t.text[end] === '·' || cueBefore(t, i) || cueAfter(t, end);
}

/** One position in each clause that may hold a name; the rest of that clause is skipped. */
export function* nameSites(t: CleanText): Generator<number> {
  const text = t.text;
  for (let i = 0; i < text.length; i += 1) {
    if (!isNameSite(t, i)) continue;
    yield i;
    while (i < text.length && !CLAUSE_END.has(text[i] ?? '')) i += 1;
  }
}
