// The one table-built regex of the main quantity parser, and the lookup from a matched unit
// word back to its table row. Shape (named groups):
//
//   [pre approx] [sign] NUMBER [range-sep NUMBER] [mid approx [magnitude]] UNIT [post approx]
//   约            零下   600     -  1000             多          万           元    以上
//
// Each part is an alternation from a rules table; the only repetitions are bounded by the
// number grammar (one magnitude per step), so matching stays linear in the text.
import { APPROX_WORDS, type ApproxRule } from '../rules/approx-words.js';
import { MEASURE_WORDS, type MeasureWordRule } from '../rules/measure-words.js';
import { DURATIONS, UNITS, type DurationRule, type UnitRule } from '../rules/units.js';
import { ANY_NUMBER, CN_NUMERAL_CHARS, NUMBER_LEFT_GUARD } from './number.js';
import { charTable } from '../lib/char-table.js';
import { alternation, startScanner } from './regex-util.js';

export type UnitEntry =
  | { readonly kind: 'measure'; readonly row: UnitRule }
  | { readonly kind: 'duration'; readonly row: DurationRule }
  | { readonly kind: 'count'; readonly row: MeasureWordRule };

/** Range separators: `1-2天`, `3至5万元`, `10～15亿元`. */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '～', '〜', '—', '–', '至', '到'];

function buildUnitIndex(): ReadonlyMap<string, UnitEntry> {
  const index = new Map<string, UnitEntry>();
  const add = (words: readonly string[], entry: UnitEntry): void => {
    for (const w of words) if (!index.has(w)) index.set(w, entry);
  };
  for (const row of UNITS) add(row.words, { kind: 'measure', row });
  for (const row of DURATIONS) add(row.words, { kind: 'duration', row });
  for (const row of MEASURE_WORDS) add(row.words, { kind: 'count', row });
  return index;
}

export const UNIT_INDEX = buildUnitIndex();

function approxWords(position: ApproxRule['position']): string[] {
  return APPROX_WORDS.filter((r) => r.position === position).flatMap((r) => r.words);
}

/** The approx rule for a word at a position (`多` mid is over). */
export function approxRuleOf(word: string, position: ApproxRule['position']): ApproxRule | undefined {
  return APPROX_WORDS.find((r) => r.position === position && r.words.includes(word));
}

/**
 * The characters a quantity can start with: a digit, a numeral, 几/数, the first character of
 * an approx word, a sign.
 */
function firstChars(preWords: readonly string[]): string[] {
  return [...new Set([...'0123456789', ...CN_NUMERAL_CHARS, '几', '数', '-', '−', '负', ...preWords.map((w) => w[0] ?? '')])].filter((c) => c !== '');
}

/**
 * A look-ahead on firstChars: the regex engine then skips every other position at once
 * instead of trying each optional part there.
 */
export function firstCharGuard(preWords: readonly string[]): string {
  return `(?=[${firstChars(preWords).map((c) => (c === '-' ? '\\-' : c)).join('')}])`;
}

/** firstChars as a table by code unit, for startScanner. */
export function firstCharTable(preWords: readonly string[]): Uint8Array {
  return charTable(firstChars(preWords));
}

function buildMainSource(): string {
  const pre = alternation(approxWords('pre'));
  const mid = alternation(approxWords('mid'));
  const post = alternation(approxWords('post'));
  const sep = alternation(RANGE_SEPARATORS);
  const unit = alternation(UNIT_INDEX.keys());
  // a unit that begins with an approx word is the unit, not the word: `100多米尼加比索`
  const midWords = approxWords('mid');
  const unitsLikeMid = [...UNIT_INDEX.keys()].filter((u) => u.length > 1 && midWords.some((w) => u.startsWith(w)));
  const notUnit = unitsLikeMid.length ? `(?!${alternation(unitsLikeMid)})` : '';
  return (
    `${firstCharGuard(approxWords('pre'))}` +
    `(?<pre>${pre})?(?<sign>零下|负|[-−])?${NUMBER_LEFT_GUARD}(?<num>${ANY_NUMBER})` +
    `(?:(?<sep>${sep})(?<num2>${ANY_NUMBER}))?` +
    `(?:${notUnit}(?<mid>${mid})(?<mag>[十百千万萬亿億]*))?` +
    `(?<unit>${unit})(?<post>${post})?`
  );
}

export const MAIN_SOURCE = buildMainSource();

/** The main pattern's matches in a text, left to right (see startScanner). */
export const scanMain = startScanner(MAIN_SOURCE, firstCharTable(approxWords('pre')));
