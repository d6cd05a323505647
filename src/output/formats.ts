// The output formats. Each writer turns document records into text chunks; write.ts sends
// them to stdout or a file with back-pressure. A writer never holds more than one document.
import type { DocumentRecord, Mention } from '../record.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Output text: one string, or a sequence of pieces for a document too large to hold as one
 * string (a 20 MB page can make 800 MB of JSON Lines, past V8's string limit).
 */
export type Chunks = string | Generator<string>;

/** Calls `write` for each piece, in order, awaiting it (back-pressure). */
export async function writeChunks(chunks: Chunks, write: (s: string) => Promise<void>): Promise<void> {
  if (typeof chunks === 'string') await write(chunks);
  else for (const piece of chunks) await write(piece);
}

/** Joins pieces of at most about 64 KB, so a sink gets few large writes rather than many tiny ones. */
export function* batched(pieces: Iterable<string>, size = 65_536): Generator<string> {
  let buffer = '';
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export interface Writer {
  /** Text to write before the first document. */
  begin(): string;
  /** Text for one document. */
  document(doc: DocumentRecord): Chunks;
  /**
   * Text for one document whose mentions come in parts (a huge text, window by window): the
   * same output as document() would give, without holding every record. Absent for formats
   * that need the whole document at once (pretty, html).
   */
  parts?(head: DocumentRecord, parts: Iterable<readonly Mention[]>): Generator<string>;
  /** Text to write after the last document. */
  end(): string;
}

/** One mention a line, in document order: what score.mjs and `jq` read. */
export function jsonlWriter(): Writer {
  return {
    begin: () => '',
    document: (doc) => batched(doc.mentions.map((m: Mention) => `${JSON.stringify(m)}\n`)),
    parts: (_head, parts) => batched(mapFlat(parts, (m) => `${JSON.stringify(m)}\n`)),
    end: () => '',
  };
}

/** An array of documents, each with its mentions; streamed one document at a time. */
export function jsonWriter(): Writer {
  let first = true;
  return {
    begin: () => '[',
    document: (doc) => {
      const sep = first ? '\n' : ',\n';
      first = false;
      return batched(jsonDocument(sep, doc, doc.mentions));
    },
    parts: (head, parts) => {
      const sep = first ? '\n' : ',\n';
      first = false;
      return batched(jsonDocument(sep, head, mapFlat(parts, (m) => m)));
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}

/** A document as indented JSON, its mentions one at a time. */
function* jsonDocument(sep: string, doc: DocumentRecord, mentions: Iterable<Mention>): Generator<string> {
  const { mentions: _held, ...head } = doc;
  const indent = (json: string, pad: string): string => json.replace(/\n/gu, `\n${pad}`);
  const fields = Object.entries(head).map(([k, v]) => `    ${JSON.stringify(k)}: ${indent(JSON.stringify(v, null, 2), '    ')}`);
  yield `${sep}  {\n${fields.join(',\n')}${fields.length ? ',\n' : ''}    "mentions": [`;
  let i = 0;
  for (const m of mentions) yield `${i++ ? ',' : ''}\n      ${indent(JSON.stringify(m, null, 2), '      ')}`;
  yield i ? '\n    ]\n  }' : ']\n  }';
}

/** Each mention of each part, mapped, lazily. */
export function* mapFlat<T>(parts: Iterable<readonly Mention[]>, f: (m: Mention) => T): Generator<T> {
  for (const part of parts) for (const m of part) yield f(m);
}
