// Where output goes: standard output, or a file written atomically (a temporary file beside
// it, renamed into place only when the run finished), so a failed run never leaves half a file.
// Writes respect back-pressure; a closed pipe (`| head`) ends the run quietly.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

export interface Sink {
  /** Text, or UTF-8 bytes already encoded (a worker's rendered output). */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the output: renames the temporary file into place. */
  commit(): Promise<void>;
  /** Drops the output: removes the temporary file. */
  abort(): Promise<void>;
  /** True once the reader went away (EPIPE): stop working, exit 0. */
  readonly closed: boolean;
}

export function stdoutSink(stream: NodeJS.WritableStream = process.stdout): Sink {
  let closed = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') closed = true;
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

export function fileSink(path: string): Sink {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream: WriteStream = createWriteStream(temp, { flags: 'wx' });
  let failed: Error | null = null;
  stream.on('error', (err) => {
    failed = err;
  });
  return {
    closed: false,
    async write(chunk) {
      if (failed) throw failed;
      if (chunk.length && !stream.write(chunk)) await once(stream, 'drain');
    },
    async commit() {
      stream.end();
      await once(stream, 'close');
      if (failed) throw failed;
      await rename(temp, path);
    },
    async abort() {
      stream.destroy();
      await rm(temp, { force: true });
    },
  };
}
