// Teams the segmenter reads as one word with their place (`古巴队/n`, `智利队/n`): the place
// rule does not see the place inside that word, so the team is read here from the word itself.
// Only positions of `队` ask the segmenter.
import { getGazetteer } from '../place/gazetteer.js';
import type { ClauseTokens } from '../types.js';
import type { OrgSpan } from './org-spans.js';

/** After `队` these make it part of another word: `队员`, `队长`, `队伍`. */
const TEAM_BLOCK = '员长伍列形友部里内';

export function findGluedTeams(text: string, tokens: ClauseTokens | undefined): OrgSpan[] {
  if (!tokens) return [];
  const out: OrgSpan[] = [];
  for (let i = text.indexOf('队'); i > 0; i = text.indexOf('队', i + 1)) {
    if (TEAM_BLOCK.includes(text[i + 1] ?? '')) continue;
    const word = tokens.tokenAt(i);
    if (!word || word.end !== i + 1 || word.start >= i) continue;
    if (getGazetteer().entries.has(text.slice(word.start, i))) out.push({ start: word.start, end: i + 1, rule: 'org-team-word' });
  }
  return out;
}
