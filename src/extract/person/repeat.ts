// A name made certain once (a byline, a title) names the same person wherever else it
// stands as a word: `候选对象王勇获评...王勇表示`. Each further occurrence must still stand
// where a name can start and end (a particle or title before, a follower after), or where the
// segmenter reads no word across its edges, so `王勇` is not found inside `王勇敢`.
import type { ClauseTokens, CleanText } from '../types.js';
import type { Span } from './names.js';
import { mayEndName, mayStartName } from './context.js';

export function findRepeats(t: CleanText, known: readonly Span[], tokens?: ClauseTokens): Span[] {
  const names = new Set(known.map((s) => t.text.slice(s.start, s.end)));
  const found: Span[] = [];
  for (const name of names) {
    for (let at = t.text.indexOf(name); at !== -1; at = t.text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if ((mayStartName(t, at, false) && mayEndName(t, end)) || standsAsWord(at, end, tokens)) found.push({ start: at, end });
    }
  }
  return found;
}

/** The segmenter reads no word across either edge (`应江泽民主席邀请`: 应 | 江泽民 | 主席). */
function standsAsWord(start: number, end: number, tokens: ClauseTokens | undefined): boolean {
  if (tokens === undefined || end - start < 2) return false;
  return !tokens.cutsWord(start) && !tokens.cutsWord(end);
}
