// A large plain-text file on worker threads: the main thread decodes it and cuts it into the
// pipeline's windows, the workers extract the windows, and the main thread writes their
// rendered mentions in order. At most two windows per worker are in flight, so one 50 MB file
// keeps every worker busy in bounded memory, and the output is the same as one thread's.
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

/**
 * Writes the file's mentions window by window; false when the file is no plain text (a news
 * page is extracted whole). Throws what decoding throws (ZhnewsError), before any output.
 */
export async function writeWindowed(path: string, bytes: Uint8Array, options: WorkOptions, runner: Runner, out: WindowedOutput): Promise<boolean> {
  const document = documentWindows(bytes, { ...options, doc: path });
  if (!document) return false;
  const ahead = Math.max(2, runner.workers * 2);
  const queue: Promise<Outcome[]>[] = [];
  const writeNext = async (): Promise<void> => {
    for (const o of await queue.shift()!) {
      if ('failure' in o) throw new Error(o.failure.message);
      if ('rendered' in o) {
        out.count(o.kinds);
        await out.write(o.rendered);
      }
    }
  };
  for (const window of document.windows) {
    if (out.closed) return true;
    queue.push(runner.run({ kind: 'window', path, window }));
    if (queue.length >= ahead) await writeNext();
  }
  while (queue.length && !out.closed) await writeNext();
  return true;
}
