// A reader that goes away (`zhnews extract big/ | head -1`) ends the run: nothing more is read
// or extracted. The last input is a named pipe no one ever writes to: a run that went on
// reading would block on it forever, so this test fails by its time-out, never by a clock.
// A binary file early in the batch would be reported on stderr if the work in flight when the
// reader left were still extracted and emitted.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-early-'));
mkdirSync(join(dir, 'docs'));
const seeds = readdirSync(join(ROOT, 'fixtures/seeds')).sort().map((f) => readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8'));
// 100 files of four articles each: every file gives more output than a pipe and a stream buffer hold
for (let i = 0; i < 100; i += 1) writeFileSync(join(dir, 'docs', `${String(i).padStart(3, '0')}.txt`), [0, 1, 2, 3].map((k) => seeds[(i + k) % seeds.length]).join('\n'));
writeFileSync(join(dir, 'docs', '030-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
const never = join(dir, 'never.txt');
execFileSync('mkfifo', [never]);

/** Runs extract on the articles and then the pipe, closes stdout after the first chunk; resolves with the exit. */
function runAndCloseEarly(extra: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'extract', '--format', 'jsonl', ...extra, join(dir, 'docs'), never], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

describe('the reader goes away', () => {
  it('in the main thread: the run ends quietly without reading the later inputs', async () => {
    const run = await runAndCloseEarly(['--jobs', '1']);
    expect(run).toEqual({ code: 0, signal: null, stderr: '' });
  }, 60_000);

  it('on worker threads: the same, and the work in flight is dropped', async () => {
    const run = await runAndCloseEarly(['--jobs', '2']);
    expect(run).toEqual({ code: 0, signal: null, stderr: '' });
  }, 60_000);
});
