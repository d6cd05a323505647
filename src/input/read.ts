// Read: the inputs named on the command line, in order. A folder is walked recursively and
// sorted by path (the same order on every machine); files are chosen by extension (walk.ts).
// Each input is either bytes or an error for that path: one bad input never stops the batch.
// Only regular files, folders and `-` (standard input) are inputs: a named pipe or a device
// would block or never end (open.ts). A name that is not UTF-8 (a GBK name from a Windows
// archive) is opened by its bytes and named in messages with `\xNN` for the bytes that are not.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { ZhnewsError, fromFsError } from '../errors.js';
import { MAX_DOCUMENT_BYTES, notRegular, readRegularFile, readStream, specialKind, type FsPath } from './open.js';
import { displayPath, walk, type Listed } from './walk.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', '.html', '.htm'];

/** `path` names the input in records and messages; `fsPath` opens it when its name is not UTF-8. */
export type Source = { path: string; kind: 'file'; fsPath?: Buffer } | { path: '-'; kind: 'stdin' };
export type Input = { path: string; bytes: Uint8Array } | { path: string; error: ZhnewsError };

export interface ListOptions {
  readonly extensions?: readonly string[];
  /** `--shard K/N`: keep every N-th file of the sorted listing, starting at the K-th (1-based). */
  readonly shard?: { readonly index: number; readonly count: number } | null;
}

/** Expands paths into sources (files in folders sorted); errors are yielded in place. */
export async function* listSources(paths: readonly FsPath[], options: ListOptions = {}): AsyncGenerator<Source | { path: string; error: ZhnewsError }> {
  const extensions = (options.extensions ?? DEFAULT_EXTENSIONS).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  let n = 0;
  const keep = (): boolean => {
    const shard = options.shard;
    n += 1;
    return !shard || (n - 1) % shard.count === shard.index - 1;
  };
  for (const path of paths) {
    if (path === '-') {
      if (keep()) yield { path: '-', kind: 'stdin' };
      continue;
    }
    const display = displayPath(path);
    const info = await statOrError(path, display);
    if ('error' in info) {
      yield info;
      continue;
    }
    if (!info.isDirectory()) {
      const kind = specialKind(info);
      if (kind) yield { path: display, error: notRegular(kind, display) };
      else if (keep()) yield toSource({ path, display });
      continue;
    }
    let found = 0;
    for await (const item of walk(path, extensions)) {
      if ('error' in item) {
        yield item;
        continue;
      }
      found += 1;
      if (keep()) yield toSource(item);
    }
    if (found === 0) yield { path: display, error: new ZhnewsError('E_NO_INPUT', `no ${extensions.join(' ')} files in this folder`, display) };
  }
}

function toSource(item: Listed): Source {
  return typeof item.path === 'string' ? { path: item.path, kind: 'file' } : { path: item.display, kind: 'file', fsPath: item.path };
}

async function statOrError(path: FsPath, display: string): Promise<Stats | { path: string; error: ZhnewsError }> {
  try {
    return await stat(path);
  } catch (err) {
    return { path: display, error: fromFsError(err, display) };
  }
}

/** Reads one source, at most `maxBytes`; a failure becomes an error for its path. */
export async function readSource(source: Source, stdin: NodeJS.ReadableStream = process.stdin, maxBytes: number = MAX_DOCUMENT_BYTES): Promise<Input> {
  try {
    if (source.kind === 'stdin') return { path: '-', bytes: await readStream(stdin, 'standard input', maxBytes) };
    return { path: source.path, bytes: await readRegularFile(source.fsPath ?? source.path, source.path, maxBytes) };
  } catch (err) {
    return { path: source.path, error: err instanceof ZhnewsError ? err : fromFsError(err, source.path) };
  }
}

/**
 * Command-line arguments as the bytes they were given in. Node decodes argv as UTF-8 and a
 * name that is not UTF-8 comes out with U+FFFD in it, which opens nothing; on Linux the bytes
 * are still in /proc/self/cmdline (the last arguments there are the script's). Elsewhere, or
 * when nothing is lost, the arguments are returned as they are.
 */
export function argumentBytes(args: readonly string[], argv: readonly string[] = process.argv): FsPath[] {
  if (!args.some((a) => a.includes('\uFFFD'))) return [...args];
  let raw: Buffer[];
  try {
    raw = splitNul(readFileSync('/proc/self/cmdline'));
  } catch {
    return [...args];
  }
  const rawArgs = raw.slice(raw.length - (argv.length - 2));
  const byLossy = new Map(rawArgs.map((b) => [b.toString('utf8'), b]));
  return args.map((a) => (a.includes('\uFFFD') ? (byLossy.get(a) ?? a) : a));
}

function splitNul(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let i = bytes.indexOf(0); i >= 0; i = bytes.indexOf(0, from)) {
    parts.push(bytes.subarray(from, i));
    from = i + 1;
  }
  if (from < bytes.length) parts.push(bytes.subarray(from));
  return parts;
}
