// Names the segmenter proposes, confirmed by a rule. jieba tags names it knows `nr`/`nrfg`,
// transliterations `nrt`, and leaves words its HMM guesses as `x` (`张敬涛/x`): on modern text
// only about a quarter of such bare candidates are names, so each one must also have a name's
// shape and a confirming context before it becomes a mention:
//   shape    a surname and one or two given-name characters (王建国), or a run of
//            transliteration characters (库克), runs joined by `·`/`-` (托马斯·穆勒)
//   context  a title before or after (`省长王建国`, `王建国省长`, `主教练蔡斌`), a verb after
//            (`默克尔说`), a list whose other members are names (`李明、王芳与赵强`)
// Only clauses that a cheap test marks (person/cues.ts) are segmented.
import type { ClauseTokens, CleanText, Token } from '../types.js';
import { FOLLOWERS, HONORIFIC_WORDS, isNameShape, isWholeWordSurname, surnameLengths, type Span } from './names.js';
import { isTitleWord, isTransliteration, nameSites } from './cues.js';
import { foreignRunAt, isPlaceLike, modifiesNoun } from './foreign-run.js';
import { isHan } from './words.js';

/** jieba's tags for names: dictionary names, their parts, transliterations, HMM guesses. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
/** Last characters of places, sites, events and locatives, never the end of a bare name: `杜鹃山`, `武侯祠`, `季后赛`, `丛林中`. */
const PLACE_TAILS = new Set([...'岛湖山城港湾村镇州省市县区河江峰泊滩原宫祠庙寺塔桥园馆楼台赛杯展传上下内外里']);
/**
 * Last characters of the nouns that make a name before them the name of a thing: a firm, a
 * body, a building, a fund (`科利华集团`, `王建新公司`, `张华路`, `华宝稳健增长基金`, read over
 * the nouns between). Other nouns after a
 * whole name leave it a person (`张建国案件`, `李建华全集`, `王建新眼睛红了`).
 */
const THING_HEADS = new Set([...'司团厂店社局院校会馆所行站园城村路街楼号部处室队网报台刊品牌业场中金']);
/** Nouns read on after a name to find such a head (`华宝 稳健 增长 基金`). */
const MAX_NOUN_RUN = 4;
/** Separators of a list of names: `李明、王芳与赵强`. */
const LIST_WORDS = new Set(['、', '和', '与', '及', '同', '跟']);
/** Verbs of speaking or acting after a guessed (`x`) name: a dictionary name takes any verb. */
const STRONG_AFTER_TAGS = new Set(['v', 'vd', 'p', 'd']);

interface Candidate extends Span {
  /** Index of the first and one past the last token of the candidate. */
  first: number;
  last: number;
  /** jieba knows the word as a name (nr, nrt, nrfg), rather than guessing it (x). */
  known: boolean;
  /** A transliteration run rather than a Chinese surname and given name. */
  foreign: boolean;
  /** Parts joined by `·`/`-` (托马斯·穆勒: 2). */
  parts: number;
  /** Joined by a dash, which also joins the names of indexes and firms (`道—琼斯`). */
  dashed: boolean;
  /** A name of neither shape (若斯潘/nr): only a title before confirms it. */
  titled: boolean;
}

/** A confirmed candidate and what confirmed it (the rule name's suffix). */
export interface TaggedName extends Span {
  why: string;
}

export function findTaggedNames(t: CleanText, tokens: ClauseTokens): TaggedName[] {
  const found: TaggedName[] = [];
  const done = new Set<number>();
  for (const site of nameSites(t)) {
    const clause = tokens.tokensAround(site, site + 1);
    const first = clause[0];
    if (first === undefined || done.has(first.start)) continue;
    done.add(first.start);
    for (const [c, why] of confirmed(t.text, clause)) found.push({ start: c.start, end: c.end, why });
  }
  return found;
}

/** The confirmed candidates of one clause: each by its own context, then the lists they head. */
function confirmed(text: string, clause: readonly Token[]): Map<Candidate, string> {
  const candidates = candidatesIn(clause).filter((c) => !isPlaceLike(text, c, clause[c.last]));
  const sure = new Map<Candidate, string>();
  for (const c of candidates) {
    const why = contextOf(c, clause) ?? (isWholeName(c, clause, text) ? 'whole' : null);
    if (why !== null) sure.set(c, why);
  }
  for (let k = 1; k < candidates.length; k += 1) {
    const [a, b] = [candidates[k - 1]!, candidates[k]!];
    if (b.first !== a.last + 1 || !LIST_WORDS.has(clause[a.last]?.word ?? '')) continue;
    if (sure.has(a) || sure.has(b) || (a.known && b.known)) {
      if (!sure.has(a)) sure.set(a, 'list');
      if (!sure.has(b)) sure.set(b, 'list');
    }
  }
  return sure;
}

/** Name-shaped runs of tokens: a tagged word, a surname split from its given name, joined runs. */
function candidatesIn(clause: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < clause.length; ) {
    const c = candidateAt(clause, k);
    if (c === null) {
      k += 1;
      continue;
    }
    out.push(c);
    k = c.last;
  }
  return out;
}

