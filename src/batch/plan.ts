// How many worker threads a batch gets. Workers cost start-up time and memory each (their own
// module graph, tables and, when asked for, segmenter), so a small batch runs in the main
// thread, and no run gets more workers than cores or than pieces of work: more only wait
// for a core, or for nothing, and hundreds of them exhaust V8.
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';

/** A batch smaller than this runs in the main thread unless --jobs asks otherwise (see `npm run bench`). */
export const AUTO_WORKERS_FROM_BYTES = 4_000_000;

/**
 * With entity types on, each worker loads its own segmenter (about 3 s and 250 MB), and loads
 * side by side take about as long as one after the other, so each worker costs one load of
 * wall time. This is the text one thread extracts, all types, in that time. The n-th worker
 * saves 1/(n-1) - 1/n of the batch's time and costs one load: it is started only when the
 * batch has n(n-1) times this many bytes (two workers from 12 MB, three from 36 MB).
 */
export const SEGMENTER_LOAD_BYTES = 6_000_000;

/**
 * A file larger than this is cut into windows that workers share (src/batch/windows.ts), so
 * one large file gives work to every worker; smaller files are one piece of work each.
 */
export const WINDOWED_FROM_BYTES = 3 * 1024 * 1024;

/** Bytes of work per window, at most: the pipeline cuts windows of 2^20 UTF-16 code units. */
const WINDOW_BYTES = 1 << 20;

export interface BatchShape {
  /** The files of the batch (standard input counts as one piece of unknown size). */
  readonly files: readonly string[];
  readonly stdin: boolean;
  /** JSON Lines input: every line is a document, so one file holds many pieces of work. */
  readonly lines: boolean;
  /** True when workers can share a large file's windows (jsonl, csv); else a file is one piece. */
  readonly windowed: boolean;
  /** True when the run loads the segmenter (entity types on): each worker loads its own. */
  readonly segmenter: boolean;
}

/** Worker threads for a batch: 0 runs it in the main thread. `requested` is --jobs, null when not given. */
export async function chooseWorkers(batch: BatchShape, requested: number | null, cores = availableParallelism()): Promise<number> {
  let cap = Math.min(requested ?? cores, cores);
  if (cap <= 1) return 0;
  if (requested === null) {
    const enough = batch.segmenter ? Math.max(AUTO_WORKERS_FROM_BYTES, cap * (cap - 1) * SEGMENTER_LOAD_BYTES) : AUTO_WORKERS_FROM_BYTES;
    const known = await bytesUpTo(batch.files, enough);
    if (known < AUTO_WORKERS_FROM_BYTES) return 0;
    if (batch.segmenter) cap = Math.min(cap, workersWorthLoading(known));
    if (cap <= 1) return 0;
  }
  const pieces = batch.lines || batch.files.length + (batch.stdin ? 1 : 0) >= cap ? cap : await piecesOf(batch.files, batch.windowed);
  const workers = Math.min(cap, pieces);
  return workers > 1 ? workers : 0;
}

/** The most workers whose segmenter loads `bytes` of work repays (see SEGMENTER_LOAD_BYTES). */
function workersWorthLoading(bytes: number): number {
  let n = 1;
  while (bytes >= (n + 1) * n * SEGMENTER_LOAD_BYTES) n += 1;
  return n;
}

/** The files' total size, counted only until it reaches `limit` (a large folder is not stat'ed whole). */
async function bytesUpTo(files: readonly string[], limit: number): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (total >= limit) break;
    total += await sizeOf(file);
  }
  return total;
}

/** Pieces of work in a few files: one per file, or one per window of a windowed file. */
async function piecesOf(files: readonly string[], windowed: boolean): Promise<number> {
  if (!windowed) return files.length;
  let pieces = 0;
  for (const file of files) {
    const size = await sizeOf(file);
    pieces += size > WINDOWED_FROM_BYTES ? Math.ceil(size / WINDOW_BYTES) : 1;
  }
  return pieces;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch {
    return 0; // reported when it is read
  }
}
