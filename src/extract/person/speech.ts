// The speaker after a quotation: `“……。”王勇说。`, `"……,"李艳斐表示`. A closing quote, a name
// and a speech verb (rules/person-roles.ts SPEECH_VERBS) leave no other reading: `”高度评价`
// has no verb after a name, and `高度` is a listed word anyway.
import type { CleanText } from '../types.js';
import { SPEECH_VERBS } from '../rules/person-roles.js';
import { nameEnds, type Span } from './names.js';
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
