// The output formats. Each writer turns document records into text chunks; write.ts sends
// them to stdout or a file with back-pressure. A writer never holds more than one document.
import type { DocumentRecord, Mention } from '../record.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'pretty', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  /** Text to write before the first document. */
  begin(): string;
  /** Text for one document. */
  document(doc: DocumentRecord): string;
  /** Text to write after the last document. */
  end(): string;
}

/** One mention a line, in document order: what score.mjs and `jq` read. */
export function jsonlWriter(): Writer {
  return {
    begin: () => '',
    document: (doc) => doc.mentions.map((m: Mention) => `${JSON.stringify(m)}\n`).join(''),
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
      return sep + JSON.stringify(doc, null, 2).replace(/^/gmu, '  ');
    },
    end: () => (first ? ']\n' : '\n]\n'),
  };
}
