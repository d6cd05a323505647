// CSV for spreadsheets: one row per mention, a fixed header, UTF-8, numbers as numbers, and a
// byte-order mark on request (`--bom`) so Excel reads the Chinese as UTF-8.
//
// Formula injection: Excel and LibreOffice run a cell that starts with `=`, `+`, `-`, `@`, a
// tab or a carriage return as a formula. Text cells that start so get a leading apostrophe
// (OWASP's advice), which the spreadsheet shows as text. Number cells (value, min, max, start,
// end) are written as plain numbers and never guarded: `-3` in `value` stays the number -3,
// while the text cell `-3℃` becomes `'-3℃`. JSON and JSON Lines are never altered.
import { stringify } from 'csv-stringify/sync';
import type { DocumentRecord, Mention } from '../record.js';
import { batched, mapFlat, type Writer } from './formats.js';

export const CSV_COLUMNS = ['doc', 'kind', 'type', 'text', 'start', 'end', 'value', 'unit', 'approx', 'subject', 'min', 'max', 'role', 'context', 'rule'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const FORMULA_START = /^[=+\-@\t\r]/u;

/** Guards a text cell against formula injection; numbers pass untouched. */
export function guardCell(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function row(m: Mention): (string | number)[] {
  return CSV_COLUMNS.map((c: Column) => guardCell(m[c]));
}

export function csvWriter(options: { bom: boolean }): Writer {
  return {
    begin: () => (options.bom ? '\uFEFF' : '') + stringify([CSV_COLUMNS as unknown as string[]]),
    document: (doc: DocumentRecord) => batched(doc.mentions.map((m) => stringify([row(m)]))),
    parts: (_head, parts) => batched(mapFlat(parts, (m) => stringify([row(m)]))),
    end: () => '',
  };
}