function candidateAt(clause: readonly Token[], k: number): Candidate | null {
  const tok = clause[k]!;
  if (!NAME_TAGS.has(tok.tag) || !isHanWord(tok.word)) return null;
  // a name jieba knows that is no Chinese name's shape (若斯潘/nr) is read as a foreign one
  // (three characters or more: jieba tags words such as 安保, 封锁 `nr` too)
  const foreign = isTransliteration(tok.word) && (tok.tag === 'nrt' || tok.word.length >= 3);
  const otherName = !foreign && tok.tag !== 'x' && tok.word.length >= 3 && tok.word.length <= 4 &&
    !isChineseName(tok.word) && !isTitleWord(tok.word);
  if (foreign || otherName) {
    const run = foreignRunAt(clause, k);
    if (run === null || modifiesNoun(run, clause[run.last], isTitleWord)) return null;
    return { ...run, known: tok.tag !== 'x', foreign: true, titled: otherName };
  }
  const single = { first: k, last: k + 1, known: tok.tag !== 'x', foreign: false, parts: 1, dashed: false, titled: false };
  if (isChineseName(tok.word) || isRareWholeName(tok)) return { start: tok.start, end: tok.end, ...single };
  // jieba splits an unknown name: 王/nr 芳/nr, 李铁/nr 辰/ng
  const next = clause[k + 1];
  if (next === undefined || next.start !== tok.end || !isHanWord(next.word)) return null;
  const word = tok.word + next.word;
  if (tok.tag === 'nr' && word.length <= 3 && isChineseName(word) && /^(?:nr|x|ng|a|nz)$/u.test(next.tag)) {
    return { start: tok.start, end: next.end, first: k, last: k + 2, known: false, foreign: false, parts: 1, dashed: false, titled: false };
  }
  return null;
}

/** A whole three-character name word with a surname taken only so (`裘山明/x`, rules/surnames.ts). */
function isRareWholeName(tok: Token): boolean {
  return tok.word.length === 3 && (tok.tag === 'x' || tok.tag === 'nr') && isWholeWordSurname(tok.word[0]) && isNameShape(tok.word, 1);
}

function isChineseName(word: string): boolean {
  return surnameLengths(word, 0).some((len) => isNameShape(word, len));
}

function isHanWord(word: string): boolean {
  for (const ch of word) if (!isHan(ch)) return false;
  return word.length > 0;
}

/**
 * A title before or after, or a verb after. A two-character candidate is a word as often as a
 * name (`白痴`, `夏令`), so after it only a listed follower word of two characters or more
 * counts (`王芳表示`); a longer Chinese name known to jieba takes any verb, preposition or
 * adverb. A foreign run takes a title or a follower word only: jieba tags clubs, brands and
 * cities as names too (`阿森纳对`, `肯德基要`). An honorific after (`王文先生`) is left to the
 * rules of titles.ts, which see the whole phrase.
 */
function contextOf(c: Candidate, clause: readonly Token[]): string | null {
  if (c.parts > 1 && !c.dashed) return 'joined'; // 托马斯·穆勒
  const before = clause[c.first - 1];
  const after = clause[c.last];
  const short = c.end - c.start < 3;
  // `学生夏令会`: a single character glued after a short candidate makes it part of a word
  const glued = short && after !== undefined && after.word.length === 1 && isHanWord(after.word) && !FOLLOWERS.has(after.word);
  // `友人蔡铭/x 哲有/x`: a Chinese name read on into another guessed word has no sure end
  const runsOn = !c.foreign && after !== undefined && after.start === c.end && after.tag === 'x' && isHanWord(after.word) && !FOLLOWERS.has(after.word);
  if (before !== undefined && before.end === c.start && isTitleWord(before.word) && !glued && !runsOn) return 'title-before';
  if (after === undefined || c.titled) return null;
  if (isTitleWord(after.word) && !HONORIFIC_WORDS.has(after.word)) return 'title-after';
  if (short || c.foreign) return after.word.length >= 2 && FOLLOWERS.has(after.word) ? 'follower' : null;
  const last = clause[c.last - 1]?.word ?? '';
  return c.known && STRONG_AFTER_TAGS.has(after.tag) && !PLACE_TAILS.has(last[last.length - 1] ?? '') ? 'verb' : null;
}

/**
 * A surname and a two-character given name that jieba keeps whole as a name or an unknown
 * word (`张金柱/x`, `黄卫平/nr`) is a name without further context: such three-character words
 * are rarely anything else once places (`石家庄`, `杜鹃山`), honorifics (`吕先生`) and
 * transliterations are set apart. Shorter candidates are words too often (`白痴`, `金山`).
 */
function isWholeName(c: Candidate, clause: readonly Token[], text: string): boolean {
  if (c.foreign || c.last - c.first !== 1 || c.end - c.start !== 3) return false;
  const word = text.slice(c.start, c.end);
  if ((surnameLengths(word, 0)[0] !== 1 && !isWholeWordSurname(word[0])) || PLACE_TAILS.has(word[2] ?? '')) return false;
  if (text[c.start - 1] === '《' || text[c.end] === '》') return false; // a title of a work: 《白鹿原》
  if (HONORIFIC_WORDS.has(word.slice(1)) || isTitleWord(word.slice(1))) return false;
  const after = clause[c.last];
  if (after === undefined || after.start !== c.end) return true;
  if (HONORIFIC_WORDS.has(after.word)) return false;
  return !modifiesNoun(c, after, isTitleWord) || !headsThing(clause, c.last);
}

/** The nouns from token `k` on end in the head of a thing's name (`领先/n 策略/n 基金/n`). */
function headsThing(clause: readonly Token[], k: number): boolean {
  for (let j = k; j < k + MAX_NOUN_RUN; j += 1) {
    const word = clause[j];
    if (word === undefined || !/^n[stz]?$/u.test(word.tag)) return false;
    if (THING_HEADS.has(word.word[word.word.length - 1] ?? '')) return true;
  }
  return false;
}
