// One unit of batch work and its result, as plain data: the same function runs in the main
// thread (one input) and in a worker thread, and nothing that crosses the thread boundary is
// a class instance (errors travel as {where, code, message}).
import { closeSync } from 'node:fs';
import { ZhnewsError, fromFsError } from '../errors.js';
import { openRegularSync, readOpenedSync } from '../input/open.js';
import { extractBytes, extractText, extractWindowMentions, preparePagesFor, type ExtractOptions, type TextWindow } from '../document.js';
import { parseLine, type LineBatch } from '../input/jsonl.js';
import type { DocumentRecord } from '../record.js';
import { jsonlWriter, type Writer } from '../output/formats.js';
import type { csvWriter } from '../output/csv.js';

/** csv-stringify is loaded only where rows are rendered as CSV: the worker passes its writer in. */
export type CsvWriterOf = typeof csvWriter;

/** Options that survive structured cloning into a worker. */
export interface WorkOptions {
  readonly refDate: string | null;
  readonly types: readonly string[] | null;
  readonly explain: boolean;
  readonly withText: boolean;
  readonly dicts: readonly string[];
  readonly strict: boolean;
  /** `none`: mentions carry no `context` (--context none). */
  readonly context?: 'sentence' | 'none';
  /**
   * When set, a worker renders each document itself (jsonl or csv rows need no writer state)
   * and hands back UTF-8 bytes and counts, not records: the main thread then only writes,
   * instead of receiving every record by structured clone and serializing it again.
   */
  readonly render?: 'jsonl' | 'csv' | null;
  /**
   * Files larger than this many bytes are not extracted here: the item answers `{ stream }`
   * and the main thread streams the document window by window, so its records are never all
   * in memory at once. Null: every file is extracted whole.
   */
  readonly streamAbove?: number | null;
}

/**
 * A file is named, not read, by the thread that lists it: the thread that extracts it reads it
 * (no copy of its bytes between threads, and the main thread stays free to write).
 */
export type WorkItem =
  | { readonly kind: 'files'; readonly paths: readonly string[] }
  | { readonly kind: 'bytes'; readonly path: string; readonly bytes: Uint8Array }
  | ({ readonly kind: 'lines'; readonly path: string } & LineBatch)
  /** One window of a large document (src/batch/windows.ts): its mentions, rendered. */
  | { readonly kind: 'window'; readonly path: string; readonly window: TextWindow };

export interface Failure {
  readonly where: string;
  readonly code: string;
  readonly message: string;
}

/** Mentions per kind, for the summary. */
export type KindCounts = { entity: number; date: number; quantity: number };

/** What became of one document (or one file of a `files` item), in input order. */
export type Outcome =
  | { readonly doc: DocumentRecord; readonly bytes: number }
  /** Rendered jsonl or csv text; a worker hands it over as UTF-8 bytes (worker.ts). */
  | { readonly rendered: string | Uint8Array; readonly kinds: KindCounts; readonly bytes: number; readonly warned?: { readonly doc: string; readonly warnings: readonly string[] } }
  | { readonly failure: Failure; readonly bytes: number }
  /** A file over `streamAbove`: left for the main thread to stream. */
  | { readonly stream: string };

/**
 * `csv` renders rows when options.render is `csv` (a worker's; the main thread renders none).
 * Async only to load the news-page reader on the first page (src/document.ts preparePagesFor).
 */
export async function runItem(item: WorkItem, options: WorkOptions, csv: CsvWriterOf | null = null): Promise<Outcome[]> {
  const base: ExtractOptions = { ...options };
  const render = rowWriter(options.render, csv);
  if (item.kind === 'files') {
    const outcomes: Outcome[] = [];
    for (const path of item.paths) outcomes.push(await runFile(path, base, options.streamAbove, render));
    return outcomes;
  }
  if (item.kind === 'window') return [runWindow(item.path, item.window, base, render ?? jsonlWriter)];
  if (item.kind === 'bytes') {
    await preparePagesFor(item.bytes, item.path);
    return [attempt(item.path, item.bytes.length, () => extractBytes(item.bytes, { ...base, doc: item.path }), render)];
  }
  const outcomes: Outcome[] = [];
  const unreadable = new Map(item.unreadable?.map((u) => [u.index, u]));
  item.lines.forEach((line, i) => {
    const where = `${item.path}:${item.firstLine + i}`;
    const fault = unreadable.get(i);
    if (fault) outcomes.push({ failure: { where, code: fault.code, message: fault.message }, bytes: 0 });
    else if (line.trim()) outcomes.push(attempt(where, Buffer.byteLength(line) + 1, () => extractLine(line, where, base), render));
  });
  return outcomes;
}

