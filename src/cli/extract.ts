// `zhnews extract`: inputs in, records out in input order, one failure line per bad input,
// an exit code. Work runs in the main thread for one input or --jobs 1, else on worker threads.
import { ZhnewsError, fromFsError } from '../errors.js';
import { DEFAULT_EXTENSIONS, argumentBytes, listSources, readSource, type Source } from '../input/read.js';
import { lineBatches } from '../input/jsonl.js';
import { parseRefDate } from '../ref-date.js';
import { parseTypes } from '../types-filter.js';
import { readUserDictionaries } from '../input/user-dict.js';
import type { ExtractFlags } from './options.js';
import { checkFormatOptions, chooseColor, chooseWriter, parseFormat } from './format-choice.js';
import { openFileSink, stdoutSink, type Sink } from '../output/write.js';
import { escapeControls } from '../output/terminal.js';
import { writeChunks, type Writer } from '../output/formats.js';
import { prepareExtraction, preparePagesFor, streamBytes } from '../document.js';
import { createRunner, type Runner } from '../batch/runner.js';
import { WINDOWED_FROM_BYTES, chooseWorkers } from '../batch/plan.js';
import { WindowQueue } from '../batch/windows.js';
import type { KindCounts, Outcome, WorkItem, WorkOptions } from '../batch/work.js';
import { usesSegmenter } from '../extract/catalog.js';
import { Summary } from './summary.js';
import { Progress } from './progress.js';

