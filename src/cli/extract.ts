// `zhnews extract`: inputs in, records out, one failure line per bad input, an exit code.
import { ZhnewsError } from '../errors.js';
import { extractBytes, type ExtractOptions } from '../index.js';
import { DEFAULT_EXTENSIONS, listSources, readSource } from '../input/read.js';
import { parseRefDate } from '../ref-date.js';
import { parseTypes } from '../types-filter.js';
import type { DocumentRecord } from '../record.js';
import type { ExtractFlags } from './options.js';
import { chooseWriter, parseFormat } from './format-choice.js';
import { fileSink, stdoutSink, type Sink } from '../output/write.js';
import { jsonlDocuments } from '../input/jsonl.js';
import { Summary } from './summary.js';

export async function runExtract(paths: readonly string[], flags: ExtractFlags): Promise<number> {
  const format = parseFormat(flags.format, Boolean(process.stdout.isTTY) && !flags.output);
  const base: ExtractOptions = {
    refDate: flags.refDate ? parseRefDate(flags.refDate) : null,
    types: parseTypes(flags.types) ? flags.types : null,
    explain: flags.explain ?? false,
    withText: flags.withText ?? false,
    dicts: flags.dict ?? [],
  };
  const inputMode = parseInputMode(flags.input);
  const shard = parseShard(flags.shard);
  const extensions = flags.ext ? flags.ext.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_EXTENSIONS;
  const targets = paths.length ? paths : stdinTarget();
  const writer = chooseWriter(format, { bom: flags.bom ?? false, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !flags.output });
  const sink: Sink = flags.output ? fileSink(flags.output) : stdoutSink();
  const summary = new Summary(flags.quiet ?? false);
  const fail = (path: string, err: unknown): void => {
    summary.failed();
    process.stderr.write(`zhnews: ${path}: ${describe(err)}\n`);
  };
  try {
    await sink.write(writer.begin());
    for await (const item of listSources(targets, { extensions, shard })) {
      if ('error' in item) {
        fail(item.path, item.error);
        continue;
      }
      const input = await readSource(item);
      if ('error' in input) {
        fail(input.path, input.error);
        continue;
      }
      const docs = inputMode === 'jsonl' ? jsonlDocuments(input.bytes, input.path, base, fail) : [single(input.bytes, input.path, base, fail)];
      for (const doc of docs) {
        if (!doc) continue;
        summary.add(doc, input.bytes.length);
        await sink.write(writer.document(doc));
        if (sink.closed) return 0;
      }
    }
    await sink.write(writer.end());
    await sink.commit();
  } catch (err) {
    await sink.abort();
    throw err;
  }
  summary.print();
  return summary.failures > 0 ? 1 : 0;
}

function single(bytes: Uint8Array, path: string, base: ExtractOptions, fail: (path: string, err: unknown) => void): DocumentRecord | null {
  try {
    return extractBytes(bytes, { ...base, doc: path });
  } catch (err) {
    if (err instanceof ZhnewsError && err.code === 'E_USAGE') throw err;
    fail(path, err);
    return null;
  }
}

function stdinTarget(): string[] {
  if (process.stdin.isTTY) throw new ZhnewsError('E_USAGE', 'no input: name files or folders, or pipe text into `zhnews extract -`');
  return ['-'];
}

function parseInputMode(mode: string | undefined): 'text' | 'jsonl' {
  if (mode === undefined || mode === 'text') return 'text';
  if (mode === 'jsonl') return 'jsonl';
  throw new ZhnewsError('E_USAGE', `--input wants text or jsonl, got '${mode}'`);
}

export function parseShard(s: string | undefined): { index: number; count: number } | null {
  if (s === undefined) return null;
  const m = /^(\d+)\/(\d+)$/u.exec(s);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new ZhnewsError('E_USAGE', `--shard wants K/N with 1 <= K <= N, got '${s}'`);
  return { index, count };
}

function describe(err: unknown): string {
  if (err instanceof ZhnewsError) return err.message;
  // A bug of ours must not stop the batch either; say it plainly so it can be reported.
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}
