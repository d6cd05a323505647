// Foreign names without a joiner, made certain by the words around them: a title before
// (`外交部长萨莫诺夫`, `主教练卡洛维奇`), a title or honorific after (`哈里斯首相`, `布兰德先生`),
// or, at the head of a clause, a verb of speaking or a report's time word (`米勒说，`,
// `萨莫诺夫今天抵达`; rules/foreign-context.ts). The name is a run of transliteration
// characters (rules/transliteration.ts) whose edges the segmenter confirms: where a word of the
// segmenter crosses an edge, the edge moves to that word's boundary (`冈萨雷斯多次` ends
// before 多次, `总理马哈蒂尔` starts after 总理), and a run left shorter than two characters is
// no name. A place of the gazetteer (`巴西总统`) and a word the segmenter tags as a place, a
// body or a brand (`诺基亚表示`) are no person; a title after a place (`芬兰外长`) stays the
// place's, and the name after it is read whole (`外长哈洛宁`, not the place `洛宁`).
import type { ClauseTokens, CleanText, Token } from '../types.js';
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import { FOREIGN_DESCRIPTIONS, FOREIGN_FOLLOWERS, FOREIGN_TITLES_AFTER } from '../rules/foreign-context.js';
import type { Span } from './names.js';
import { TITLE_ENDS } from '../rules/person-titles.js';
import { isTitleWord } from './cues.js';
import { isParticle, mayStartName } from './context.js';
import { isPlaceLike, modifiesNoun } from './foreign-run.js';
import { indexWords, isHan } from './words.js';

