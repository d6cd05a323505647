// Foreign names written in Latin letters inside Chinese text: `律师Paul D. Scott`,
// `John Smith先生`. A run of two to four capitalised words or initials (`Paul`, `D.`, `Scott`)
// is a name only beside a title or description before it (the person title table's and those
// of rules/foreign-context.ts) or a title or honorific after it: without one, such a run
// names a firm, a place or a product as often (`Goldman Sachs`, `New York`).
import type { CleanText } from '../types.js';
import { TITLE_WORDS as PERSON_TITLE_WORDS } from '../rules/person-titles.js';
import { FOREIGN_DESCRIPTIONS, FOREIGN_TITLES_AFTER } from '../rules/foreign-context.js';
import type { Span } from './names.js';
import { indexWords } from './words.js';

const TITLES_BEFORE = indexWords([...PERSON_TITLE_WORDS, ...FOREIGN_DESCRIPTIONS.flatMap((r) => r.words), ...FOREIGN_TITLES_AFTER.flatMap((r) => r.words)]);
const TITLES_AFTER = indexWords(FOREIGN_TITLES_AFTER.flatMap((r) => r.words));
/** A capitalised word or an initial, then one to three more, each after a space, a dot or nothing. */
const LATIN_NAME = /(?<![A-Za-z.])[A-Z][a-z]+(?:(?: ?[A-Z]\.| ?[A-Z][a-z]+)){1,3}(?![A-Za-z])/gu;

export function findLatinNames(t: CleanText): (Span & { rule: string })[] {
  const found: (Span & { rule: string })[] = [];
  for (const m of t.text.matchAll(LATIN_NAME)) {
    const start = m.index;
    const end = start + m[0].length;
    if (TITLES_BEFORE.endingAt(t.text, start) !== null) found.push({ start, end, rule: 'person-latin-title-before' });
    else if (TITLES_AFTER.at(t.text, end) !== null) found.push({ start, end, rule: 'person-latin-title-after' });
  }
  return found;
}
