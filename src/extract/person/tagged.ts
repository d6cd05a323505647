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
import { FOLLOWERS, HONORIFIC_WORDS, isNameShape, surnameLengths, type Span } from './names.js';
import { isTitleWord, isTransliteration, nameSites } from './cues.js';
import { isHan } from './words.js';

/** jieba's tags for names: dictionary names, their parts, transliterations, HMM guesses. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);
const JOINERS = new Set(['·', '•', '-', '－', '—']);
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
}

export function findTaggedNames(t: CleanText, tokens: ClauseTokens): Span[] {
  const found: Span[] = [];
  const done = new Set<number>();
  for (const site of nameSites(t)) {
    const clause = tokens.tokensAround(site, site + 1);
    const first = clause[0];
    if (first === undefined || done.has(first.start)) continue;
    done.add(first.start);
    for (const c of confirmed(clause)) found.push({ start: c.start, end: c.end });
  }
  return found;
}

/** The confirmed candidates of one clause: each by its own context, then the lists they head. */
function confirmed(clause: readonly Token[]): Candidate[] {
  const candidates = candidatesIn(clause);
  const sure = new Set(candidates.filter((c) => hasContext(c, clause)));
  for (let k = 1; k < candidates.length; k += 1) {
    const [a, b] = [candidates[k - 1]!, candidates[k]!];
    if (b.first !== a.last + 1 || !LIST_WORDS.has(clause[a.last]?.word ?? '')) continue;
    if (sure.has(a) || sure.has(b) || (a.known && b.known)) {
      sure.add(a);
      sure.add(b);
    }
  }
  return candidates.filter((c) => sure.has(c));
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
  if (isTransliteration(tok.word) && (tok.tag === 'nrt' || tok.word.length >= 3)) return joinedForeign(clause, k);
  if (isChineseName(tok.word)) return { start: tok.start, end: tok.end, first: k, last: k + 1, known: tok.tag !== 'x' };
  // jieba splits an unknown name: 王/nr 芳/nr, 李铁/nr 辰/ng
  const next = clause[k + 1];
  if (next === undefined || next.start !== tok.end || !isHanWord(next.word)) return null;
  const word = tok.word + next.word;
  if (tok.tag === 'nr' && word.length <= 3 && isChineseName(word) && /^(?:nr|x|ng|a|nz)$/u.test(next.tag)) {
    return { start: tok.start, end: next.end, first: k, last: k + 2, known: false };
  }
  return null;
}

/** A transliterated name and the runs `·`/`-` joins to it: 托马斯·穆勒, 安东尼-迈尔斯. */
function joinedForeign(clause: readonly Token[], k: number): Candidate {
  let last = k + 1;
  while (JOINERS.has(clause[last]?.word ?? '') && isForeignPart(clause[last + 1])) last += 2;
  return { start: clause[k]!.start, end: clause[last - 1]!.end, first: k, last, known: clause[k]!.tag !== 'x' };
}

function isForeignPart(tok: Token | undefined): boolean {
  return tok !== undefined && isHanWord(tok.word) && isTransliteration(tok.word);
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
 * counts (`王芳表示`); a longer one known to jieba takes any verb, preposition or adverb.
 * An honorific after (`王文先生`) is left to the rules of titles.ts, which see the whole phrase.
 */
function hasContext(c: Candidate, clause: readonly Token[]): boolean {
  if (c.last - c.first > 2) return true; // runs joined by `·`/`-`: 托马斯·穆勒
  const before = clause[c.first - 1];
  const after = clause[c.last];
  const short = c.end - c.start < 3;
  // `学生夏令会`: a single character glued after a short candidate makes it part of a word
  const glued = short && after !== undefined && after.word.length === 1 && isHanWord(after.word) && !FOLLOWERS.has(after.word);
  if (before !== undefined && before.end === c.start && isTitleWord(before.word) && !glued) return true;
  if (after === undefined) return false;
  if (isTitleWord(after.word) && !HONORIFIC_WORDS.has(after.word)) return true;
  if (short) return after.word.length >= 2 && FOLLOWERS.has(after.word);
  return c.known && STRONG_AFTER_TAGS.has(after.tag);
}
