// pretty: for a person at a terminal. Per document, a one-line header (name, title, reference
// date and where it came from, counts), then the mentions grouped by kind, one line each: type,
// the mention, its value and unit in aligned columns, and the mention marked inside a window
// of about 20 characters of the text either side, cut to the terminal's width (CJK characters
// count two columns). The window comes from the document's text at the mention's offsets
// (the CLI asks for the text in this format), so two 济南 in one sentence show where each
// stands. Every piece of input text has its control characters escaped (terminal.ts).
import { Chalk, type ChalkInstance } from 'chalk';
import type { DocumentRecord, Mention } from '../record.js';
import type { Writer } from './formats.js';
import { displayWidth, escapeControls, fitColumns, fitColumnsFromEnd, padColumns } from './terminal.js';

const KIND_TITLES = { entity: 'Entities', date: 'Dates', quantity: 'Quantities' } as const;
const KIND_NOUNS = { entity: ['entity', 'entities'], date: ['date', 'dates'], quantity: ['quantity', 'quantities'] } as const;
/** Characters of text shown on each side of a mention. */
const WINDOW = 20;
/** The longest type name, `organization`. */
const TYPE_WIDTH = 12;
/** Widest each cell may grow (type, mention, value, unit, the rest), in terminal columns: a date range's value is 21. */
const MAX_CELLS = [TYPE_WIDTH, 18, 22, 8, 20];
/** Narrowest a cell is made on a narrow terminal. */
const MIN_CELL = 6;
/** Columns kept for the window when the terminal is narrow. */
const WINDOW_ROOM = 34;
const INDENT = '  ';
/** A blank line (a paragraph end) inside a window shows as ¶, so a headline and the lead read apart. */
const PARAGRAPH_BREAK = /[^\S\n]*\n[^\S\n]*(?:\r?\n[^\S\n]*)+/gu;
/** White space between two CJK characters is a line break or a typesetting gap inside a word. */
const CJK_GAP = /(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/gu;

export function prettyWriter(options: { color: boolean; columns: number }): Writer {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  return {
    begin: () => '',
    document: (doc) => `${renderDocument(doc, c, Math.max(40, options.columns)).join('\n')}\n\n`,
    end: () => '',
  };
}

function renderDocument(doc: DocumentRecord, c: ChalkInstance, columns: number): string[] {
  const chars = doc.text === undefined ? null : Array.from(doc.text);
  const lines = [header(doc, c, columns)];
  for (const kind of ['entity', 'date', 'quantity'] as const) {
    const ms = doc.mentions.filter((m) => m.kind === kind);
    if (ms.length === 0) continue;
    lines.push(`${INDENT}${c.bold(KIND_TITLES[kind])} ${c.dim(`(${ms.length}: ${typeCounts(ms)})`)}`);
    lines.push(...mentionLines(ms, chars, c, columns));
  }
  return lines;
}

function header(doc: DocumentRecord, c: ChalkInstance, columns: number): string {
  const counts = (['entity', 'date', 'quantity'] as const)
    .map((kind) => plural(doc.mentions.filter((m) => m.kind === kind).length, KIND_NOUNS[kind]))
    .join(', ');
  const ref = doc.ref_date ? `ref ${doc.ref_date} (${doc.ref_date_source})` : 'ref date unknown';
  const name = escapeControls(doc.doc);
  const rest = [doc.title ? `《${escapeControls(doc.title)}》` : '', ref, counts].filter(Boolean).join(' · ');
  const room = columns - displayWidth(name) - 2;
  return `${c.bold(name)}  ${c.dim(fitColumns(rest, Math.max(room, 10)))}`;
}

export function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function typeCounts(ms: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
}

/** The cells of a mention's line, before the window: type, text, value, unit, the rest. */
function cells(m: Mention): string[] {
  const text = escapeControls(m.text.replace(/\s+/gu, ''));
  const range = m.value === null && m.min !== undefined ? `${m.min}–${m.max}` : null;
  const value = range ?? (m.value === null ? 'null' : escapeControls(String(m.value)));
  const extras = [
    m.approx ? `(${m.approx})` : '',
    m.subject ? `of ${escapeControls(m.subject)}` : '',
    m.role ? `[${escapeControls(m.role)}]` : '',
    m.rule ? `{${m.rule}}` : '',
  ];
  return [m.type, text, value === text ? '' : value, m.unit ?? '', extras.filter(Boolean).join(' ')];
}

function mentionLines(ms: readonly Mention[], chars: readonly string[] | null, c: ChalkInstance, columns: number): string[] {
  const rows = ms.map(cells);
  const widths = MAX_CELLS.map((most, i) => Math.min(most, Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))));
  widths[0] = TYPE_WIDTH; // the same in every group, so the columns of all kinds line up
  narrowCells(widths, columns - 2 * INDENT.length - WINDOW_ROOM);
  const paint = { entity: c.cyan, date: c.green, quantity: c.yellow } as const;
  return ms.map((m, k) => {
    const row = rows[k] ?? [];
    const fitted = widths.map((w, i) => {
      if (w === 0) return null;
      const cell = fitColumns(row[i] ?? '', w);
      return i === 2 && typeof m.value === 'number' ? ' '.repeat(w - displayWidth(cell)) + cell : padColumns(cell, w); // numbers right-aligned
    });
    const [type, text, value, unit, extra] = fitted;
    const shown = [type, text && paint[m.kind](text), value, unit && c.dim(unit), extra && c.dim(extra)].filter((s): s is string => s !== null);
    const used = 2 * INDENT.length + fitted.reduce((sum, s) => sum + (s === null ? 0 : displayWidth(s) + 2), 0);
    return `${INDENT}${INDENT}${shown.join('  ')}  ${windowOf(m, chars, c, paint[m.kind], columns - used)}`;
  });
}