export async function runExtract(paths: readonly string[], flags: ExtractFlags): Promise<number> {
  const format = parseFormat(flags.format, { toTerminal: Boolean(process.stdout.isTTY) && flags.output === undefined, file: flags.output });
  checkFormatOptions(format, flags);
  const color = chooseColor(flags.color, process.env, Boolean(process.stdout.isTTY) && flags.output === undefined);
  if (flags.refDate !== undefined) parseRefDate(flags.refDate); // validate before any work: a usage error writes nothing
  readUserDictionaries(flags.dict ?? []);
  const types = parseTypeFlags(flags.types);
  const options: WorkOptions = {
    refDate: flags.refDate ?? null,
    types: types ? [...types] : null,
    explain: flags.explain ?? false,
    withText: (flags.withText ?? false) || format === 'html' || format === 'pretty', // both show mentions in their text
    dicts: flags.dict ?? [],
    strict: flags.strict ?? false,
    context: parseContext(flags.context),
  };
  const inputMode = parseInputMode(flags.input);
  const jobs = parseJobs(flags.jobs);
  const shard = parseShard(flags.shard);
  const extensions = flags.ext ? flags.ext.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_EXTENSIONS;
  const targets = paths.length ? argumentBytes(paths) : stdinTarget();
  // the output target is checked and opened before any work: a bad -o is a usage error
  const sink: Sink = flags.output !== undefined ? await openFileSink(flags.output, abortOnSignal) : stdoutSink();
  const sources = await collect(listSources(targets, { extensions, shard })).catch(async (err: unknown) => {
    await sink.abort();
    throw err;
  });
  const columns = process.stdout.columns || Number(process.env.COLUMNS) || 100;
  const writer = await chooseWriter(format, { bom: flags.bom ?? false, color, columns });
  const summary = new Summary(flags.quiet ?? false);
  const progress = new Progress(sources.length, !flags.quiet && Boolean(process.stderr.isTTY));
  const fail = (where: string, message: string): void => {
    summary.failed();
    progress.clear();
    process.stderr.write(`zhnews: ${escapeControls(where)}: ${escapeControls(message)}\n`);
  };
  // a page's warnings (no article, charset mismatch) also reach stderr, one line per page, in every format
  const warn = (doc: string, warnings: readonly string[] | undefined): void => {
    if (!warnings?.length) return;
    progress.clear();
    process.stderr.write(`zhnews: ${escapeControls(doc)}: warning: ${escapeControls(warnings.join('; '))}\n`);
  };
  let runner: Runner | null = null;
  // large plain-text files on workers: their windows shared among them, written in order
  let windows: WindowQueue | null = null;
  const streamFile = async (path: string): Promise<void> => {
    const input = await readSource({ path, kind: 'file' });
    if ('error' in input || !(windows && render && (await windowed(input, windows)))) {
      await windows?.flush(); // what is queued before it is written first
      if ('error' in input) fail(input.path, input.error.message);
      else {
        await prepareExtraction(options.types); // the main thread extracts this one itself
        await preparePagesFor(input.bytes, input.path);
        await streamDocument(input, options, writer, sink, summary, fail, warn);
      }
    }
    progress.done(1, 'bytes' in input ? input.bytes.length : 0);
  };
  const windowed = async (input: { path: string; bytes: Uint8Array }, queue: WindowQueue): Promise<boolean> => {
    const done = (): void => {
      summary.document();
      summary.read(input.bytes.length);
    };
    try {
      return await queue.add(input.path, input.bytes, { ...options, render }, { done, fail: (message) => fail(input.path, message) });
    } catch (err) {
      fail(input.path, err instanceof Error ? err.message : String(err));
      return true;
    }
  };
  const emit = async (outcomes: Outcome[], item: WorkItem): Promise<void> => {
    for (const o of outcomes) {
      if (sink.closed) return;
      if ('stream' in o) {
        await streamFile(o.stream);
        continue;
      }
      await windows?.flush();
      if ('failure' in o) fail(o.failure.where, o.failure.message);
      else if ('rendered' in o) {
        if (o.warned) warn(o.warned.doc, o.warned.warnings);
        summary.addCounts(o.kinds);
        await sink.write(o.rendered);
      } else {
        warn(o.doc.doc, o.doc.warnings);
        summary.add(o.doc);
        await writeChunks(writer.document(o.doc), (s) => sink.write(s));
      }
      summary.read(o.bytes);
      progress.done(item.kind === 'lines' ? 0 : 1, o.bytes);
    }
  };
  // a small batch runs in the main thread (no worker start-up); a large one on worker threads
  const files = sources.flatMap((s) => ('kind' in s && s.kind === 'file' ? [s.path] : []));
  const workers = await chooseWorkers({ files, stdin: sources.some((s) => 'kind' in s && s.kind === 'stdin'), lines: inputMode === 'jsonl', windowed: (format === 'jsonl' || format === 'csv') && !options.strict, segmenter: usesSegmenter(types) }, jobs);
  // on worker threads, jsonl and csv are rendered where they are extracted (see WorkOptions.render)
  const render = workers > 0 && (format === 'jsonl' || format === 'csv') ? format : null;
  // a file over WINDOWED_FROM_BYTES is written window by window, when the format can be written in
  // parts: its windows shared by the workers (jsonl, csv), else extracted in the main thread
  const streamAbove = writer.parts && !options.strict ? WINDOWED_FROM_BYTES : null;
  if (workers === 0) await prepareExtraction(options.types); // else each worker loads its own
  runner = await createRunner(workers, { ...options, render, streamAbove }, emit);
  const out = { write: (c: string | Uint8Array) => sink.write(c), get closed() { return sink.closed; }, count: (k: KindCounts) => summary.countKinds(k) };
  if (runner.workers) windows = new WindowQueue(runner, out);
  try {
    await sink.write(writer.begin());
    let group: string[] = [];
    const flush = async (): Promise<void> => {
      if (group.length) await runner.submit({ kind: 'files', paths: group });
      group = [];
    };
    for (const source of sources) {
      if (sink.closed) break;
      if ('error' in source) {
        await flush();
        await runner.drain(); // in input order: the files listed before it are written first
        await windows?.flush();
        fail(source.path, source.error.message);
      } else if (inputMode === 'jsonl') await submitLines(source, runner.submit, fail);
      else if (source.kind === 'stdin' || source.fsPath) {
        // a name that is not UTF-8 is read here, by its bytes: workers are handed names as text
        await flush();
        const input = await readSource(source);
        if ('error' in input) fail(input.path, input.error.message);
        else await runner.submit({ kind: 'bytes', path: input.path, bytes: input.bytes });
      } else {
        group.push(source.path);
        if (group.length >= (workers > 0 ? FILES_PER_ITEM : 1)) await flush();
      }
    }
    await flush();
    if (sink.closed) {
      await runner.abort(); // the reader went away: what is in flight is dropped, not extracted
      return 0;
    }
    await runner.drain();
    await windows?.flush(); // before the pool closes: the windows run on it
    await runner.finish();
    if (sink.closed) return 0;
    await sink.write(writer.end());
    await sink.commit();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  progress.clear();
  summary.print();
  return summary.failures > 0 ? 1 : 0;
}

async function submitLines(source: Source, submit: (item: WorkItem) => Promise<void>, fail: (where: string, message: string) => void): Promise<void> {
  try {
    const path = source.kind === 'file' ? (source.fsPath ?? source.path) : '-';
    for await (const batch of lineBatches(path, source.path)) await submit({ kind: 'lines', path: source.path, ...batch });
  } catch (err) {
    fail(source.path, (err instanceof ZhnewsError ? err : fromFsError(err, source.path)).message);
  }
}

async function streamDocument(
  input: { path: string; bytes: Uint8Array },
  options: WorkOptions,
  writer: Writer,
  sink: Sink,
  summary: Summary,
  fail: (where: string, message: string) => void,
  warn: (doc: string, warnings: readonly string[] | undefined) => void,
): Promise<void> {
  let started = false;
  try {
    const { head, parts } = streamBytes(input.bytes, { ...options, doc: input.path });
    const counted = (function* () {
      for (const part of parts) {
        if (sink.closed) return; // the reader went away: no further window is extracted
        summary.count(part);
        yield part;
      }
    })();
    summary.document();
    summary.read(input.bytes.length);
    warn(input.path, head.warnings);
    started = true;
    await writeChunks(head.mentions.length ? writer.document(head) : (writer.parts?.(head, counted) ?? ''), (s) => sink.write(s));
    if (head.mentions.length) summary.count(head.mentions);
  } catch (err) {
    // before any output: one failure like any other; during it, the records written are whole
    if (err instanceof ZhnewsError && err.code === 'E_USAGE') throw err;
    fail(input.path, err instanceof Error ? (started ? `stopped after partial output: ${err.message}` : err.message) : String(err));
  }
}

/**
 * Files handed to a worker at once: small articles are a few milliseconds of work each, and one
 * message per file would cost the pool more than the reading does.
 */
const FILES_PER_ITEM = 8;

/**
 * Ctrl-C, a kill, a closed terminal or Ctrl-\\ during `--output`: remove the temporary file, so
 * nothing partial is left, and exit with 128 + the signal's number, as a shell reports it.
 */
function abortOnSignal(abort: () => Promise<void>): void {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129], ['SIGQUIT', 131]] as const) {
    process.once(signal, () => {
      void abort().finally(() => process.exit(code));
    });
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function stdinTarget(): string[] {
  if (process.stdin.isTTY) throw new ZhnewsError('E_USAGE', 'no input: name files or folders, or pipe text into `zhnews extract -`');
  return ['-'];
}

/** --types, repeatable and comma-separated (`-t money -t date` is both); an empty list is refused. */
function parseTypeFlags(values: readonly string[] | undefined): ReturnType<typeof parseTypes> {
  if (values === undefined) return null;
  const names = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new ZhnewsError('E_USAGE', '--types wants at least one kind or type, got none');
  return parseTypes(names);
}

function parseContext(mode: string | undefined): 'sentence' | 'none' {
  if (mode === undefined || mode === 'sentence' || mode === 'none') return mode ?? 'sentence';
  throw new ZhnewsError('E_USAGE', `--context wants sentence or none, got '${mode}'`);
}

function parseInputMode(mode: string | undefined): 'text' | 'jsonl' {
  if (mode === undefined || mode === 'text') return 'text';
  if (mode === 'jsonl') return 'jsonl';
  throw new ZhnewsError('E_USAGE', `--input wants text or jsonl, got '${mode}'`);
}

/** --jobs, or null when not given (src/batch/plan.ts chooses from the batch and the cores). */
function parseJobs(s: string | undefined): number | null {
  if (s === undefined) return null;
  const n = /^[1-9][0-9]*$/u.test(s) ? Number(s) : NaN; // strict: no ' 4', 0x10, 1e1 or 4.0
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new ZhnewsError('E_USAGE', `--jobs wants a whole number from 1 to 256, got '${s}'`);
  return n;
}

export function parseShard(s: string | undefined): { index: number; count: number } | null {
  if (s === undefined) return null;
  const m = /^(\d+)\/(\d+)$/u.exec(s);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new ZhnewsError('E_USAGE', `--shard wants K/N with 1 <= K <= N, got '${s}'`);
  return { index, count };
}
