// Exit codes and failure messages, as a user sees them: 0 every input read, 1 some input
// failed (one stderr line each, the rest still written), 2 usage error.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, zhnews } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnews-cli-'));
const good = join(tmp, 'good.txt');
writeFileSync(good, '今年投资《民法典》宣传。');

describe('exit codes', () => {
  it('0 when every input was read', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', good]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(jsonl(run.stdout).map((r) => r.text)).toContain('《民法典》');
  });

  it('--quiet drops the summary but never a failure', async () => {
    const run = await zhnews(['extract', '--quiet', join(tmp, 'missing.txt'), good]);
    expect(run.stderr).toBe(`zhnews: ${join(tmp, 'missing.txt')}: no such file or folder\n`);
  });

  it('0 for an empty file: no records, no error', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const run = await zhnews(['extract', '--format', 'jsonl', empty]);
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('1 for a missing path, with the path on stderr, and the other inputs still written', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', join(tmp, 'missing.txt'), good]);
    expect(run.status).toBe(1);
    const [failure, summary] = run.stderr.split('\n');
    expect(failure).toBe(`zhnews: ${join(tmp, 'missing.txt')}: no such file or folder`);
    expect(summary).toMatch(/^zhnews: 1 document, .* 1 failed, /u);
    expect(jsonl(run.stdout).length).toBeGreaterThan(0);
  });

  it('1 for a binary file', async () => {
    const bin = join(tmp, 'bin.txt');
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
    const run = await zhnews(['extract', '--format', 'jsonl', bin, good]);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(`zhnews: ${bin}: binary file (NUL bytes), not text`);
    expect(jsonl(run.stdout).length).toBeGreaterThan(0);
  });

  it.skipIf(process.getuid?.() === 0)('1 for a file without read permission', async () => {
    const locked = join(tmp, 'locked.txt');
    writeFileSync(locked, '文本');
    chmodSync(locked, 0o000);
    const run = await zhnews(['extract', locked]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${locked}: permission denied`);
  });

  it('1 for a folder without matching files', async () => {
    const dir = join(tmp, 'no-text');
    mkdirSync(dir);
    writeFileSync(join(dir, 'image.png'), 'x');
    const run = await zhnews(['extract', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`zhnews: ${dir}: no .txt .text .md .html .htm files in this folder`);
  });

  it.each([
    [['extract', '--format', 'xml', 'a.txt'], '--format wants one of'],
    [['extract', '--ref-date', '2024-02-30', 'a.txt'], '--ref-date wants a real date'],
    [['extract', '--types', 'persons,money', 'a.txt'], "unknown type 'persons'"],
    [['extract', '--shard', '3/2', 'a.txt'], '--shard wants K/N'],
    [['extract', '--no-such-flag'], "unknown option '--no-such-flag'"],
    [['frobnicate'], "unknown command 'frobnicate'"],
  ])('2 for a usage error: %j', async (args, message) => {
    const run = await zhnews(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('0 and the examples for --help; the version for --version', async () => {
    const help = await zhnews(['extract', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--ref-date');
    const version = await zhnews(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
