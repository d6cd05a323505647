// Large plain-text files on worker threads: the main thread decodes each one and cuts it into
// the pipeline's windows, the workers extract the windows, and the main thread writes their
// rendered mentions in order. One queue serves every file of the run, so the windows of the
// next file start while the last ones of the file before are still in flight, and no worker
// waits at a file's end. At most two windows per worker are in flight: memory stays bounded
// however many large files there are, and the output is the same as one thread's.
import { documentWindows } from '../document.js';
import type { Runner } from './runner.js';
import type { KindCounts, Outcome, WorkOptions } from './work.js';

export interface WindowedOutput {
  write(chunk: string | Uint8Array): Promise<void>;
  /** True once the reader went away: no further window is started. */
  readonly closed: boolean;
  /** A window's mentions per kind, for the summary. */
  count(kinds: KindCounts): void;
}

/** What becomes of one file: all its windows written, or a window failed (the rest of the file is dropped). */
export interface WindowedFile {
  done(): void;
  fail(message: string): void;
}

interface Queued {
  readonly file: WindowedFile & { failed: boolean };
  readonly result: Promise<Outcome[]>;
  /** The file's last window: written, the file is done. */
  readonly last: boolean;
}

export class WindowQueue {
  private readonly queue: Queued[] = [];

  constructor(
    private readonly runner: Runner,
    private readonly out: WindowedOutput,
  ) {}

  /**
   * Queues the windows of one file, writing earlier results as the queue fills; false when the
   * file is no plain text (a news page is extracted whole). Throws what decoding throws
   * (ZhnewsError), before any of its windows is queued.
   */
  async add(path: string, bytes: Uint8Array, options: WorkOptions, file: WindowedFile): Promise<boolean> {
    const document = documentWindows(bytes, { ...options, doc: path });
    if (!document) return false;
    const entry = { done: file.done, fail: file.fail, failed: false };
    const ahead = Math.max(2, this.runner.workers * 2);
    let queued = false;
    for (const window of document.windows) {
      if (this.out.closed) return true;
      // the window before this one was not the last: it goes in now, this one waits for the next
      this.queue.push({ file: entry, result: this.runner.run({ kind: 'window', path, window }), last: false });
      queued = true;
      while (this.queue.length > ahead) await this.writeNext();
    }
    const tail = this.queue.at(-1);
    if (queued && tail?.file === entry) this.queue[this.queue.length - 1] = { ...tail, last: true };
    else if (!entry.failed) entry.done(); // no window left in the queue: an empty text, or all written
    return true;
  }

  /** Writes everything queued (before any other output, and before the pool closes). */
  async flush(): Promise<void> {
    while (this.queue.length && !this.out.closed) await this.writeNext();
  }

  private async writeNext(): Promise<void> {
    const { file, result, last } = this.queue.shift()!;
    let outcomes: Outcome[];
    try {
      outcomes = await result;
    } catch (err) {
      outcomes = [{ failure: { where: '', code: 'E_INTERNAL', message: err instanceof Error ? err.message : String(err) }, bytes: 0 }];
    }
    if (file.failed) return;
    for (const o of outcomes) {
      if ('failure' in o) {
        file.failed = true;
        file.fail(o.failure.message);
        return;
      }
      if ('rendered' in o) {
        this.out.count(o.kinds);
        await this.out.write(o.rendered);
      }
    }
    if (last) file.done();
  }
}
