// The `context` of a mention: the sentence it stands in, from the cleaned text (no line
// breaks) in its original characters. Sentence ends are found once per document and each
// mention looks its sentence up by binary search, so a page of one endless line costs no more
// than a page of short sentences. A sentence longer than MAX_CONTEXT is cut around the mention.
import type { CleanText } from './types.js';

const SENTENCE_END = /[。！？!?；;\n]/gu;
const MAX_CONTEXT = 200;

export class Sentences {
  private readonly ends: number[];
  private readonly clean: CleanText;

  constructor(clean: CleanText) {
    this.clean = clean;
    this.ends = [];
    for (const m of clean.text.matchAll(SENTENCE_END)) this.ends.push(m.index + 1);
    this.ends.push(clean.text.length);
  }

  /** The sentence around cleaned [start, end). */
  contextOf(start: number, end: number): string {
    const from = this.sentenceStart(start);
    let to = this.ends[this.firstEndAtOrAfter(Math.max(end, from + 1))] ?? this.clean.text.length;
    let lo = from;
    if (to - lo > MAX_CONTEXT) {
      lo = Math.max(from, start - MAX_CONTEXT / 2);
      to = Math.min(to, Math.max(end, lo) + MAX_CONTEXT / 2);
    }
    return this.clean.display.slice(lo, to).replace(/\s+/gu, ' ').trim();
  }

  private sentenceStart(start: number): number {
    const i = this.firstEndAtOrAfter(start + 1);
    return i > 0 ? (this.ends[i - 1] ?? 0) : 0;
  }

  /** Index of the first sentence end >= pos. */
  private firstEndAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