const FOREIGN = new Set(TRANSLITERATION_CHARS);
const TITLES_AFTER = indexWords(FOREIGN_TITLES_AFTER.flatMap((r) => r.words));
const FOLLOWERS = indexWords(FOREIGN_FOLLOWERS.flatMap((r) => r.words));
const DESCRIPTIONS = new Set(FOREIGN_DESCRIPTIONS.flatMap((r) => r.words));
/** Last characters of a title or description before a two-character run: `部长鲁宾`, `裁判雷东`. */
const CUE_ENDS = new Set([...TITLE_ENDS, ...DESCRIPTIONS].map((w) => w[w.length - 1] ?? ''));
const RULE_OF = new Map([...FOREIGN_TITLES_AFTER, ...FOREIGN_FOLLOWERS].flatMap((r) => r.words.map((w) => [w, r.id] as const)));
/** Runs longer than this hold more than one name or a name and a word: they are left alone. */
const MAX_RUN = 10;
/** Marks that join the parts of a written-out name: those runs are read by person/foreign.ts. */
const JOINERS = new Set([...'·•‧・-－—']);
/** jieba's tags for names and for words it does not know. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Tags of one-character words that are verbs or particles, never a stray syllable. */
const WORD_TAGS = new Set(['v', 'p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'd', 'r', 'm', 'q', 'f', 'y', 'e']);
/** Nouns, places and bodies: after a title, jieba's guess at a name it does not know. */
const NOUN_TAGS = new Set(['n', 'ns', 'nt', 'nz', 'j']);
/** What a clause's subject is followed by: a verb, a preposition, an adverb (`基里延科是`, `琼斯在`). */
const SUBJECT_VERB_TAGS = new Set(['v', 'vd', 'p', 'd']);
/** Characters after which a clause's subject starts: `而贝尔纳多也`, `由莫拉莱斯射门`. */
const CLAUSE_OPENERS = new Set([...'而由据']);
/** jieba's tags of a whole word that names a place, a body or a thing (`诺基亚/nz`, `英特尔/ns`). */
const THING_TAGS = new Set(['ns', 'nt', 'nz', 'n', 'j', 'v', 'vn', 'a', 'ad', 'an', 'd', 'm', 'q', 't', 'f', 's']);

export interface ForeignMention extends Span {
  rule: string;
}

export function findForeignInContext(t: CleanText, tokens?: ClauseTokens): ForeignMention[] {
  if (tokens === undefined) return [];
  const text = t.text;
  const found: ForeignMention[] = [];
  for (let i = 0; i < text.length; ) {
    if (!FOREIGN.has(text[i] ?? '')) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < text.length && FOREIGN.has(text[end] ?? '')) end += 1;
    const joined = JOINERS.has(text[i - 1] ?? '') || JOINERS.has(text[end] ?? '');
    if (!joined && end - i >= 2 && end - i <= MAX_RUN && hasCue(t, i, end)) {
      const name = readRun(t, i, end, tokens);
      if (name !== null) found.push(name);
    }
    i = end;
  }
  return found;
}

/** A cheap test before the segmenter is asked: a cue word or a boundary touches the run. */
function hasCue(t: CleanText, start: number, end: number): boolean {
  for (let e = end; e >= end - 2 && e > start + 1; e -= 1) {
    if (TITLES_AFTER.at(t.text, e) !== null || FOLLOWERS.at(t.text, e) !== null) return true;
  }
  return end - start >= 3 || !isHan(t.text[start - 1]) || CUE_ENDS.has(t.text[start - 1] ?? '');
}

/** The name the run holds, edges moved to the segmenter's word boundaries, and its cue. */
function readRun(t: CleanText, runStart: number, runEnd: number, tokens: ClauseTokens): ForeignMention | null {
  const first = tokens.tokenAt(runStart);
  const last = tokens.tokenAt(runEnd);
  const crossesStart = first !== null && first.start < runStart;
  const crossesEnd = last !== null && last.start < runEnd;
  // `由米/x 勒斯`, `巴西队/nt 员萨莫/x 诺夫`: the segmenter glued the character before to the name's first syllable
  const particleGlued = crossesStart && first.start === runStart - 1 && (isParticle(t.text[first.start]) || first.tag === 'x');
  // a name-tagged word across an edge leaves the name unclosed (`卡巴/nrt 杰时/x`): half a name is a wrong value
  if ((crossesStart && !particleGlued && NAME_TAGS.has(first.tag)) || (crossesEnd && NAME_TAGS.has(last.tag))) return null;
  const start = crossesStart && !particleGlued ? first.end : runStart;
  const end = crossesEnd ? last.start : runEnd;
  const name = { start, end: dropTrailingWord(t.text, tokens, start, end) };
  if (name.end - name.start < 2) return null;
  const before = start > 0 ? tokens.tokenAt(start - 1) : null;
  const after = tokens.tokenAt(name.end) ?? undefined;
  if (isPlaceLike(t.text, name, after) || modifiesNoun(name, after, isCueWord)) return null;
  const rule = cueOf(t, name, before, after, tokens);
  return rule === null ? null : { ...name, rule };
}

/**
 * A one-character verb or particle at the run's end is no syllable of the name where no title
 * or follower word comes after it: `哈里森派代表` is 哈里森 + 派, `戈尔/nr 登/v 总统` is 戈尔登.
 */
function dropTrailingWord(text: string, tokens: ClauseTokens, start: number, end: number): number {
  const last = tokens.tokenAt(end - 1);
  if (last === null || last.start <= start || last.end !== end) return end;
  if (last.word.length !== 1 || !WORD_TAGS.has(last.tag) || !isHan(text[end])) return end;
  return TITLES_AFTER.at(text, end) !== null || FOLLOWERS.at(text, end) !== null ? end : last.start;
}

function cueOf(t: CleanText, name: Span, before: Token | null, after: Token | undefined, tokens: ClauseTokens): string | null {
  const text = t.text;
  const short = name.end - name.start < 3;
  const tag = wholeTag(tokens, name);
  if (before !== null && before.end === name.start && !glued(t, name, after) && !isVerbLike(tag, short)) {
    if (isTitleWord(before.word)) return 'foreign-title-before';
    if (DESCRIPTIONS.has(before.word)) return 'foreign-description-before';
  }
  if (tag !== null && THING_TAGS.has(tag)) return null;
  const title = TITLES_AFTER.at(text, name.end);
  // `卓/nr 科达/nrt 先生`: a name-tagged piece glued before the run is the name's own first syllable
  const pieceBefore = before !== null && before.end === name.start && NAME_TAGS.has(before.tag) && isHan(before.word[0]);
  if (title !== null && after?.start === name.end && !pieceBefore) return RULE_OF.get(title) ?? null;
  if (!opensName(t, name.start, before)) return null;
  const follower = FOLLOWERS.at(text, name.end);
  if (follower !== null && after?.start === name.end && (!tokens.cutsWord(name.end + follower.length) || after.tag === 't')) {
    return RULE_OF.get(follower) ?? null;
  }
  return !short && opensClause(t, name.start) && isNamePieces(tokens, name) && SUBJECT_VERB_TAGS.has(after?.tag ?? '') ? 'foreign-subject' : null;
}

/** A title or a follower word of the tables, which the segmenter may tag as a noun (`太太/n`, `声称/n`). */
function isCueWord(word: string): boolean {
  return isTitleWord(word) || TITLES_AFTER.at(word, 0)?.length === word.length || FOLLOWERS.at(word, 0)?.length === word.length;
}

/** `学生夏令会`: a single character glued after a short run makes it part of a word. */
function glued(t: CleanText, name: Span, after: Token | undefined): boolean {
  if (name.end - name.start >= 3 || after === undefined || after.word.length !== 1 || !isHan(after.word)) return false;
  return FOLLOWERS.at(t.text, name.end) === null;
}

/** After a title a word jieba calls a noun or a place may still be a name (`温格/n`, `扎加洛/ns`); a verb is not. */
function isVerbLike(tag: string | null, short: boolean): boolean {
  if (tag === null) return false;
  return short ? THING_TAGS.has(tag) : !NOUN_TAGS.has(tag) && THING_TAGS.has(tag);
}

/** The run opens a clause: the text, a line or a punctuation mark before it, or `而`/`由`/`据`. */
function opensClause(t: CleanText, start: number): boolean {
  const before = t.text[start - 1];
  return before === undefined || t.softBreak[start] === 1 || !isHan(before) || CLAUSE_OPENERS.has(before);
}

/** Every word of the run is one jieba tags as a name or does not know (`基里延科/nr`, `奥/nr 兰迪斯/nr`). */
function isNamePieces(tokens: ClauseTokens, name: Span): boolean {
  for (let pos = name.start; pos < name.end; ) {
    const tok = tokens.tokenAt(pos);
    if (tok === null || !NAME_TAGS.has(tok.tag)) return false;
    pos = tok.end;
  }
  return true;
}

/** A name may start here: a clause or particle before it, or a place (`尼日利亚后卫……`). */
function opensName(t: CleanText, start: number, before: Token | null): boolean {
  if (mayStartName(t, start, false)) return true;
  return before !== null && before.end === start && before.tag === 'ns';
}

/** The tag of the one word the segmenter holds the run as, or null where the run is several words. */
function wholeTag(tokens: ClauseTokens, name: Span): string | null {
  const tok = tokens.tokenAt(name.start);
  return tok === null || tok.start !== name.start || tok.end !== name.end ? null : tok.tag;
}
