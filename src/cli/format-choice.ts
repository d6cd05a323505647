// The output format: what the user asked for, else `pretty` on a terminal and `jsonl` when the
// output is a pipe or a file (decided once, here).
import { ZhnewsError } from '../errors.js';
import { csvWriter } from '../output/csv.js';
import { FORMATS, jsonWriter, jsonlWriter, type Format, type Writer } from '../output/formats.js';
import { htmlWriter } from '../output/html.js';
import { prettyWriter } from '../output/pretty.js';

export function parseFormat(format: string | undefined, toTerminal: boolean): Format {
  if (format === undefined) return toTerminal ? 'pretty' : 'jsonl';
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new ZhnewsError('E_USAGE', `--format wants one of ${FORMATS.join(', ')}, got '${format}'`);
}

export function chooseWriter(format: Format, options: { bom: boolean; color: boolean }): Writer {
  switch (format) {
    case 'jsonl':
      return jsonlWriter();
    case 'json':
      return jsonWriter();
    case 'csv':
      return csvWriter({ bom: options.bom });
    case 'pretty':
      return prettyWriter({ color: options.color });
    case 'html':
      return htmlWriter();
  }
}
