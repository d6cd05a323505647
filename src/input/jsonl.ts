// `--input jsonl`: one document per line, `{"id": ..., "text": ..., "ref_date"?: "YYYY-MM-DD"}`,
// so zhnews runs as the mapper of a distributed engine (Hadoop Streaming, Spark's RDD.pipe).
// Records get `doc` = id. A bad line is one failure (`path:LINE`), and the next line goes on.
// --ref-date, when given, wins over a line's ref_date. Lines are read as a stream (JSON Lines
// is UTF-8) and handed on in batches, so input of any size runs in flat memory.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ZhnewsError } from '../errors.js';
import { extractText, type ExtractOptions } from '../document.js';
import type { DocumentRecord } from '../record.js';

/** Lines per batch handed to a worker: big enough to amortize the hand-over, small enough to stream. */
const BATCH_CHARS = 256 * 1024;

export interface LineBatch {
  readonly firstLine: number;
  readonly lines: string[];
}

/** Reads a file or stdin (`-`) line by line, in batches. I/O errors are thrown as ZhnewsError by the caller. */
export async function* lineBatches(path: string, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<LineBatch> {
  const input = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8' });
  const rl = createInterface({ input, crlfDelay: Infinity });
  let batch: string[] = [];
  let size = 0;
  let firstLine = 1;
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo += 1;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
    batch.push(line);
    size += line.length;
    if (size >= BATCH_CHARS) {
      yield { firstLine, lines: batch };
      batch = [];
      size = 0;
      firstLine = lineNo + 1;
    }
  }
  if (batch.length) yield { firstLine, lines: batch };
}

/** One line to one document; throws ZhnewsError E_INPUT_LINE for a line that is not a document. */
export function lineDocument(line: string, where: string, base: ExtractOptions): DocumentRecord {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    throw new ZhnewsError('E_INPUT_LINE', 'not a JSON object', where);
  }
  const r = record as { id?: unknown; text?: unknown; ref_date?: unknown } | null;
  if (!r || typeof r !== 'object' || (typeof r.id !== 'string' && typeof r.id !== 'number') || typeof r.text !== 'string') {
    throw new ZhnewsError('E_INPUT_LINE', 'wants {"id": string|number, "text": string, "ref_date"?: "YYYY-MM-DD"}', where);
  }
  const lineRef = typeof r.ref_date === 'string' ? r.ref_date : null;
  let doc: DocumentRecord;
  try {
    doc = extractText(r.text, { ...base, doc: String(r.id), refDate: base.refDate ?? lineRef });
  } catch (err) {
    if (err instanceof ZhnewsError && err.code === 'E_USAGE') throw new ZhnewsError('E_INPUT_LINE', err.message.replace('--ref-date', 'ref_date'), where);
    throw err;
  }
  return !base.refDate && lineRef ? { ...doc, ref_date_source: 'input' } : doc;
}
