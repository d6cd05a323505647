// How many workers a batch gets (src/batch/plan.ts): the main thread for a small batch, never
// more than the cores or the pieces of work, and --jobs 1 always the main thread.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTO_WORKERS_FROM_BYTES, SEGMENTER_LOAD_BYTES, chooseWorkers } from '../../src/batch/plan.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-plan-'));
const file = (name: string, bytes: number): string => {
  const path = join(dir, name);
  writeFileSync(path, Buffer.alloc(bytes, 0x61));
  return path;
};
const small = Array.from({ length: 10 }, (_, i) => file(`s${i}.txt`, 1000));
const large = Array.from({ length: 3 }, (_, i) => file(`l${i}.txt`, Math.ceil(AUTO_WORKERS_FROM_BYTES / 2)));
const huge = file('huge.txt', 8 * 1024 * 1024);
const batch = (files: string[], lines = false, windowed = true, segmenter = false) => ({ files, stdin: false, lines, windowed, segmenter });

describe('chooseWorkers', () => {
  it('runs a small batch in the main thread by default, a large one on every core', async () => {
    expect(await chooseWorkers(batch(small), null, 8)).toBe(0);
    expect(await chooseWorkers(batch(large), null, 2)).toBe(2);
  });

  it('never gives more workers than cores or pieces of work', async () => {
    expect(await chooseWorkers(batch(small), 256, 4)).toBe(4);
    expect(await chooseWorkers(batch(small.slice(0, 3)), 8, 16)).toBe(3);
    expect(await chooseWorkers(batch([small[0]!]), 8, 16)).toBe(0);
  });

  it('counts the windows of a large file as pieces of work', async () => {
    expect(await chooseWorkers(batch([huge]), 4, 4)).toBe(4);
    expect(await chooseWorkers(batch([huge]), null, 2)).toBe(2);
    // a format written in the main thread (json, pretty, html): one file is one piece
    expect(await chooseWorkers(batch([huge], false, false), 4, 4)).toBe(0);
  });

  it('keeps --jobs 1 and a one-core machine in the main thread', async () => {
    expect(await chooseWorkers(batch(large), 1, 8)).toBe(0);
    expect(await chooseWorkers(batch(large), null, 1)).toBe(0);
  });

  it('gives JSON Lines input the workers asked for (one file, many documents)', async () => {
    expect(await chooseWorkers(batch([small[0]!], true), 2, 2)).toBe(2);
  });

  it('with the segmenter, starts the n-th worker only for n(n-1) segmenter loads of text', async () => {
    // sparse files: their size is what counts, not their bytes on disk
    const sized = (name: string, bytes: number): string => {
      const path = join(dir, name);
      writeFileSync(path, '');
      truncateSync(path, bytes);
      return path;
    };
    const under = [sized('u1.txt', SEGMENTER_LOAD_BYTES), sized('u2.txt', SEGMENTER_LOAD_BYTES - 1)];
    const two = [sized('t1.txt', SEGMENTER_LOAD_BYTES), sized('t2.txt', SEGMENTER_LOAD_BYTES)];
    const six = Array.from({ length: 6 }, (_, i) => sized(`x${i}.txt`, SEGMENTER_LOAD_BYTES));
    expect(await chooseWorkers(batch(under, false, true, true), null, 8)).toBe(0);
    expect(await chooseWorkers(batch(under, false, true, false), null, 8)).toBe(8); // no segmenter: the plain threshold
    expect(await chooseWorkers(batch(two, false, true, true), null, 8)).toBe(2);
    expect(await chooseWorkers(batch(six, false, true, true), null, 8)).toBe(3);
    expect(await chooseWorkers(batch(under, false, true, true), 4, 8)).toBe(4); // --jobs wins (the files' windows are the pieces)
  });
});
