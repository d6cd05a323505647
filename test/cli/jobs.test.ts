// --jobs: worker threads give the same records in the same order as one thread, and a bad
// file among good ones is one failure line while the rest are written.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-jobs-'));
mkdirSync(join(dir, 'docs'));
for (let i = 0; i < 12; i += 1) {
  // uneven sizes, so workers finish out of order
  writeFileSync(join(dir, 'docs', `${String(i).padStart(2, '0')}.txt`), `第${i}篇：学习《条例${i}》。`.repeat(i % 3 === 0 ? 400 : 1));
}
writeFileSync(join(dir, 'docs', '05b.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));

describe('--jobs', () => {
  it('keeps input order and output identical to --jobs 1', async () => {
    const one = await zhnews(['extract', '--format', 'jsonl', '--jobs', '1', join(dir, 'docs')]);
    const two = await zhnews(['extract', '--format', 'jsonl', '--jobs', '2', join(dir, 'docs')]);
    expect(two.stdout).toBe(one.stdout);
    const docs = jsonl(two.stdout).map((r) => r.doc as string);
    expect(docs).toEqual([...docs].sort());
  });

  it('reports a bad file once, goes on, exits 1', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--jobs', '2', join(dir, 'docs')]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`zhnews: ${join(dir, 'docs', '05b.txt')}: binary file (NUL bytes), not text`);
    expect(new Set(jsonl(run.stdout).map((r) => r.doc)).size).toBe(12);
  });

  it('ends the batch with a summary on stderr', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--jobs', '2', join(dir, 'docs')]);
    expect(run.stderr).toMatch(/^zhnews: 12 documents, [\d.]+ MB, \d+ entities, \d+ dates, \d+ quantities, 1 failed, /mu);
  });

  it('rejects a --jobs that is not a whole number', async () => {
    expect((await zhnews(['extract', '--jobs', 'many', join(dir, 'docs')])).status).toBe(2);
  });
});

describe('--jobs beyond the cores', () => {
  it('is capped: --jobs 256 gives the output of --jobs 1, exit 0, and leaves no temporary file', async () => {
    const out = join(dir, 'capped.jsonl');
    const run = await zhnews(['extract', '--format', 'jsonl', '--jobs', '256', '-o', out, join(dir, 'docs')]);
    expect(run.status).toBe(1); // 05b.txt is binary: one failure, the rest written
    expect(run.stderr).not.toMatch(/FATAL/u);
    const one = await zhnews(['extract', '--format', 'jsonl', '--jobs', '1', join(dir, 'docs')]);
    expect(readFileSync(out, 'utf8')).toBe(one.stdout);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
