// src/extract/organization.ts: named bodies: `济南市民政局`, `省民政厅`, `济宁市第一救助管理站`,
// `山东大学党委`, `安心微基金`, `中国人民银行济南分行`. The span runs from the place or prefix
// that opens the name to its last suffix, as written. Generic references without a name
// (`该局`, `市政府`) are left out, but a Party committee named by its level is kept (`市委`); titles in 《》 are works, dropped later by refine.
import { dropOverlaps, findAnchoredOrgs, findNamedOrgs, findNationalOrgs } from './org/org-spans.js';
import { endsNonNameWord, settleNameStart } from './org/org-edge.js';
import { settleBusinessName } from './org/org-business.js';
import { findGluedTeams } from './org/org-teams.js';
import { findMediaOrgs } from './org/org-media.js';
import { findGenericBodies } from './org/org-generic.js';
import { vetoCutOrgs } from './org/org-veto.js';
import { settledPlaces } from './place/word-veto.js';
import { ORG_SUFFIXES } from './rules/org-suffixes.js';
import type { ClauseTokens, CleanText, Context, Draft, Extractor } from './types.js';

export const organization: Extractor = {
  name: 'organization',
  kind: 'entity',
  types: ['organization'],
  needsTokens: false,
  // Suffixes kept whole by jieba, for extractors that ask for tokens.
  jiebaWords: () => ORG_SUFFIXES.filter((s) => s.word.length > 1).map((s) => `${s.word} n`),
  extract(text: CleanText, _tokens, ctx: Context): Draft[] {
    const places = settledPlaces(text.text, ctx.tokens);
    const placeAt = new Map(places.map((p) => [`${p.start}:${p.end}`, p.rank]));
    const placeRank = (start: number, end: number): number | null => placeAt.get(`${start}:${end}`) ?? null;
    const anchored = [
      ...findAnchoredOrgs(text.text, places),
      ...findNationalOrgs(text.text),
      ...findGluedTeams(text.text, ctx.tokens),
      ...findMediaOrgs(text.text, text.softBreak, places, ctx.tokens),
      ...findGenericBodies(text.text),
    ];
    const named = findNamedOrgs(text.text, anchored, (start, suffixStart, end, row) =>
      row.business
        ? settleBusinessName(text.text, start, suffixStart, end, ctx.tokens, placeRank, row)
        : settleNameStart(text.text, start, suffixStart, end, ctx.tokens, row.word),
      ctx.tokens ? (i) => endsNonNameWord(ctx.tokens as ClauseTokens, i) : null,
    );
    return dropOverlaps(vetoCutOrgs(text.text, [...anchored, ...named], ctx.tokens)).map((o) => ({
      kind: 'entity',
      type: 'organization',
      start: o.start,
      end: o.end,
      value: text.text.slice(o.start, o.end),
      rule: o.rule,
    }));
  },
};
