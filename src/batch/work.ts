// One unit of batch work and its result, as plain data: the same function runs in the main
// thread (--jobs 1, or a single input) and in a worker thread, and nothing that crosses the
// thread boundary is a class instance (errors travel as {where, code, message}).
import { ZhnewsError } from '../errors.js';
import { extractBytes, type ExtractOptions } from '../index.js';
import { lineDocument } from '../input/jsonl.js';
import type { DocumentRecord } from '../record.js';
import { jsonlWriter } from '../output/formats.js';
import { csvWriter } from '../output/csv.js';

/** Options that survive structured cloning into a worker. */
export interface WorkOptions {
  readonly refDate: string | null;
  readonly types: readonly string[] | null;
  readonly explain: boolean;
  readonly withText: boolean;
  readonly dicts: readonly string[];
  readonly strict: boolean;
  /**
   * When set, a worker renders each document itself (jsonl or csv rows need no writer state)
   * and hands back text and counts, not records: the main thread then only writes, instead of
   * receiving every record by structured clone and serializing it again.
   */
  readonly render?: 'jsonl' | 'csv' | null;
}

export type WorkItem =
  | { readonly kind: 'bytes'; readonly path: string; readonly bytes: Uint8Array }
  | { readonly kind: 'lines'; readonly path: string; readonly firstLine: number; readonly lines: readonly string[] };

export interface Failure {
  readonly where: string;
  readonly code: string;
  readonly message: string;
}

/** Mentions per kind, for the summary. */
export type KindCounts = { entity: number; date: number; quantity: number };

/** Documents (or their rendered text) and failures of one item, in input order. */
export type Outcome = { readonly doc: DocumentRecord } | { readonly rendered: string; readonly kinds: KindCounts } | { readonly failure: Failure };

export function runItem(item: WorkItem, options: WorkOptions): Outcome[] {
  const base: ExtractOptions = { ...options };
  if (item.kind === 'bytes') return [attempt(item.path, () => extractBytes(item.bytes, { ...base, doc: item.path }), options.render)];
  const outcomes: Outcome[] = [];
  item.lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${item.path}:${item.firstLine + i}`;
    outcomes.push(attempt(where, () => lineDocument(line, where, base), options.render));
  });
  return outcomes;
}

function attempt(where: string, run: () => DocumentRecord, render?: WorkOptions['render']): Outcome {
  try {
    const doc = run();
    return render ? renderDocument(doc, render) : { doc };
  } catch (err) {
    if (err instanceof ZhnewsError) return { failure: { where, code: err.code, message: err.message } };
    // A bug of ours must not stop the batch either; say it plainly so it can be reported.
    return { failure: { where, code: 'E_INTERNAL', message: `internal error: ${err instanceof Error ? err.message : String(err)}` } };
  }
}

function renderDocument(doc: DocumentRecord, format: 'jsonl' | 'csv'): Outcome {
  const writer = format === 'jsonl' ? jsonlWriter() : csvWriter({ bom: false });
  const out = writer.document(doc);
  const kinds: KindCounts = { entity: 0, date: 0, quantity: 0 };
  for (const m of doc.mentions) kinds[m.kind] += 1;
  return { rendered: typeof out === 'string' ? out : [...out].join(''), kinds };
}
