// --output as a user meets it: a regular file is replaced atomically and keeps its mode; a
// link keeps pointing where it did; a FIFO or a process substitution is written to directly;
// a bad target fails before any work with one line and exit 2; a signal leaves no temporary
// file behind. All special files live in a temporary folder (never the machine's /dev/null).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, run, zhnews } from '../helpers/cli.js';

const SEED = 'fixtures/seeds/000_fb90a9e2630dc9c0.txt';
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-out-'));
const expected = (await zhnews(['extract', '--format', 'jsonl', SEED])).stdout;
const shell = (script: string) => run('bash', ['-c', script]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('--output to a regular file', () => {
  it('keeps the mode of the file it replaces', async () => {
    const out = join(tmp, 'private.jsonl');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect((await zhnews(['extract', '-o', out, SEED])).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('writes through a symbolic link, which stays a link', async () => {
    const real = join(tmp, 'real.jsonl');
    const link = join(tmp, 'link.jsonl');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    expect((await zhnews(['extract', '-o', link, SEED])).status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe(expected);
  });
});

describe('--output to a FIFO or a process substitution', () => {
  it('a FIFO is written to directly: its reader gets the records and it stays a FIFO', async () => {
    const fifo = join(tmp, 'pipe');
    const got = join(tmp, 'from-fifo.jsonl');
    const run = await shell(`mkfifo '${fifo}' && (cat '${fifo}' > '${got}' &) && node '${BIN}' extract --format jsonl -o '${fifo}' ${SEED}; echo "exit $?"`);
    expect(run.stdout.trim()).toBe('exit 0');
    expect(run.stderr).toBe('');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // the reader ends when zhnews closes the FIFO; wait for its file to be complete
    for (let i = 0; i < 100 && readFileSync(got, 'utf8') !== expected; i++) await pause(100);
    expect(readFileSync(got, 'utf8')).toBe(expected);
  });

  it('/dev/fd/N of a process substitution is written to directly', async () => {
    const got = join(tmp, 'from-subst.jsonl');
    const run = await shell(`node '${BIN}' extract -f jsonl -o >(cat > '${got}') ${SEED}; echo "exit $?"; wait`);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('exit 0');
    for (let i = 0; i < 100 && readFileSync(got, 'utf8') !== expected; i++) await pause(100);
    expect(readFileSync(got, 'utf8')).toBe(expected);
  });
});

describe('a bad --output is a usage error found before any work', () => {
  it.each([
    ['a missing folder', join(tmp, 'no', 'such', 'out.jsonl'), /^zhnews: --output .*out\.jsonl: no such folder: .*such\n$/u],
    ['a folder', tmp, /^zhnews: --output .*: is a folder\n$/u],
    ['an empty name', '', /^zhnews: --output wants a file name, got an empty one\n$/u],
  ])('%s: one line, exit 2, nothing written', async (_what, out, message) => {
    const before = readdirSync(tmp).sort();
    const run = await zhnews(['extract', '-o', out, SEED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(readdirSync(tmp).sort()).toEqual(before);
  });
});

describe('a signal during --output', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
    ['SIGINT', 130],
  ] as const)('%s removes the temporary file and says nothing', async (signal, code) => {
    const folder = mkdtempSync(join(tmp, `${signal}-`));
    const out = join(folder, 'out.jsonl');
    // standard input held open: the run waits with its temporary file in place
    const child = spawn(process.execPath, [BIN, 'extract', '-o', out, '-'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const ended = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    child.stdin.write('济南市民政局今年投资1.47亿元。');
    while (!readdirSync(folder).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 50));
    child.kill(signal);
    expect(await ended).toBe(code);
    expect(stderr).toBe('');
    expect(readdirSync(folder)).toEqual([]);
    child.stdin.destroy();
  }, 60_000);
});

describe('strict options', () => {
  it.each([
    [['--jobs', '0x10'], /--jobs wants a whole number/u],
    [['--jobs', ' 4'], /--jobs wants a whole number/u],
    [['--ref-date', ''], /--ref-date wants a real date/u],
    [['--types', ''], /--types wants at least one/u],
    [['--types', 'mony'], /unknown type 'mony' \(did you mean money\?\)/u],
    [['--format', 'jsnol'], /did you mean jsonl\?/u],
    [['--format', 'jsonl', '--bom'], /--bom applies to --format csv only/u],
    [['--format', 'bad\u001b[2J'], /got 'bad\\x1b\[2J'/u],
    [['--color', 'sometimes'], /--color wants auto, always or never/u],
  ])('%j is a usage error: exit 2, nothing written', async (args, message) => {
    const out = join(tmp, 'strict.jsonl');
    const run = await zhnews(['extract', ...args, '-o', out, SEED]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('smaller things', () => {
  it('-o out.csv writes CSV, -f CSV too, and -t given twice keeps both types', async () => {
    const out = join(tmp, 'mentions.csv');
    const page = 'fixtures/seeds/002_914b0a86cd06571a.txt';
    expect((await zhnews(['extract', '-t', 'money', '-t', 'percent', '-o', out, page])).status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('doc,kind,type,text,start,end,value,unit,approx,subject,min,max,role,context,rule');
    const types = new Set(csv.split('\n').slice(1, -1).map((line) => line.split(',')[2]));
    expect(types).toEqual(new Set(['money', 'percent']));
    expect((await zhnews(['extract', '-f', 'CSV', '-t', 'money,percent', page])).stdout).toBe(csv);
  });

  it('pretty: --color always colours a pipe even with NO_COLOR; FORCE_COLOR=1 too; --color never wins over FORCE_COLOR', async () => {
    const colour = /\u001b\[/u;
    expect((await zhnews(['extract', '-f', 'pretty', '--color', 'always', '-'], { input: '济南市民政局' })).stdout).toMatch(colour);
    expect((await zhnews(['extract', '-f', 'pretty', '-'], { input: '济南市民政局', env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toMatch(colour);
    expect((await zhnews(['extract', '-f', 'pretty', '--color', 'never', '-'], { input: '济南市民政局', env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(colour);
  });

  it('escapes control characters of a file name on stderr; the summary counts 1 document', async () => {
    const run = await zhnews(['extract', '-f', 'jsonl', SEED, 'no\nsuch\u001b[31m.txt']);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('zhnews: no\\nsuch\\x1b[31m.txt: no such file or folder');
    expect(lines[1]).toMatch(/^zhnews: 1 document, /u);
  });
});
