// Hostile inputs through the command line, as a user would meet them: each gives one clear
// line on stderr with the path, the rest of the batch goes on, the exit code is 1 (0 where the
// input is fine after all), and --output never holds anything partial.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, jsonl, zhnews } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnews-hostile-'));
chmodSync(tmp, 0o755);
const good = join(tmp, 'good.txt');
writeFileSync(good, '济宁市民政局今年投资1.47亿元，学习《民法典》。');
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const failureLine = (stderr: string): string => stderr.split('\n')[0] ?? '';

describe('hostile inputs', () => {
  it('an empty file and a file of white space: no records, exit 0', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', file('empty.txt', ''), file('blank.txt', ' \n\n\u3000\t\r\n')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });

  it('a file of NUL bytes: binary, exit 1, the next file still read', async () => {
    const nul = file('nul.txt', Buffer.alloc(4096));
    const run = await zhnews(['extract', '--format', 'jsonl', nul, good]);
    expect(run.status).toBe(1);
    expect(failureLine(run.stderr)).toBe(`zhnews: ${nul}: binary file (NUL bytes), not text`);
    expect(jsonl(run.stdout).length).toBeGreaterThan(0);
  });

  it('invalid UTF-8 that is not GB18030 either: E_DECODE, exit 1', async () => {
    const bad = file('bad.txt', Buffer.from([0xe6, 0xb5, 0x8e, 0x80, 0xff, 0x80, 0xff, 0x0a]));
    const run = await zhnews(['extract', '--format', 'jsonl', bad, good]);
    expect(run.status).toBe(1);
    expect(failureLine(run.stderr)).toBe(`zhnews: ${bad}: not valid UTF-8, UTF-16 or GB18030 text`);
  });

  it('a UTF-16 file without BOM is recognised and read', async () => {
    const path = file('utf16.txt', Buffer.from('Report: 学习《民法典》 2024', 'utf16le'));
    const run = await zhnews(['extract', '--format', 'jsonl', path]);
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout).map((r) => r.text)).toContain('《民法典》');
  });

  it('a path that does not exist', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', join(tmp, 'nope', 'x.txt'), good]);
    expect(run.status).toBe(1);
    expect(failureLine(run.stderr)).toBe(`zhnews: ${join(tmp, 'nope', 'x.txt')}: no such file or folder`);
  });

  it('a file without read permission (run as an unprivileged user when we are root)', async () => {
    const locked = file('locked.txt', '文本');
    chmodSync(locked, 0o000);
    chmodSync(good, 0o644);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await zhnews(['extract', '--format', 'jsonl', locked, good], { spawn: asNobody });
    expect(run.status).toBe(1);
    expect(failureLine(run.stderr)).toBe(`zhnews: ${locked}: permission denied`);
    expect(jsonl(run.stdout).length).toBeGreaterThan(0);
  });

  it('a symbolic link loop in a folder: every folder read once, no failure', async () => {
    const dir = join(tmp, 'loop');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a.txt'), '《甲》');
    writeFileSync(join(dir, 'sub', 'b.txt'), '《乙》');
    symlinkSync(dir, join(dir, 'sub', 'back'));
    const run = await zhnews(['extract', '--quiet', '--format', 'jsonl', dir]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(jsonl(run.stdout).map((r) => r.value)).toEqual(['甲', '乙']);
  });

  it('a folder of thousands of files', async () => {
    const dir = join(tmp, 'thousands');
    mkdirSync(dir);
    for (let i = 0; i < 3000; i += 1) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), `《题${i}》`);
    const run = await zhnews(['extract', '--format', 'jsonl', '--types', 'work', '--quiet', dir]);
    expect(run.status).toBe(0);
    const values = jsonl(run.stdout).map((r) => r.value);
    expect(values).toHaveLength(3000);
    expect(values[2999]).toBe('题2999');
  }, 60_000);

  it('a 20 MB line without a break', async () => {
    // prose without a line break or a sentence end, a few mentions in every kilobyte
    const filler = '这是一段很长的没有换行也没有句号的文字，';
    const unit = `${filler.repeat(30)}济宁市民政局今年投资1.47亿元，学习《民法典》，`;
    const path = file('line.txt', unit.repeat(Math.ceil(20e6 / Buffer.byteLength(unit))));
    const out = join(tmp, 'line.jsonl');
    const run = await zhnews(['extract', '--format', 'jsonl', '--quiet', '-o', out, path]);
    expect(run.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    const cps = [...readFileSync(path, 'utf8')];
    for (const line of [lines[0]!, lines.at(-1)!]) {
      const m = JSON.parse(line) as { start: number; end: number; text: string };
      expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    }
    expect(lines.length).toBeGreaterThan(20e6 / Buffer.byteLength(unit) * 3);
    rmSync(path);
    rmSync(out);
  }, 180_000);

  it('a file that disappears during the run is one failure', async () => {
    const dir = join(tmp, 'vanish');
    mkdirSync(dir);
    // slow files first, so b-gone.txt is still unread when it goes
    for (const k of [1, 2, 3]) writeFileSync(join(dir, `a${k}-slow.txt`), '济宁市民政局今年投资1.47亿元，学习《民法典》。\n'.repeat(5_000));
    writeFileSync(join(dir, 'b-gone.txt'), '《乙》');
    const child = spawn(process.execPath, [BIN, 'extract', '--format', 'jsonl', '--jobs', '1', '--quiet', dir], { cwd: ROOT });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      // the first records are out: the listing is done, b-gone.txt not read yet
      if (!stdout && existsSync(join(dir, 'b-gone.txt'))) rmSync(join(dir, 'b-gone.txt'));
      stdout += d.toString();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(stderr).toBe(`zhnews: ${join(dir, 'b-gone.txt')}: no such file or folder\n`);
  }, 60_000);

  it('--output with failures holds only complete records, and no temporary file is left', async () => {
    const out = join(tmp, 'out.json');
    const run = await zhnews(['extract', '--format', 'json', '-o', out, join(tmp, 'missing.txt'), good]);
    expect(run.status).toBe(1);
    const docs = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(docs).toHaveLength(1);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--output killed mid-run leaves no output file and no temporary file', async () => {
    const big = file('big.txt', '济宁市民政局今年投资1.47亿元，学习《民法典》。\n'.repeat(100_000));
    const out = join(tmp, 'killed.jsonl');
    const child = spawn(process.execPath, [BIN, 'extract', '--format', 'jsonl', '-o', out, big, big, big], { cwd: ROOT });
    // the temporary file appears once the output is open (its signal handlers come first): kill then
    for (let i = 0; i < 600 && !readdirSync(tmp).some((f) => f.includes('killed')); i += 1) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.includes('killed'))).toEqual([]);
  }, 60_000);
});
