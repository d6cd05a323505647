// The output format and colour, decided once, here: what the user asked for (-f, any case),
// else what the --output file's extension says (`out.csv` is CSV), else `pretty` on a
// terminal and `jsonl` in a pipe or a file. Options that do nothing in the chosen format are
// refused, so `--bom` with JSON Lines is never silently ignored.
import { ZhnewsError } from '../errors.js';
import { FORMATS, jsonWriter, jsonlWriter, type Format, type Writer } from '../output/formats.js';
import { nearest } from '../nearest.js';

/** Output file extensions and the format each one means (a common reading of each). */
const EXTENSION_FORMATS: readonly { ext: string; format: Format }[] = [
  { ext: '.jsonl', format: 'jsonl' },
  { ext: '.ndjson', format: 'jsonl' },
  { ext: '.json', format: 'json' },
  { ext: '.csv', format: 'csv' },
  { ext: '.html', format: 'html' },
  { ext: '.htm', format: 'html' },
];

export function parseFormat(format: string | undefined, output: { toTerminal: boolean; file?: string }): Format {
  if (format === undefined) {
    const file = output.file?.toLowerCase() ?? '';
    const byExtension = EXTENSION_FORMATS.find((e) => file.endsWith(e.ext));
    if (byExtension) return byExtension.format;
    return output.toTerminal ? 'pretty' : 'jsonl';
  }
  const asked = format.toLowerCase();
  if ((FORMATS as readonly string[]).includes(asked)) return asked as Format;
  const hint = nearest(asked, FORMATS);
  throw new ZhnewsError('E_USAGE', `--format wants one of ${FORMATS.join(', ')}, got '${format}'${hint ? ` (did you mean ${hint}?)` : ''}`);
}

/** Options that only some formats read. */
const FORMAT_ONLY: readonly { flag: string; key: 'bom' | 'withText'; formats: readonly Format[] }[] = [
  { flag: '--bom', key: 'bom', formats: ['csv'] },
  { flag: '--with-text', key: 'withText', formats: ['json'] },
];

/** Throws E_USAGE for an option the chosen format would ignore. */
export function checkFormatOptions(format: Format, flags: { bom?: boolean; withText?: boolean }): void {
  for (const rule of FORMAT_ONLY) {
    if (flags[rule.key] && !rule.formats.includes(format)) {
      throw new ZhnewsError('E_USAGE', `${rule.flag} applies to --format ${rule.formats.join(' or ')} only, not ${format}`);
    }
  }
}

/**
 * Colour for the pretty view, as other command-line tools decide it: --color always/never
 * wins; else FORCE_COLOR (0 or false turns it off, any other value on); else NO_COLOR or
 * TERM=dumb turn it off; else colour when standard output is a terminal.
 */
export function chooseColor(when: string | undefined, env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): boolean {
  const asked = (when ?? 'auto').toLowerCase();
  if (asked === 'always') return true;
  if (asked === 'never') return false;
  if (asked !== 'auto') throw new ZhnewsError('E_USAGE', `--color wants auto, always or never, got '${when}'`);
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR || env.TERM === 'dumb') return false;
  return stdoutIsTerminal;
}

/** The writer of `format`; csv (csv-stringify), pretty (chalk) and html are imported only when chosen. */
export async function chooseWriter(format: Format, options: { bom: boolean; color: boolean; columns: number }): Promise<Writer> {
  switch (format) {
    case 'jsonl':
      return jsonlWriter();
    case 'json':
      return jsonWriter();
    case 'csv':
      return (await import('../output/csv.js')).csvWriter({ bom: options.bom });
    case 'pretty':
      return (await import('../output/pretty.js')).prettyWriter({ color: options.color, columns: options.columns });
    case 'html':
      return (await import('../output/html.js')).htmlWriter();
  }
}
