// The speaker after a quotation: `“……。”王勇说。`, `"……,"李艳斐表示`. A closing quote, a name
// and a speech verb (rules/person-roles.ts SPEECH_VERBS) leave no other reading: `”高度评价`
// has no verb after a name, and `高度` is a listed word anyway.
import type { CleanText } from '../types.js';
import { SPEECH_VERBS } from '../rules/person-roles.js';
import { isGivenWord, nameEnds, surnameLengths, type Span } from './names.js';
import { mayStartName } from './context.js';
import { indexWords } from './words.js';

const VERBS = indexWords(SPEECH_VERBS);

export function findQuotedSpeakers(t: CleanText): Span[] {
  const found: Span[] = [];
  for (const quote of t.text.matchAll(/[”"」』]/gu)) {
    const i = quote.index;
    const end = nameEnds(t.text, i + 1, i + 5).find((e) => VERBS.at(t.text, e) !== null);
    if (end !== undefined) found.push({ start: i + 1, end });
  }
  return found;
}

/**
 * A full name that opens a clause and speaks: `。王丽娟告诉记者`, `，刘晓燕坦言`, `据李建国介绍`,
 * `家住历下区的王丽娟说`. Only a name of three characters or more (a surname and a two-character
 * given name, or a compound surname): a two-character run before `表示` is a word as often as a
 * name (`方面表示`, `车主表示`), so it needs a title or a quotation to be taken.
 */
export function findOpeningSpeakers(t: CleanText): Span[] {
  const found: Span[] = [];
  for (let hit = VERBS.next(t.text, 0); hit !== null; hit = VERBS.next(t.text, hit.index + hit.word.length)) {
    const v = hit.index;
    for (const start of [v - 4, v - 3]) {
      if (start < 0) continue;
      const surname = surnameLengths(t.text, start)[0];
      if (surname === undefined || v - start - surname < (surname === 2 ? 1 : 2)) continue;
      if (!nameEnds(t.text, start, v).includes(v) || isGivenWord(t, start, v)) continue;
      if (!mayStartName(t, start, false)) continue;
      found.push({ start, end: v });
      break;
    }
  }
  return found;
}
