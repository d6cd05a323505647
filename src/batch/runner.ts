// Runs work items in the main thread or on a pool of worker threads, and hands the outcomes
// back in input order, whatever order the workers finish in. At most `window` items are in
// flight, so memory stays flat however large the batch.
import { runItem, type Outcome, type WorkItem, type WorkOptions } from './work.js';

export interface Runner {
  /** Submits an item; outcomes of earlier items that are ready are passed to `emit` in order. */
  submit(item: WorkItem): Promise<void>;
  /** Runs one item now, outside the ordered queue (the windows of a large file, src/batch/windows.ts). */
  run(item: WorkItem): Promise<Outcome[]>;
  /** Worker threads, 0 for the main thread. */
  readonly workers: number;
  /** Waits for everything submitted and emits it; the pool stays open. */
  drain(): Promise<void>;
  /** Waits for everything submitted and emits it; then closes the pool. */
  finish(): Promise<void>;
  /** Drops everything in flight unwritten (queued tasks do nothing) and closes the pool (the reader went away). */
  abort(): Promise<void>;
}

/** Lets the event loop run: a closed pipe is only reported there (see Sink.closed). */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `jobs` 0 runs each item in the main thread as it is submitted; N >= 1 runs items on N worker
 * threads while the main thread lists inputs and writes output. The pool's module is imported
 * only then: a run in the main thread never loads it.
 */
export async function createRunner(jobs: number, options: WorkOptions, emit: (outcomes: Outcome[], item: WorkItem) => Promise<void>): Promise<Runner> {
  if (jobs <= 0) {
    return {
      workers: 0,
      async submit(item) {
        await emit(await runItem(item, options), item);
        await tick();
      },
      run: async (item) => runItem(item, options),
      drain: async () => {},
      finish: async () => {},
      abort: async () => {},
    };
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
  });
  // set by abort(): a task that starts after it returns at once. A worker is never terminated
  // mid-task: one inside the segmenter's native code would abort the whole process.
  const cancelled = new Int32Array(new SharedArrayBuffer(4));
  const run = (item: WorkItem): Promise<Outcome[]> => {
    const result = pool.run({ item, options, cancelled }) as Promise<Outcome[]>;
    result.catch(() => {}); // an item dropped by abort() is never awaited
    return result;
  };
  const window = jobs * 4;
  const inFlight: { item: WorkItem; result: Promise<Outcome[]> }[] = [];
  const drainOne = async (): Promise<void> => {
    const head = inFlight.shift();
    if (head) await emit(await head.result, head.item);
  };
  return {
    workers: jobs,
    async submit(item) {
      inFlight.push({ item, result: run(item) });
      while (inFlight.length >= window) await drainOne();
    },
    run,
    async drain() {
      while (inFlight.length) await drainOne();
    },
    async finish() {
      while (inFlight.length) await drainOne();
      await pool.destroy();
    },
    async abort() {
      Atomics.store(cancelled, 0, 1);
      const pending = inFlight.map((x) => x.result);
      inFlight.length = 0;
      await Promise.allSettled(pending); // the tasks running now finish; the queued ones return at once
      await pool.destroy();
    },
  };
}
