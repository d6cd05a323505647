// `--input jsonl`: one document per line, `{"id": ..., "text": ..., "ref_date"?: "YYYY-MM-DD"}`,
// so zhnews runs as the mapper of a distributed engine (Hadoop Streaming, Spark's RDD.pipe).
// Records get `doc` = id. A bad line is one failure (`path:LINE`), and the next line goes on.
// --ref-date, when given, wins over a line's ref_date.
import { ZhnewsError } from '../errors.js';
import { extractText, type ExtractOptions } from '../index.js';
import type { DocumentRecord } from '../record.js';
import { decodeBytes } from './decode.js';

export function* jsonlDocuments(
  bytes: Uint8Array,
  path: string,
  base: ExtractOptions,
  fail: (where: string, err: unknown) => void,
): Generator<DocumentRecord | null> {
  let text: string;
  try {
    text = decodeBytes(bytes, path).text;
  } catch (err) {
    fail(path, err);
    return;
  }
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    if (!line.trim()) continue;
    const where = `${path}:${lineNo}`;
    try {
      yield lineDocument(line, where, base);
    } catch (err) {
      if (err instanceof ZhnewsError && err.code === 'E_USAGE' && err.path === null) throw err;
      fail(where, err);
      yield null;
    }
  }
}

function lineDocument(line: string, where: string, base: ExtractOptions): DocumentRecord {
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
