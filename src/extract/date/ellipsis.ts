// Dates in a list leave out what the first one said: `5月19日、20日` is 5月19日 and 5月20日,
// `2023年3月、5月` is March and May of 2023. A day or month standing right after another date
// and a list mark takes the missing year and month from it (range.ts does the same for 至).
import type { DateAtom } from './atom.js';
import { inheritFrom } from './range.js';

/** List marks between two dates of one list: `、`, `和`, `及`, `与`. */
const LIST_MARKS = new Set(['、', '和', '及', '与']);

function isElliptic(atom: DateAtom): boolean {
  const first = atom.labels[0];
  return (first === 'day' && !atom.month) || (first === 'month' && !atom.year);
}

/** Fills elliptic dates of a list from the date before them. */
export function fillListed(text: string, atoms: readonly DateAtom[]): DateAtom[] {
  const out: DateAtom[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, atom.start) : '';
    const listed = prev && LIST_MARKS.has(between) && isElliptic(atom) && !prev.vague && !prev.festival;
    out.push(listed ? inheritFrom(prev, atom) : atom);
  }
  return out;
}
