// Where a name may end and begin in running text, where no space marks it. The end is a
// follower word or punctuation (`王勇获评`, `李明,`); the start is a sentence boundary, a
// particle (`向李先生`), a title or description (`市民张先生`) or, before a title after the
// name, an organization (`民政局李明局长`).
import type { CleanText } from '../types.js';
import { TITLES_AFTER, TITLES_BEFORE } from '../rules/person-roles.js';
import { FOLLOWERS, HONORIFIC_WORDS } from './names.js';
import { indexWords, isHan } from './words.js';

export const TITLE_BEFORE_WORDS = indexWords(TITLES_BEFORE.flatMap((r) => r.words));
export const TITLE_AFTER_WORDS = indexWords(TITLES_AFTER.flatMap((r) => r.words));

/** Particles after which a name may start: `对李明说`, `向李先生致敬`, `的张先生`. */
const PARTICLES = new Set([...'的了和与及对向于给让叫被把将是位名据跟同找请问称为由陪带见访帮替']);
/** Last characters of organization names, before `李明局长` (`民政局李明局长`). */
const ORG_TAILS = new Set([...'局委办处院校会站心司厅部所队社馆行组室科村镇区县市省']);

export function isParticle(ch: string | undefined): boolean {
  return ch !== undefined && PARTICLES.has(ch);
}

/** Marks that join the parts of a foreign name: `罗朗·雷斯` does not end at `·`. */
const NAME_JOINERS = new Set([...'·•‧・—-－']);

/** A name read in running text may end at `i`. */
export function mayEndName(t: CleanText, i: number): boolean {
  const ch = t.text[i];
  if (ch !== undefined && NAME_JOINERS.has(ch) && isHan(t.text[i + 1])) return false;
  if (ch === undefined || t.softBreak[i] === 1 || !isHan(ch)) return true;
  return (
    FOLLOWERS.at(t.text, i) !== null ||
    TITLE_AFTER_WORDS.at(t.text, i) !== null ||
    HONORIFIC_WORDS.at(t.text, i) !== null
  );
}

/**
 * A name may start at `i` in running text. `afterOrg` also allows the end of an
 * organization name, only safe when a title follows the name (`民政局李明局长`).
 */
export function mayStartName(t: CleanText, i: number, afterOrg: boolean): boolean {
  const before = t.text[i - 1];
  if (before !== undefined && NAME_JOINERS.has(before) && isHan(t.text[i - 2])) return false;
  if (before === undefined || t.softBreak[i] === 1 || !isHan(before)) return true;
  if (PARTICLES.has(before) || (afterOrg && ORG_TAILS.has(before))) return true;
  return TITLE_BEFORE_WORDS.endingAt(t.text, i) !== null;
}
