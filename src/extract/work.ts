// work: titles in 《》 — laws, documents, books, newspapers: 《条例》, 《民法典》, 《齐鲁晚报》.
// The value is the title without its brackets, in the original characters (full-width stays
// full-width) with the white space of a broken line removed: 《济宁市文明行为促\n进条例》 ->
// 济宁市文明行为促进条例. A title may hold quotes (《关于高质量推进“清风民政”……方案》) but not
// another 《, a line break that was kept, or a sentence end, and is at most MAX_TITLE long:
// an unclosed 《 yields nothing rather than swallowing the page.
import type { CleanText, Draft, Extractor } from './types.js';

const MAX_TITLE = 80;
const TITLE = new RegExp(`《([^《》\\n。！？]{1,${MAX_TITLE}})》`, 'gu');

export const work: Extractor = {
  name: 'work',
  kind: 'entity',
  types: ['work'],
  needsTokens: false,
  extract(text: CleanText): Draft[] {
    const drafts: Draft[] = [];
    for (const m of text.text.matchAll(TITLE)) {
      const start = m.index;
      const end = start + m[0].length;
      const value = text.display.slice(start + 1, end - 1).trim();
      if (!value) continue;
      drafts.push({ kind: 'entity', type: 'work', start, end, value, rule: 'work-book-title' });
    }
    return drafts;
  },
};
