// Where output goes: standard output, or the file named by --output. A regular file (or a path
// that does not exist yet) is written atomically: a temporary file beside it, with the old
// file's mode, renamed into place only when the run finished, so a failed run never leaves half
// a file. Anything else that can be opened for writing (a FIFO, a terminal, /dev/null, a
// process substitution's /dev/fd/N) is written to directly: renaming over it would replace the
// device with a file and leave its reader with nothing. The target is checked and opened
// before any work (openFileSink), so a bad -o fails at once with one line.
// Writes respect back-pressure; a closed pipe (`| head`) ends the run quietly.
import { createWriteStream, type WriteStream } from 'node:fs';
import { lstat, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { ZhnewsError } from '../errors.js';

export interface Sink {
  /** Text, or UTF-8 bytes already encoded (a worker's rendered output). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the output: renames the temporary file into place. */
  commit(): Promise<void>;
  /** Drops the output: removes the temporary file; later writes do nothing. */
  abort(): Promise<void>;
  /** True once the reader went away (EPIPE): stop working, exit 0. */
  readonly closed: boolean;
}

export function stdoutSink(stream: NodeJS.WritableStream = process.stdout): Sink {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (isReaderGone(err)) closed = true;
    else throw err;
  });
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (closed || !chunk.length) return;
      if (stream.write(chunk)) return;
      await drained(stream, () => closed);
    },
    async commit() {},
    async abort() {},
  };
}

function isReaderGone(err: NodeJS.ErrnoException): boolean {
  return err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED';
}

/**
 * Waits for 'drain' (or the reader going away), removing its listeners afterwards: a wait per
 * full buffer must not leave listeners behind (events.once on two events would).
 */
function drained(stream: NodeJS.WritableStream, isClosed: () => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (err?: unknown): void => {
      stream.off('drain', settle);
      stream.off('close', settle);
      stream.off('error', settle);
      if (err instanceof Error && !isClosed()) reject(err);
      else resolve();
    };
    stream.on('drain', settle);
    stream.on('close', settle);
    stream.on('error', settle);
  });
}

/** How a --output path is written: through a temporary file and a rename, or directly. */
type Target = { mode: 'atomic'; path: string; permissions: number | null } | { mode: 'direct'; path: string };

/**
 * Decides how to write `path`, or throws E_USAGE with a reason a person can act on: an empty
 * name, a missing folder, a folder, a socket.
 */
export async function resolveTarget(path: string): Promise<Target> {
  if (path === '') throw new ZhnewsError('E_USAGE', '--output wants a file name, got an empty one');
  const link = await lstat(path).catch(() => null);
  const target = link && (await stat(path).catch(() => null));
  if (!link || (link.isSymbolicLink() && !target)) {
    // a new file (or a dangling link, written through): its folder must exist
    const folder = await stat(dirname(path)).catch(() => null);
    if (!folder?.isDirectory()) throw new ZhnewsError('E_USAGE', `--output ${path}: no such folder: ${dirname(path)}`);
    return link ? { mode: 'direct', path } : { mode: 'atomic', path, permissions: null };
  }
  const file = target as Stats;
  if (file.isDirectory()) throw new ZhnewsError('E_USAGE', `--output ${path}: is a folder`);
  if (file.isSocket()) throw new ZhnewsError('E_USAGE', `--output ${path}: is a socket, which cannot be written as a file`);
  if (!file.isFile()) return { mode: 'direct', path };
  // a regular file, or a link to one: the link stays, the file it points to is replaced
  return { mode: 'atomic', path: link.isSymbolicLink() ? await realpath(path) : path, permissions: file.mode & 0o7777 };
}

/**
 * Checks and opens the --output target before any work; see resolveTarget for the refusals.
 * `watch` receives, before the file is created, a function that drops the output (removes
 * the temporary file), so a signal that arrives while it is being opened leaves nothing behind.
 */
export async function openFileSink(path: string, watch?: (abort: () => Promise<void>) => void): Promise<Sink> {
  const target = await resolveTarget(path);
  const temp = target.mode === 'atomic' ? join(dirname(target.path), `.${basename(target.path)}.${process.pid}.tmp`) : null;
  let sink: Sink | null = null;
  let opening: Promise<FileHandle> | null = null;
  watch?.(async () => {
    if (sink) return sink.abort();
    if (!temp || !opening) return; // a FIFO may wait for its reader: nothing to remove, nothing to wait for
    await opening.then((h) => h.close(), () => undefined);
    await rm(temp, { force: true });
  });
  opening = temp ? open(temp, 'wx') : open(target.path, 'w');
  let handle: FileHandle;
  try {
    handle = await opening;
    if (target.mode === 'atomic' && target.permissions !== null) await handle.chmod(target.permissions);
  } catch (err) {
    if (temp) await rm(temp, { force: true });
    const reason = (err as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new ZhnewsError('E_USAGE', `--output ${path}: ${reason}`);
  }
  sink = streamSink(createWriteStream('', { fd: handle }), target.path, temp);
  return sink;
}

function streamSink(stream: WriteStream, path: string, temp: string | null): Sink {
  let failed: Error | null = null;
  let closed = false;
  let aborted = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    // the reader of a FIFO went away: stop quietly, as on a closed stdout
    if (aborted) return;
    if (!temp && isReaderGone(err)) closed = true;
    else failed = err;
  });
  return {
    get closed() {
      return closed;
    },
    async write(chunk) {
      if (aborted) return;
      if (failed) throw failed;
      if (closed || !chunk.length) return;
      if (!stream.write(chunk)) await drained(stream, () => closed || aborted);
    },
    async commit() {
      if (aborted) return;
      stream.end();
      await finished(stream).catch(() => undefined); // a write error is in `failed`
      if (failed) throw failed;
      if (temp) await rename(temp, path);
    },
    async abort() {
      aborted = true;
      stream.destroy();
      if (temp) await rm(temp, { force: true });
    },
  };
}
