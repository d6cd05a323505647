// Names made certain by a title or description next to them:
//   局长李明表示, 候选对象王勇获评, 市民张先生享受   (title before the name)
//   采访了李明局长, 李女士说                       (title after the name; 李女士 is a name)
// The title's own word is not part of the name, except an honorific after a bare surname
// (`张先生`), which is how news names a person who gives only a surname.
import type { ClauseTokens, CleanText } from '../types.js';
import { TITLES_AFTER, TITLES_BEFORE, type TitleRule } from '../rules/person-roles.js';
import { isGivenWord, isSurname, nameEnds, surnameHonorificEnd, HONORIFIC_WORDS } from './names.js';
import { isParticle, mayEndName, mayStartName, TITLE_AFTER_WORDS, TITLE_BEFORE_WORDS } from './context.js';
import type { BylineName } from './byline.js';
import { isCommonWord, isSegmentedName } from './word-edges.js';

const BEFORE_RULE = new Map<string, TitleRule>(TITLES_BEFORE.flatMap((r) => r.words.map((w) => [w, r] as const)));
const AFTER_RULE = new Map<string, TitleRule>(TITLES_AFTER.flatMap((r) => r.words.map((w) => [w, r] as const)));

/**
 * The name right after a title ending at `from`: `张先生` first, else the longest name that
 * ends where a name may end, else the longest whose edges the segmenter confirms
 * (`县委书记王建新经常下乡`, where 经常 is no follower word).
 */
function nameAfter(t: CleanText, from: number, tokens?: ClauseTokens, description = false): { start: number; end: number } | null {
  const honorific = surnameHonorificEnd(t.text, from);
  if (honorific !== null && mayEndName(t, honorific)) return { start: from, end: honorific };
  // a description also comes before events and things (`女子曲棍球`): a common word is none
  const ends = nameEnds(t.text, from, from + 4).filter((e) => !description || tokens === undefined || !isCommonWord(tokens, from, e));
  const end = ends.find((e) => mayEndName(t, e)) ??
    (tokens === undefined ? undefined : ends.find((e) => isSegmentedName(t.text, tokens, from, e)));
  if (end === undefined) return null;
  // `记者向周围的人打听`: a particle that is also a surname, before a common word
  if (isParticle(t.text[from]) && isGivenWord(t, from, end)) return null;
  return { start: from, end };
}

/**
 * The title at `i` follows a bare surname (`,吕校长付帐`, `帮王主任管文书`): it names that
 * person, so what follows it is no name. `公司经理张三` is not such a case: 司 follows 公.
 */
function afterBareSurname(t: CleanText, i: number): boolean {
  return isSurname(t.text[i - 1]) && mayStartName(t, i - 1, false);
}

/** Names listed after the first with `、`: `市领导王文文、李艳斐出席`, `市民张先生、李女士`. */
function listedAfter(t: CleanText, end: number, rule: TitleRule, tokens?: ClauseTokens): BylineName[] {
  const listed: BylineName[] = [];
  for (let at = end; t.text[at] === '、'; ) {
    const next = nameAfter(t, at + 1, tokens, !rule.isRole);
    if (next === null) break;
    listed.push({ ...next, rule: rule.id });
    at = next.end;
  }
  return listed;
}

export function findTitlesBefore(t: CleanText, tokens?: ClauseTokens): BylineName[] {
  const found: BylineName[] = [];
  let from = 0;
  for (let hit = TITLE_BEFORE_WORDS.next(t.text, from); hit !== null; hit = TITLE_BEFORE_WORDS.next(t.text, from)) {
    const { index: i, word } = hit;
    from = i + 1;
    const rule = BEFORE_RULE.get(word);
    if (rule === undefined || afterBareSurname(t, i)) continue;
    const span = nameAfter(t, i + word.length, tokens, !rule.isRole);
    if (span === null) continue;
    const names = [{ ...span, rule: rule.id, ...(rule.isRole ? { role: word } : {}) }, ...listedAfter(t, span.end, rule, tokens)];
    found.push(...names);
    from = names[names.length - 1]?.end ?? span.end;
  }
  return found;
}

/** Starts of the full names that end at `at`, longest first: `王文文局长` -> 王文文, 文文. */
function fullNameStarts(t: CleanText, at: number): number[] {
  return [at - 4, at - 3, at - 2].filter((start) => {
    if (start < 0 || !nameEnds(t.text, start, at).includes(at)) return false;
    // `向李明先生` is 向 + 李明: a particle that is also a surname does not begin the name
    return !(isParticle(t.text[start]) && isSurname(t.text[start + 1]) && start + 3 <= at);
  });
}

/**
 * The name right before a title starting at `at`: `李女士` (surname + honorific) or `李明`.
 * Only where a name may start (`市民张先生`, `。李明同志`, `向李先生`): in `感谢王文先生`
 * 王文, 文先生 and even 谢王文 cannot be told apart, and `语文老师` is no 文老师.
 */
function nameBefore(t: CleanText, at: number, honorific: boolean, tokens?: ClauseTokens): { start: number; end: number } | null {
  const titleEnd = at + (TITLE_AFTER_WORDS.at(t.text, at)?.length ?? 0);
  const bare = honorific && isSurname(t.text[at - 1]) ? at - 1 : null;
  if (bare !== null && mayStartName(t, bare, false)) return { start: bare, end: titleEnd };
  const starts = fullNameStarts(t, at);
  // else the segmenter's word edges: `北京某中学李建华校长说` (中学 | 李建华 | 校长); a
  // particle that is also a surname is read as the particle (`写信向学文女士`). Not before an
  // honorific: in `感谢王文先生` 王文 and 文先生 stay as ambiguous as the text leaves them
  const start = starts.find((s) => mayStartName(t, s, true)) ??
    (tokens === undefined || honorific ? undefined : starts.find((s) => !isParticle(t.text[s]) && isSegmentedName(t.text, tokens, s, at)));
  return start === undefined ? null : { start, end: at };
}

export function findTitlesAfter(t: CleanText, tokens?: ClauseTokens): BylineName[] {
  const found: BylineName[] = [];
  let from = 1;
  for (let hit = TITLE_AFTER_WORDS.next(t.text, from); hit !== null; hit = TITLE_AFTER_WORDS.next(t.text, from)) {
    const { index: i, word } = hit;
    from = i + word.length;
    const rule = AFTER_RULE.get(word);
    if (rule === undefined) continue;
    // `谢辉副总经理`: the deputy's 副 belongs to the title, and a bare surname before it
    // (`陈副处长`) names the person by the title alone
    const deputy = t.text[i - 1] === '副';
    if (deputy && isSurname(t.text[i - 2]) && !isSurname(t.text[i - 3])) continue;
    const span = nameBefore(t, deputy ? i - 1 : i, HONORIFIC_WORDS.has(word), tokens);
    if (span !== null) found.push({ ...span, rule: rule.id, ...(rule.isRole ? { role: word } : {}) });
  }
  return found;
}
