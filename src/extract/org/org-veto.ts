// The segmenter's veto on listed names: a short name from a closed list (`民进`, `工行`, `新浪`)
// whose edge cuts a word jieba is sure of is part of that word, not a mention (`人民|进行`,
// `施工|行为`, `新浪潮`). A Latin name (`CBA`, `NBA`) must stand apart from other letters.
import type { ClauseTokens } from '../types.js';
import type { OrgSpan } from './org-spans.js';

/** Listed names longer than this are not looked at: they seldom hide inside a word. */
const MAX_CHECKED = 3;
const LATIN = /[A-Za-z]/u;

export function vetoCutOrgs(text: string, orgs: readonly OrgSpan[], tokens: ClauseTokens | undefined): OrgSpan[] {
  return orgs.filter((o) => !isCut(text, o, tokens));
}

function isCut(text: string, o: OrgSpan, tokens: ClauseTokens | undefined): boolean {
  if (o.rule !== 'org-known') return false;
  if (LATIN.test(text[o.start] ?? '')) return LATIN.test(text[o.start - 1] ?? '') || LATIN.test(text[o.end] ?? '');
  if (!tokens || o.end - o.start > MAX_CHECKED) return false;
  return tokens.cutsWord(o.start) || tokens.cutsWord(o.end);
}
