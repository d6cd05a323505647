// src/extract/person.ts: people named in news text, from context that makes a name certain.
//   bylines            记者 史安琪 / 编辑：于海震 于梅君 组版：侯波 / 史安琪 济南报道 / (马璇)
//   titles             局长李明表示 / 李明局长 / 市民张先生 / 候选对象王勇获评 / 市领导王文文、李艳斐
//   speakers           “……。”王勇说 / 。王丽娟告诉记者 / 据李建国介绍 (three characters or more)
//   lists              王芳、赵强 beside a name found so (`局长李明、王芳与赵强`)
//   doctrines          邓小平理论 / 毛泽东思想 / 马克思主义 (the holder of a doctrine)
//   repeats            a name found so elsewhere in the same text
// A name is a surname (rules/surnames.ts) and one or two given-name characters that are not a
// common word (rules/person-stopwords.ts: `纳凉`, `高速`, `文明`), or a run of transliteration
// characters. jieba's tags (person/tagged.ts) propose further names only in the clauses a cheap
// test marks (person/cues.ts), and a tag alone confirms little: a title, a follower word, a
// list or a whole three-character name must back it, and places and nouns glued after veto it.
import type { ClauseTokens, CleanText, Draft, Extractor } from './types.js';
import { findAuthorLines, findClosingNames, findRoleBylines, findSlashCredits, type BylineName } from './person/byline.js';
import { findTitlesAfter, findTitlesBefore } from './person/titles.js';
import { findRepeats } from './person/repeat.js';
import { findOpeningSpeakers, findQuotedSpeakers } from './person/speech.js';
import { findTaggedNames } from './person/tagged.js';
import { findJoinedForeignNames, type ForeignName } from './person/foreign.js';
import { findForeignInContext } from './person/foreign-context.js';
import { findJapaneseNames } from './person/japanese.js';
import { findLatinNames } from './person/latin.js';
import { findListedNames } from './person/lists.js';
import { findDoctrineHolders } from './person/doctrine.js';
import { findOpeningNames } from './person/opening.js';

/**
 * Keeps spans in the given order of trust, dropping any that overlaps one already kept.
 * Names are a few characters long, so marking the characters taken is linear.
 */
function keepFirst<T extends { start: number; end: number }>(spans: readonly T[], length: number): T[] {
  const taken = new Uint8Array(length);
  const kept: T[] = [];
  for (const span of spans) {
    if (taken.subarray(span.start, span.end).includes(1)) continue;
    taken.fill(1, span.start, span.end);
    kept.push(span);
  }
  return kept;
}

function toDraft(t: CleanText, name: BylineName): Draft {
  return {
    kind: 'entity',
    type: 'person',
    start: name.start,
    end: name.end,
    value: t.text.slice(name.start, name.end),
    ...(name.role === undefined ? {} : { role: name.role }),
    rule: name.rule,
  };
}

export function extractPeople(t: CleanText, tokens?: ClauseTokens): Draft[] {
  const foreign: ForeignName[] = [...findJoinedForeignNames(t, tokens), ...findJapaneseNames(t)];
  const joined = foreign.map((s) => ({ start: s.start, end: s.end, rule: s.rule ?? 'person-foreign-joined' }));
  const tagged = tokens === undefined ? [] : findTaggedNames(t, tokens).map((s) => ({ start: s.start, end: s.end, rule: `person-tagged-${s.why}` }));
  const wholeForeign = tagged.filter((s) => s.rule === 'person-tagged-joined');
  const certain = keepFirst<BylineName>([
    ...wholeForeign,
    ...joined,
    ...findRoleBylines(t),
    ...findAuthorLines(t),
    ...findClosingNames(t),
    ...findSlashCredits(t),
    ...findForeignInContext(t, tokens),
    ...findLatinNames(t),
    ...findTitlesBefore(t, tokens),
    ...findTitlesAfter(t, tokens),
    ...findQuotedSpeakers(t).map((s) => ({ ...s, rule: 'speaker-after-quote' })),
    ...findOpeningSpeakers(t).map((s) => ({ ...s, rule: 'speaker-opening' })),
    ...(tokens === undefined ? [] : findDoctrineHolders(t, tokens)),
  ], t.text.length);
  const opening = tokens === undefined ? [] : findOpeningNames(t, tokens).map((s) => ({ ...s, rule: 'person-opening' }));
  const named = keepFirst<BylineName>([...certain, ...tagged, ...opening], t.text.length);
  const listed = tokens === undefined ? [] : findListedNames(t, named, tokens).map((s) => ({ ...s, rule: 'person-listed' }));
  const found = keepFirst<BylineName>([...named, ...listed], t.text.length);
  // a name taken only for the verb after it is too weak to be looked for everywhere else
  const sources = found.filter((s) => s.rule !== 'person-tagged-verb');
  const repeats = findRepeats(t, [...sources, ...foreign.flatMap((s) => (s.given ? [s.surname, s.given] : [s.surname]))], tokens).map((s) => ({ ...s, rule: 'person-repeat' }));
  return keepFirst<BylineName>([...found, ...repeats], t.text.length)
    .sort((a, b) => a.start - b.start)
    .map((name) => toDraft(t, name));
}

export const person: Extractor = {
  name: 'person',
  kind: 'entity',
  types: ['person'],
  needsTokens: false,
  extract: (text, _tokens, ctx) => extractPeople(text, ctx.tokens),
};