/** A fresh row writer per document (jsonl and csv rows need no state between documents); null: records are handed back. */
type RowWriter = () => Writer;

function rowWriter(render: WorkOptions['render'], csv: CsvWriterOf | null): RowWriter | null {
  if (render === 'jsonl') return jsonlWriter;
  if (render !== 'csv') return null;
  if (!csv) throw new Error('csv rows asked for without a csv writer');
  return () => csv({ bom: false });
}

function runWindow(path: string, window: TextWindow, base: ExtractOptions, render: RowWriter): Outcome {
  let mentions;
  try {
    mentions = extractWindowMentions(window, { ...base, doc: path });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { failure: { where: path, code: err instanceof ZhnewsError ? err.code : 'E_INTERNAL', message: `stopped after partial output: ${message}` }, bytes: 0 };
  }
  const kinds: KindCounts = { entity: 0, date: 0, quantity: 0 };
  for (const m of mentions) kinds[m.kind] += 1;
  const out = render().parts!({ doc: path, title: null, ref_date: null, ref_date_source: 'none', encoding: '', mentions: [] }, [mentions]);
  return { rendered: [...out].join(''), kinds, bytes: 0 };
}

/** One JSON Lines document: its id as `doc`; --ref-date, when given, wins over the line's ref_date. */
function extractLine(line: string, where: string, base: ExtractOptions): DocumentRecord {
  const input = parseLine(line, where);
  let doc: DocumentRecord;
  try {
    doc = extractText(input.text, { ...base, doc: input.id, refDate: base.refDate ?? input.refDate });
  } catch (err) {
    if (err instanceof ZhnewsError && err.code === 'E_USAGE') throw new ZhnewsError('E_INPUT_LINE', err.message.replace('--ref-date', 'ref_date'), where);
    throw err;
  }
  return !base.refDate && input.refDate ? { ...doc, ref_date_source: 'input' } : doc;
}

async function runFile(path: string, base: ExtractOptions, streamAbove: number | null | undefined, render: RowWriter | null): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    // a regular file only, checked on the opened descriptor, and at most one document's size
    const { fd, size } = openRegularSync(path, path);
    if (streamAbove != null && size > streamAbove) {
      closeSync(fd);
      return { stream: path };
    }
    bytes = readOpenedSync(fd, path);
  } catch (err) {
    const e = err instanceof ZhnewsError ? err : fromFsError(err, path);
    return { failure: { where: path, code: e.code, message: e.message }, bytes: 0 };
  }
  await preparePagesFor(bytes, path);
  return attempt(path, bytes.length, () => extractBytes(bytes, { ...base, doc: path }), render);
}

function attempt(where: string, bytes: number, run: () => DocumentRecord, render: RowWriter | null): Outcome {
  try {
    const doc = run();
    return render ? renderDocument(doc, render(), bytes) : { doc, bytes };
  } catch (err) {
    if (err instanceof ZhnewsError) return { failure: { where, code: err.code, message: err.message }, bytes };
    // A bug of ours must not stop the batch either; say it plainly so it can be reported.
    return { failure: { where, code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` }, bytes };
  }
}

function renderDocument(doc: DocumentRecord, writer: Writer, bytes: number): Outcome {
  const out = writer.document(doc);
  const kinds: KindCounts = { entity: 0, date: 0, quantity: 0 };
  for (const m of doc.mentions) kinds[m.kind] += 1;
  return { rendered: typeof out === 'string' ? out : [...out].join(''), kinds, bytes, ...(doc.warnings ? { warned: { doc: doc.doc, warnings: doc.warnings } } : {}) };
}
