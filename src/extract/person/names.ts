// The shape of a Chinese name: a surname (single or compound, rules/surnames.ts) and a given
// name of one or two characters, none of which is a function word or the head of a place
// (`南市` in 济南市 is no name), and the whole not a common word (`高速`, `文明`).
// Which length is meant (`王勇获评`: 王勇, `王文文说`: 王文文) is decided by what follows:
// the callers pass a test for the position right after the name.
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, WHOLE_WORD_SURNAMES } from '../rules/surnames.js';
import { NOT_GIVEN_NAME_CHARS, NOT_NAMES } from '../rules/person-stopwords.js';
import { HONORIFICS, NAME_FOLLOWERS } from '../rules/person-roles.js';
import { indexWords, isHan } from './words.js';

const SINGLE = new Set(SINGLE_SURNAMES);
const COMPOUND = new Set(COMPOUND_SURNAMES);
const NOT_NAME = new Set(NOT_NAMES);
const NOT_GIVEN = new Set(NOT_GIVEN_NAME_CHARS);
export const FOLLOWERS = indexWords(NAME_FOLLOWERS);
export const HONORIFIC_WORDS = indexWords(HONORIFICS);

export interface Span {
  start: number;
  end: number;
}

/** Lengths of the surnames that start at `i`, compound first: 夏侯凤超 -> [2, 1]. */
export function surnameLengths(text: string, i: number): number[] {
  const lengths: number[] = [];
  if (COMPOUND.has(text.slice(i, i + 2))) lengths.push(2);
  if (SINGLE.has(text[i] ?? '')) lengths.push(1);
  return lengths;
}

export function isSurname(ch: string | undefined): boolean {
  return ch !== undefined && SINGLE.has(ch);
}

const WHOLE_WORD_ONLY = new Set(WHOLE_WORD_SURNAMES.filter((s) => !SINGLE.has(s)));

/** A surname taken only in a three-character name the segmenter keeps whole (`裘山明/x`). */
export function isWholeWordSurname(ch: string | undefined): boolean {
  return ch !== undefined && WHOLE_WORD_ONLY.has(ch);
}

/** A surname of `surnameLength` and one or two given-name characters, not a common word. */
export function isNameShape(name: string, surnameLength: number): boolean {
  const given = name.slice(surnameLength);
  if (given.length < 1 || given.length > 2) return false;
  for (const ch of given) if (!isHan(ch) || NOT_GIVEN.has(ch)) return false;
  return !NOT_NAME.has(name) && !NOT_NAME.has(name.slice(0, 2));
}

/**
 * The given name of the name at [start, end) is itself a common word: `车司机` (车 + 司机),
 * `向周围`. Used where nothing before the name shows where it starts.
 */
export function isGivenWord(t: { text: string }, start: number, end: number): boolean {
  const surname = surnameLengths(t.text, start)[0] ?? 1;
  return NOT_NAME.has(t.text.slice(start + surname, end));
}

/**
 * Ends of the names that can start at `start` without passing `limit`, longest first:
 * `夏侯凤超` -> [4, 3, 2] (夏侯凤超, 夏侯凤, 夏侯). A two-character given name whose last
 * character starts a follower word is skipped: `李明荣获` is 李明 + 荣获, not 李明荣.
 */
export function nameEnds(text: string, start: number, limit: number): number[] {
  const ends: number[] = [];
  limit = Math.min(limit, text.length); // a text cut at `市民张先` has no 3-character name there
  for (const surname of surnameLengths(text, start)) {
    for (const given of [2, 1]) {
      const end = start + surname + given;
      if (end > limit || ends.includes(end)) continue;
      if (!isNameShape(text.slice(start, end), surname)) continue;
      if (given === 2 && FOLLOWERS.at(text, end - 1) !== null) continue;
      ends.push(end);
    }
  }
  return ends;
}

/** `张先生`, `李女士`: a single surname and an honorific starting at `start`, or null. */
export function surnameHonorificEnd(text: string, start: number): number | null {
  if (!isSurname(text[start])) return null;
  const honorific = HONORIFIC_WORDS.at(text, start + 1);
  return honorific === null ? null : start + 1 + honorific.length;
}
