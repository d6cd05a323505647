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

describe('--jobs with several large files', () => {
  // files over 3 MB are cut into windows the workers share, across files: the windows of the
  // next file start before the last of the file before are written
  const big = mkdtempSync(join(tmpdir(), 'zhnews-jobs-big-'));
  const sentence = (i: number): string => `${2000 + (i % 30)}年${(i % 12) + 1}月，投资${i}万元，增长${i % 100}%。\n`;
  // about 3.3 MB each: just over the 3 MB from which a file is cut into windows (two here)
  const text = (seed: number): string => Array.from({ length: 70_000 }, (_, i) => sentence(i + seed)).join('');
  writeFileSync(join(big, 'a.txt'), text(1));
  writeFileSync(join(big, 'b.txt'), '2024年3月1日');
  writeFileSync(join(big, 'c.txt'), Buffer.concat([Buffer.from(text(3)), Buffer.from([0, 0, 0])])); // binary: one failure
  writeFileSync(join(big, 'd.txt'), text(2));
  writeFileSync(join(big, 'e.txt'), '投资5万元');

  it('writes every file in input order, as --jobs 1 does, and reports the bad one once', async () => {
    const args = ['extract', '--format', 'jsonl', '--types', 'money,date', big];
    const one = await zhnews([...args, '--jobs', '1']);
    const two = await zhnews([...args, '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(1);
    expect(two.stderr.split('\n')[0]).toBe(one.stderr.split('\n')[0]);
    expect([...new Set(jsonl(two.stdout).map((r) => r.doc as string))]).toEqual(['a', 'b', 'd', 'e'].map((f) => join(big, `${f}.txt`)));
  }, 240_000); // a bound on hangs: two runs over 10 MB on a loaded machine
});
