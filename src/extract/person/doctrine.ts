// The person a doctrine is named after: `邓小平理论`, `毛泽东思想`, `马克思主义`. The
// doctrine is no entity, so the name inside it is a person mention of its own. The name is a
// surname and a two-character given name, or a run of three or four transliteration
// characters, and the segmenter must see it as the start of a word: the whole compound as one
// word (`邓小平理论/nr`, `马克思主义/n`), or the name as a name word before the doctrine word
// (`邓小平/nr 理论`). Shorter heads are words of the language (`社会主义`, `资本主义`,
// `马列主义`: an abbreviation of two names), and are left alone.
import type { ClauseTokens, CleanText } from '../types.js';
import { DOCTRINES } from '../rules/person-roles.js';
import { isNameShape, surnameLengths, type Span } from './names.js';
import { isTransliteration } from './cues.js';
import { indexWords } from './words.js';

const DOCTRINE_WORDS = indexWords(DOCTRINES.flatMap((r) => r.words));
const RULE_OF = new Map(DOCTRINES.flatMap((r) => r.words.map((w) => [w, r.id] as const)));
/** jieba's tags for a name word standing before the doctrine word. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);

export interface DoctrineName extends Span {
  rule: string;
}

/** A person's name by shape: 邓小平 (surname + two characters), 凯恩斯 (transliteration). */
function isHolderShape(name: string): boolean {
  if (name.length === 3 && surnameLengths(name, 0).includes(1) && isNameShape(name, 1)) return true;
  return name.length >= 3 && name.length <= 4 && isTransliteration(name);
}

/** The name before the doctrine word at [at, end), as the segmenter reads it, or null. */
function holderBefore(tokens: ClauseTokens, at: number, end: number): Span | null {
  const word = tokens.tokenAt(at - 1);
  if (word === null) return null;
  if (word.end === end && word.start < at) return { start: word.start, end: at }; // 邓小平理论/nr
  if (word.end === at && NAME_TAGS.has(word.tag)) return { start: word.start, end: at }; // 邓小平/nr 理论
  return null;
}

export function findDoctrineHolders(t: CleanText, tokens: ClauseTokens): DoctrineName[] {
  const found: DoctrineName[] = [];
  for (let hit = DOCTRINE_WORDS.next(t.text, 3); hit !== null; hit = DOCTRINE_WORDS.next(t.text, hit.index + 1)) {
    const holder = holderBefore(tokens, hit.index, hit.index + hit.word.length);
    if (holder === null || !isHolderShape(t.text.slice(holder.start, holder.end))) continue;
    found.push({ ...holder, rule: RULE_OF.get(hit.word) ?? 'person-doctrine' });
  }
  return found;
}
