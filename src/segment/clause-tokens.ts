// Tokens on demand: an extractor asks for the words around a span, and only the clause that
// holds it is segmented, once. Most of a news text never needs jieba (a number, a date, a
// title-announced name are found without it), so the segmenter's cost follows the candidates a
// rule wants to confirm or veto, not the length of the text; and jieba is loaded only on the
// first ask, so `--types money,date` never loads it.
import type { ClauseTokens, CleanText, Token } from '../types.js';
import type { SegmenterOptions } from './jieba.js';
import { isHighSurrogate, tokenize } from './tokens.js';

/** A clause ends at these marks; a longer run without one is segmented in pieces of this size. */
const CLAUSE_END = new Set([...'。！？!?；;，,、：:\n'].map((c) => c.charCodeAt(0)));
const MAX_PIECE = 256;

/** Builds the lazy segmenter of one cleaned text. */
export function clauseTokens(clean: CleanText, options: SegmenterOptions = {}): ClauseTokens {
  const text = clean.text;
  let bounds: number[] | null = null;
  const cache = new Map<number, Token[]>();
  let segmented = 0;

  /** Index of the piece that holds `pos`: pieces are cut once, at clause ends and every MAX_PIECE. */
  const pieceIndex = (pos: number): number => {
    bounds ??= pieceBounds(text);
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((bounds[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const piece = (pos: number): Token[] => {
    const i = pieceIndex(pos);
    const hit = cache.get(i);
    if (hit) return hit;
    const from = bounds?.[i] ?? 0;
    const to = bounds?.[i + 1] ?? text.length;
    const tokens = tokenize(text, options, from, to);
    segmented += to - from;
    cache.set(i, tokens);
    return tokens;
  };

  const tokenAt = (pos: number): Token | null => {
    if (pos < 0 || pos >= text.length) return null;
    const tokens = piece(pos);
    // the last token that starts at or before pos (tokens are in order and do not overlap)
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((tokens[mid]?.start ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    const t = tokens[lo];
    return t && t.start <= pos && pos < t.end ? t : null;
  };

  return {
    tokensAround(start, end) {
      const out: Token[] = [];
      const last = Math.min(Math.max(end, start + 1), text.length);
      for (let pos = Math.max(0, start); pos < last; ) {
        const tokens = piece(pos);
        for (const t of tokens) out.push(t);
        pos = bounds?.[pieceIndex(pos) + 1] ?? text.length;
      }
      return out;
    },
    tokenAt,
    cutsWord(pos) {
      const t = tokenAt(pos);
      return t !== null && t.start < pos;
    },
    get segmented() {
      return segmented;
    },
  };
}

/** Piece starts: after every clause end, and every MAX_PIECE code units inside a long clause. */
function pieceBounds(text: string): number[] {
  const bounds = [0];
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const end = CLAUSE_END.has(text.charCodeAt(i));
    const tooLong = i + 1 - from >= MAX_PIECE && !isHighSurrogate(text.charCodeAt(i));
    if ((end || tooLong) && i + 1 < text.length) {
      bounds.push(i + 1);
      from = i + 1;
    }
  }
  return bounds;
}