/**
 * Narrows the widest cell (never the type, never below MIN_CELL) one column at a time until the
 * cells and their gaps fit `budget`: on a narrow terminal the window keeps its room.
 */
function narrowCells(widths: number[], budget: number): void {
  const total = (): number => widths.reduce((sum, w) => sum + (w === 0 ? 0 : w + 2), 0);
  while (total() > budget) {
    let widest = 1;
    for (let i = 2; i < widths.length; i++) if ((widths[i] ?? 0) > (widths[widest] ?? 0)) widest = i;
    if ((widths[widest] ?? 0) <= MIN_CELL) return;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
}

/** The mention in its window of text, marked (colour, else brackets), cut to `room` columns. */
function windowOf(m: Mention, chars: readonly string[] | null, c: ChalkInstance, paint: ChalkInstance, room: number): string {
  const flat = (s: string): string => escapeControls(s.replace(PARAGRAPH_BREAK, ' ¶ ').replace(CJK_GAP, '').replace(/\s+/gu, ' '));
  let left: string;
  let right: string;
  if (chars) {
    left = (m.start > WINDOW ? '…' : '') + flat(chars.slice(Math.max(0, m.start - WINDOW), m.start).join('')).trimStart();
    right = flat(chars.slice(m.end, m.end + WINDOW).join('')).trimEnd() + (m.end + WINDOW < chars.length ? '…' : '');
  } else {
    left = '';
    right = m.context ? ` ${flat(m.context)}` : ""; // no text to cut from: the sentence follows the mention
  }
  const brackets = c.level > 0 ? 0 : 2;
  const mention = fitColumns(flat(m.text.replace(/\s+/gu, '')), Math.max(2, room - brackets));
  const marked = c.level > 0 ? c.bold.underline(paint(mention)) : `[${mention}]`;
  const side = Math.max(0, Math.floor((room - displayWidth(mention) - brackets) / 2));
  return c.dim(fitColumnsFromEnd(left, side)) + marked + c.dim(fitColumns(right, side));
}
