// src/extract/date.ts: dates and times of Chinese news, resolved against the article's date.
//   2024年 -> 2024   2023年度 -> 2023   5月19日 -> 2024-05-19 (XXXX-05-19 with no ref date)
//   今年3月底 -> 2024-03   上半年 -> 2024-01-01/2024-06-30   6月21日至8月31日 -> START/END
//   5月19日上午9时 -> 2024-05-19T09:00   近日, 目前 -> null
// Passes, in order: scan (date/parse.ts, date/words.ts) -> fill listed dates (date/ellipsis.ts)
// -> join ranges (date/range.ts) -> year and month from the paragraph (date/context.ts) ->
// resolve (date/resolve.ts). Rule tables live in rules/date-words.ts. No tokens needed.
import { charTable } from './lib/char-table.js';
import type { DateAtom, RangeAtom } from './date/atom.js';
import { fillFromContext } from './date/context.js';
import { fillListed } from './date/ellipsis.js';
import { parseDateAt } from './date/parse.js';
import { joinRanges } from './date/range.js';
import { formatFields, isTimeOnly, resolveFields } from './date/resolve.js';
import { parseNumericAt, parseSeasonAt, parseWordAt } from './date/words.js';
import {
  DAY_PERIODS,
  FESTIVALS,
  PARTS_OF_YEAR,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  VAGUE_WORDS,
  WEEK_OFFSETS,
} from './rules/date-words.js';
import type { Context, Draft, Extractor, RefDate } from './types.js';

// Characters a date can start with: digits, Chinese numerals, and the first character of every
// table word. Only these positions are tried, so a page is scanned in one pass.
const FIRST_CHARS = new Set([
  ...'0123456789〇零一二两三四五六七八九十',
  ...[RELATIVE_YEARS, RELATIVE_MONTHS, RELATIVE_DAYS, PARTS_OF_YEAR, VAGUE_WORDS, FESTIVALS].flatMap((t) => t.map((e) => e.word[0] ?? '')),
  ...Object.keys(DAY_PERIODS).map((w) => w[0] ?? ''),
  ...Object.keys(WEEK_OFFSETS),
]);
/** FIRST_CHARS by code unit (all are single BMP characters): one byte read per position. */
const TRIGGERS = charTable([...FIRST_CHARS].filter((ch) => ch.length === 1));

/** Every date expression of the text, left to right, none overlapping. */
function scanAtoms(text: string): DateAtom[] {
  const atoms: DateAtom[] = [];
  for (let at = 0; at < text.length; at += 1) {
    if (!TRIGGERS[text.charCodeAt(at)]) continue;
    const atom = parseNumericAt(text, at) ?? parseSeasonAt(text, at) ?? parseDateAt(text, at) ?? parseWordAt(text, at);
    if (atom) {
      atoms.push(atom);
      at = Math.max(at, atom.end - 1); // an atom is never empty; never step back
    }
  }
  return atoms;
}

function toDraft(item: DateAtom | RangeAtom, ref: RefDate | null): Draft | null {
  if ('from' in item) {
    const from = formatFields(resolveFields(item.from, ref, 'start'), isTimeOnly(item.from));
    const to = formatFields(resolveFields(item.to, ref, 'end'), isTimeOnly(item.from) && isTimeOnly(item.to));
    const value = from !== null && to !== null ? `${from}/${to}` : null;
    return { kind: 'date', type: 'daterange', start: item.start, end: item.end, value, rule: item.rule };
  }
  const rule = item.labels.join('-');
  if (item.years) return { kind: 'date', type: 'daterange', start: item.start, end: item.end, value: item.years.join('/'), rule: `daterange-${rule}` };
  if (item.vague) return { kind: 'date', type: 'date', start: item.start, end: item.end, value: null, rule: `date-${rule}` };
  const span = item.span;
  if (span?.from && span.to) {
    const from = formatFields(resolveFields(item, ref, 'start'), false);
    const to = formatFields(resolveFields(item, ref, 'end'), false);
    const value = from !== null && to !== null ? `${from}/${to}` : null;
    return { kind: 'date', type: 'daterange', start: item.start, end: item.end, value, rule: `daterange-${rule}` };
  }
  const fields = resolveFields(item, ref);
  if (fields === null && !item.festival) return null; // `2月30日` is no date
  const value = formatFields(fields, isTimeOnly(item));
  return { kind: 'date', type: 'date', start: item.start, end: item.end, value, rule: `date-${rule}` };
}

export const date: Extractor = {
  name: 'date',
  kind: 'date',
  types: ['date', 'daterange'],
  needsTokens: false,
  extract(text, _tokens, ctx: Context): Draft[] {
    const atoms = fillListed(text.text, scanAtoms(text.text));
    const items = fillFromContext(text.text, joinRanges(text.text, atoms), ctx.refDate);
    return items.map((item) => toDraft(item, ctx.refDate)).filter((d): d is Draft => d !== null);
  },
};
