// dictionary: names the user listed with --dict (`齐鲁壹点 organization`, `王小明 nr`). A
// user's word is certain: it is extracted wherever it stands, and on a tie with a name the
// rules found, the user's type wins (src/refine/overlaps.ts). Longest entry first at each
// position; the scan is linear (entries are indexed by their first character).
import type { CleanText, Context, DictionaryEntry, Draft, Extractor } from './types.js';

const cache = new WeakMap<readonly DictionaryEntry[], Map<string, DictionaryEntry[]>>();

function indexOf(entries: readonly DictionaryEntry[]): Map<string, DictionaryEntry[]> {
  let index = cache.get(entries);
  if (index) return index;
  index = new Map();
  for (const e of [...entries].sort((a, b) => b.word.length - a.word.length)) {
    const first = e.word[0] ?? '';
    const list = index.get(first);
    if (list) list.push(e);
    else index.set(first, [e]);
  }
  cache.set(entries, index);
  return index;
}

export const dictionary: Extractor = {
  name: 'dictionary',
  kind: 'entity',
  types: ['person', 'organization', 'location', 'work'],
  needsTokens: false,
  extract(text: CleanText, _tokens, ctx: Context): Draft[] {
    if (!ctx.dictionary?.length) return [];
    const index = indexOf(ctx.dictionary);
    const drafts: Draft[] = [];
    const s = text.text;
    for (let i = 0; i < s.length; i += 1) {
      const hit = index.get(s[i] ?? '')?.find((e) => s.startsWith(e.word, i));
      if (!hit) continue;
      drafts.push({ kind: 'entity', type: hit.type, start: i, end: i + hit.word.length, value: hit.word, rule: 'user-dict' });
      i += hit.word.length - 1;
    }
    return drafts;
  },
};
