// Japanese names (rules/japanese-names.ts): a common Japanese family name and a given name of
// one to three characters, made certain by a title before or after (`首相山田健太郎`,
// `山口健太郎社长`) or a verb of speaking at the head of a clause (`，田中一郎说`); a family name
// alone with a title after it (`田中外相`, `佐藤先生`). The family name of a name found so is
// returned for the repeats: `田中` alone names the same person again later in the text.
// A place of the gazetteer at the same position (`石川县`, `千叶市`, `中山市`) is no name.
import type { CleanText } from '../types.js';
import { JAPANESE_SURNAMES, JAPANESE_TITLES } from '../rules/japanese-names.js';
import { FOREIGN_FOLLOWERS, FOREIGN_TITLES_AFTER } from '../rules/foreign-context.js';
import { getGazetteer } from '../place/gazetteer.js';
import { mayStartName } from './context.js';
import { FOLLOWERS, type Span } from './names.js';
import { TITLE_WORDS as PERSON_TITLE_WORDS } from '../rules/person-titles.js';
import { indexWords, isHan } from './words.js';

const SURNAMES = indexWords(JAPANESE_SURNAMES);
const TITLE_WORDS = [...JAPANESE_TITLES, ...FOREIGN_TITLES_AFTER].flatMap((r) => r.words);
const TITLES = indexWords(TITLE_WORDS);
/** Titles before a name: the person title table's and those of Japanese and foreign offices. */
const TITLES_BEFORE = indexWords([...PERSON_TITLE_WORDS, ...TITLE_WORDS]);
/** One-character words that never stand inside a given name. */
const PARTICLES = new Set([...'的地得着过了在和与及是等也都就对将已被把向给为从到跟同说称讲']);
const SPEECH = indexWords(FOREIGN_FOLLOWERS.flatMap((r) => r.words));

export interface JapaneseName extends Span {
  rule: string;
  /** The family name, which a later mention may use alone. */
  surname: Span;
}

export function findJapaneseNames(t: CleanText): JapaneseName[] {
  const found: JapaneseName[] = [];
  const text = t.text;
  for (let from = 0, hit = SURNAMES.next(text, 0); hit !== null; hit = SURNAMES.next(text, from)) {
    const start = hit.index;
    const surname = { start, end: start + hit.word.length };
    from = start + 1;
    if (isPlace(text, start, surname.end)) continue;
    const titledBefore = TITLES_BEFORE.endingAt(text, start) !== null;
    if (!titledBefore && !mayStartName(t, start, false)) continue;
    const opensClause = !isHan(text[start - 1]) || t.softBreak[start] === 1;
    const name = fullNameAt(text, surname.end, titledBefore, opensClause) ?? surnameAlone(text, surname.end);
    if (name === null) continue;
    found.push({ start, end: name.end, rule: name.rule, surname });
    from = name.end;
  }
  return found;
}

/** A given name of three, two or one characters after the family name, with a cue that confirms it. */
function fullNameAt(text: string, from: number, titledBefore: boolean, opensClause: boolean): { end: number; rule: string } | null {
  for (const length of [3, 2, 1]) {
    const end = from + length;
    if (!isGivenName(text, from, end)) continue;
    if (TITLES.at(text, end) !== null) return { end, rule: 'japanese-title-after' };
    if (length < 2) continue;
    const speech = SPEECH.at(text, end) !== null;
    if (titledBefore && (speech || !isHan(text[end]) || FOLLOWERS.at(text, end) !== null)) return { end, rule: 'japanese-title-before' };
    if (opensClause && speech) return { end, rule: 'japanese-speaker' };
  }
  return null;
}

/** The family name alone before a title: `田中外相`, `佐藤先生`. */
function surnameAlone(text: string, end: number): { end: number; rule: string } | null {
  return TITLES.at(text, end) !== null ? { end, rule: 'japanese-surname-title' } : null;
}

/**
 * Han characters that start no title, no follower word of two characters or more and no
 * particle: `正雄` is a given name though `正` alone follows names too.
 */
function isGivenName(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i += 1) {
    const follower = FOLLOWERS.at(text, i);
    if (!isHan(text[i]) || TITLES.at(text, i) !== null || PARTICLES.has(text[i] ?? '')) return false;
    if (follower !== null && follower.length >= 2) return false;
  }
  return true;
}

/** A place of the gazetteer starts here and runs at least as far as the family name: `石川县`, `中山`. */
function isPlace(text: string, start: number, surnameEnd: number): boolean {
  const place = getGazetteer().trie.longestAt(text, start);
  return place !== null && place.end >= surnameEnd;
}
