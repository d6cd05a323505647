// Where output goes: standard output, or a file written atomically (a temporary file beside
// it, renamed into place only when the run finished), so a failed run never leaves half a file.
// Writes respect back-pressure; a closed pipe (`| head`) ends the run quietly.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';

export interface Sink {
  write(chunk: string): Promise<void>;
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
      if (closed || !chunk) return;
      if (stream.write(chunk)) return;
      try {
        // once() rejects when 'error' is emitted while waiting: that is the EPIPE case
        await Promise.race([once(stream, 'drain'), once(stream, 'close')]);
      } catch (err) {
        if (!closed) throw err;
      }
    },
    async commit() {},
    async abort() {},
  };
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
      if (chunk && !stream.write(chunk)) await once(stream, 'drain');
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
