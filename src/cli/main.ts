// The command line: a thin layer over the library. It parses options, streams documents
// through the pipeline, writes each failure as `zhnews: <path>: <reason>` and returns the
// exit code (0 all read, 1 some input failed, 2 usage error); bin/zhnews.js sets it.
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ZhnewsError } from '../errors.js';
import { EXAMPLES, EXTRACT_OPTIONS, type ExtractFlags } from './options.js';
import { runExtract } from './extract.js';
import type { SegmentFlags } from './segment.js';
import { VERSION } from '../version.js';
import { escapeControls } from '../output/terminal.js';

// commander is CommonJS: required as such, it skips the scan of its exports that an ES import
// of a CommonJS module makes at every start-up.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;

export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = new Command('zhnews')
    .description('Extract people, organizations, places, titles, dates and quantities from Chinese news text.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(escapeMessage(s.startsWith('error:') ? `zhnews: ${s.slice(7)}` : s)) })
    .showHelpAfterError('(run zhnews extract --help for the options)');

  const extract = program
    .command('extract')
    .description('extract mentions from files, folders or standard input (`-`)')
    .argument('[paths...]', 'files or folders; `-` or nothing (with piped input) reads standard input');
  for (const o of EXTRACT_OPTIONS) {
    const option = new Option(o.flags, o.description);
    if (o.repeatable) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    extract.addOption(o.defaultText ? option.default(undefined, o.defaultText) : option);
  }
  extract.addHelpText('after', EXAMPLES).action(async (paths: string[], flags: ExtractFlags) => {
    code = await runExtract(paths, flags);
  });

  program
    .command('segment')
    .description('print the words of the cleaned text with part-of-speech tags and original offsets')
    .argument('[paths...]', 'files or folders; `-` or nothing reads standard input')
    .option('--format <format>', 'jsonl ({doc, text, start, end, pos} a line) or pretty (word/pos spaced out)')
    .option('--dict <file>', 'a user dictionary whose words stay whole (repeatable)', (v: string, prev: string[] | undefined) => [...(prev ?? []), v])
    .action(async (paths: string[], flags: SegmentFlags) => {
      const { runSegment } = await import('./segment.js'); // the segmenter's command: loaded only for it
      code = await runSegment(paths, flags);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a record: mention (a JSON Lines line, a CSV row) or document (an element of --format json)')
    .argument('[record]', 'mention or document', 'mention')
    .option('--write <dir>', 'write mention.schema.json and document.schema.json into DIR')
    .action(async (record: string, flags: { write?: string }) => {
      const { jsonSchemas } = await import('../record.js'); // zod loads only for this command
      const schemas = jsonSchemas();
      if (!flags.write) {
        if (record !== 'mention' && record !== 'document') throw new ZhnewsError('E_USAGE', `schema wants mention or document, got '${record}'`);
        process.stdout.write(`${JSON.stringify(schemas[record], null, 2)}\n`);
        return;
      }
      await mkdir(flags.write, { recursive: true });
      for (const [name, schema] of Object.entries(schemas)) {
        await writeFile(join(flags.write, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
      }
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    return exitCodeOf(err);
  }
  return code;
}

/** Commander's messages hold the user's words: their control characters are escaped, line breaks kept. */
function escapeMessage(s: string): string {
  return s.split('\n').map(escapeControls).join('\n');
}

function exitCodeOf(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version end the run successfully; every other parse error is a usage error
    return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  }
  if (err instanceof ZhnewsError && err.code === 'E_USAGE') {
    process.stderr.write(`zhnews: ${escapeControls(err.message)}\n`);
    return 2;
  }
  throw err;
}
