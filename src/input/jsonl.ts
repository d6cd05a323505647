// `--input jsonl`: one document per line, `{"id": ..., "text": ..., "ref_date"?: "YYYY-MM-DD"}`,
// so zhnews runs as the mapper of a distributed engine (Hadoop Streaming, Spark's RDD.pipe).
// This module reads and parses lines; the caller extracts (src/batch/work.ts). A bad line is
// one failure (`path:LINE`), and the next line goes on. Lines are read as bytes and handed on
// in batches, so input of any size runs in flat memory; each line is strict UTF-8 (JSON Lines
// is UTF-8: a line that is not fails, rather than turning into U+FFFD) and at most one
// document's size (a longer line fails and is skipped without being held).
import { ZhnewsError, type ErrorCode } from '../errors.js';
import { MAX_DOCUMENT_BYTES, openRegular, tooLarge, type FsPath } from './open.js';

/** Characters per batch handed to a worker: big enough to amortize the hand-over, small enough to stream. */
const BATCH_CHARS = 256 * 1024;

export interface LineBatch {
  readonly firstLine: number;
  readonly lines: string[];
  /** Lines that could not be read, by index in `lines` (their text there is empty). */
  readonly unreadable?: { index: number; code: ErrorCode; message: string }[];
}

/** One document of a line: `id` as written in the line (a number keeps all its digits). */
export interface LineDocument {
  readonly id: string;
  readonly text: string;
  readonly refDate: string | null;
}

/** Reads a regular file or stdin (`-`) line by line, in batches. Throws ZhnewsError when the file cannot be opened. */
export async function* lineBatches(path: FsPath, display: string, stdin: NodeJS.ReadableStream = process.stdin, cap: number = MAX_DOCUMENT_BYTES): AsyncGenerator<LineBatch> {
  const handle = path === '-' ? null : await openRegular(path, display);
  const input: AsyncIterable<Buffer | string> = handle ? handle.createReadStream() : stdin;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let batch: string[] = [];
  let unreadable: NonNullable<LineBatch['unreadable']> = [];
  let size = 0;
  let firstLine = 1;
  let lineNo = 0;
  const reader = new LineSplitter(cap);
  const take = (line: Buffer | null): void => {
    lineNo += 1;
    let text = '';
    if (line === null) unreadable.push({ index: batch.length, ...fault(tooLarge('', cap)) });
    else {
      try {
        text = decoder.decode(lineNo === 1 && line[0] === 0xef && line[1] === 0xbb && line[2] === 0xbf ? line.subarray(3) : line);
      } catch {
        unreadable.push({ index: batch.length, code: 'E_DECODE', message: 'not valid UTF-8 (JSON Lines input is UTF-8)' });
      }
    }
    batch.push(text);
    size += text.length;
  };
  for await (const chunk of input) {
    reader.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, take);
    if (size >= BATCH_CHARS) {
      yield unreadable.length ? { firstLine, lines: batch, unreadable } : { firstLine, lines: batch };
      [batch, unreadable, size, firstLine] = [[], [], 0, lineNo + 1];
    }
  }
  reader.end(take);
  if (batch.length) yield unreadable.length ? { firstLine, lines: batch, unreadable } : { firstLine, lines: batch };
}

function fault(err: ZhnewsError): { code: ErrorCode; message: string } {
  return { code: err.code, message: err.message.replace('larger than', 'a line longer than') };
}

/** Splits bytes at `\n` (a `\r` before it dropped); a line over `cap` bytes is given as null. */
class LineSplitter {
  private parts: Buffer[] = [];
  private length = 0;
  private overlong = false;

  constructor(private readonly cap: number) {}

  push(chunk: Buffer, take: (line: Buffer | null) => void): void {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      this.add(chunk.subarray(from, nl));
      this.flush(take);
      from = nl + 1;
    }
    this.add(chunk.subarray(from));
  }

  end(take: (line: Buffer | null) => void): void {
    if (this.length > 0 || this.overlong) this.flush(take);
  }

  private add(bytes: Buffer): void {
    if (this.overlong || bytes.length === 0) return;
    this.length += bytes.length;
    if (this.length > this.cap + 1) {
      this.overlong = true; // keep nothing more of this line
      this.parts = [];
    } else this.parts.push(bytes);
  }

  private flush(take: (line: Buffer | null) => void): void {
    let line: Buffer | null = null;
    if (!this.overlong) {
      line = Buffer.concat(this.parts, this.length);
      if (line[line.length - 1] === 0x0d) line = line.subarray(0, line.length - 1);
      if (line.length > this.cap) line = null;
    }
    take(line);
    this.parts = [];
    this.length = 0;
    this.overlong = false;
  }
}

/** One line to its document; throws ZhnewsError E_INPUT_LINE for a line that is not one. */
export function parseLine(line: string, where: string): LineDocument {
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
  const id = typeof r.id === 'string' ? r.id : (rawNumberMember(line, 'id') ?? String(r.id));
  return { id, text: r.text, refDate: typeof r.ref_date === 'string' ? r.ref_date : null };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The number of a top-level member as written: JSON.parse reads 9007199254740993 as
 * 9007199254740992, and two ids would collide. The last member of that name wins, as in
 * JSON.parse. Strings are skipped whole, so a `"id":` inside a text is never taken.
 */
export function rawNumberMember(line: string, name: string): string | null {
  let depth = 0;
  let found: string | null = null;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') depth -= 1;
    else if (c === '"') {
      const end = stringEnd(line, i);
      const colon = skipSpace(line, end + 1);
      if (depth === 1 && line[colon] === ':' && JSON.parse(line.slice(i, end + 1)) === name) {
        NUMBER.lastIndex = skipSpace(line, colon + 1);
        found = NUMBER.exec(line)?.[0] ?? found;
      }
      i = end;
    }
  }
  return found;
}

/** Index of the quote that closes the string opening at `start`. */
function stringEnd(line: string, start: number): number {
  for (let i = start + 1; i < line.length; i += 1) {
    if (line[i] === '\\') i += 1;
    else if (line[i] === '"') return i;
  }
  return line.length - 1;
}

function skipSpace(line: string, i: number): number {
  while (i < line.length && (line[i] === ' ' || line[i] === '\t' || line[i] === '\r' || line[i] === '\n')) i += 1;
  return i;
}
