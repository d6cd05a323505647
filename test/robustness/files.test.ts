// Inputs that are not plain files, and folders that hold more than news: named pipes and
// devices are refused at once (made here in a temporary folder, never the machine's own
// /dev), one document has a size cap, and the folder walk stays inside the folder it is given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/index.js';
import { listSources, readSource } from '../../src/input/read.js';
import { BIN, jsonl, run as runCommand, zhnews } from '../helpers/cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'zhnews-files-'));
const good = join(tmp, 'good.txt');
writeFileSync(good, '学习《民法典》。');
const failures = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('zhnews: '));

function tryMake(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const fifo = join(tmp, 'pipe.txt');
const haveFifo = tryMake('mkfifo', [fifo]);
const zero = join(tmp, 'zero.txt');
const random = join(tmp, 'urandom.txt');
const haveDevices = tryMake('mknod', [zero, 'c', '1', '5']) && tryMake('mknod', [random, 'c', '1', '9']);

async function listed(paths: readonly string[], extensions?: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const s of listSources(paths, { extensions })) out.push('error' in s ? `error ${s.path}: ${s.error.message}` : s.path);
  return out;
}

describe('special files', () => {
  it.runIf(haveFifo)('a named pipe on the command line is one failure line, and the batch goes on', async () => {
    const run = await zhnews(['extract', '--quiet', '--format', 'jsonl', fifo, good]);
    expect(run.status).toBe(1);
    expect(failures(run.stderr)).toEqual([`zhnews: ${fifo}: not a regular file (a named pipe); pipe such input into standard input, -`]);
    expect(jsonl(run.stdout).map((r) => r.value)).toEqual(['民法典']);
  });

  it.runIf(haveDevices)('character devices (zero, urandom) are refused, not read without end', async () => {
    const run = await zhnews(['extract', '--quiet', '--format', 'jsonl', zero, random, good]);
    expect(run.status).toBe(1);
    expect(failures(run.stderr)).toEqual([zero, random].map((p) => `zhnews: ${p}: not a regular file (a character device); pipe such input into standard input, -`));
  });

  it.runIf(haveFifo)('a name that became a named pipe after the listing is refused on the opened file, without blocking', async () => {
    const input = await readSource({ path: fifo, kind: 'file' });
    expect('error' in input && input.error.code).toBe('E_NOT_REGULAR');
    await expect(extractFile(fifo)).rejects.toMatchObject({ code: 'E_NOT_REGULAR' });
  });

  it.runIf(haveFifo)('--input jsonl refuses a named pipe too', async () => {
    const run = await zhnews(['extract', '--input', 'jsonl', '--format', 'jsonl', fifo]);
    expect(run.status).toBe(1);
    expect(failures(run.stderr)).toHaveLength(1);
  });
});

describe('the size of one document', () => {
  it('standard input above the cap is one failure, not a crash', async () => {
    const input = await readSource({ path: '-', kind: 'stdin' }, Readable.from([Buffer.alloc(600, 0x61), Buffer.alloc(600, 0x61)]), 1000);
    expect('error' in input && [input.error.code, input.error.message]).toEqual(['E_TOO_LARGE', 'larger than 1000 bytes, the most one document may be']);
  });

  it('standard input at the cap is read', async () => {
    const input = await readSource({ path: '-', kind: 'stdin' }, Readable.from([Buffer.alloc(1000, 0x61)]), 1000);
    expect('bytes' in input && input.bytes.length).toBe(1000);
  });

  it('a file above the cap is one failure', async () => {
    const input = await readSource({ path: good, kind: 'file' }, undefined, 8);
    expect('error' in input && input.error.message).toBe('larger than 8 bytes, the most one document may be');
  });
});

describe('the folder walk', () => {
  const news = join(tmp, 'news');
  mkdirSync(join(news, 'a', '.git'), { recursive: true });
  mkdirSync(join(news, 'node_modules', 'pkg'), { recursive: true });
  mkdirSync(join(news, '.hidden'));
  writeFileSync(join(news, 'a', 'one.txt'), '《一》');
  writeFileSync(join(news, 'a', '.draft.txt'), '《草稿》');
  writeFileSync(join(news, 'a', '.git', 'notes.txt'), '《版本》');
  writeFileSync(join(news, 'node_modules', 'pkg', 'readme.md'), '《包》');
  writeFileSync(join(news, '.hidden', 'x.txt'), '《隐》');
  symlinkSync('..', join(news, 'a', 'up'));
  symlinkSync('/', join(news, 'root'));
  symlinkSync(join(news, 'a'), join(news, 'b-again'));
  symlinkSync(join(news, 'missing-folder'), join(news, 'c-dangling'));
  symlinkSync(join(news, 'missing.bin'), join(news, 'd-dangling.bin'));
  symlinkSync(join(tmp, 'good.txt'), join(news, 'e-outside.txt'));

  it('skips hidden entries and node_modules, follows a folder link once and never above the root', async () => {
    expect(await listed([news])).toEqual([join(news, 'a', 'one.txt'), join(news, 'e-outside.txt')]);
  });

  it('reads a hidden folder or node_modules when it is named', async () => {
    expect(await listed([join(news, '.hidden'), join(news, 'node_modules')])).toEqual([join(news, '.hidden', 'x.txt'), join(news, 'node_modules', 'pkg', 'readme.md')]);
  });

  it('a dangling link is a failure only when its name has a chosen extension', async () => {
    expect(await listed([news], ['.txt', '.bin'])).toContain(`error ${join(news, 'd-dangling.bin')}: no such file or folder`);
    const run = await zhnews(['extract', '--format', 'jsonl', news]);
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout).map((r) => r.value)).toEqual(['一', '民法典']);
  });
});

describe('names that are not UTF-8', () => {
  const gbk = join(tmp, 'gbk');
  mkdirSync(gbk);
  // 新闻.txt in GBK: the name as a Windows archive unpacks it
  const name = Buffer.concat([Buffer.from(`${gbk}/`), Buffer.from([0xd0, 0xc2, 0xce, 0xc5]), Buffer.from('.txt')]);
  writeFileSync(name, '学习《民法典》。');
  const shown = `${gbk}/\\xD0\\xC2\\xCE\\xC5.txt`;

  it('in a folder: read by their bytes and named with \\x escapes', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', gbk]);
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout).map((r) => [r.doc, r.value])).toEqual([[shown, '民法典']]);
  });

  it('on the command line: read by their bytes', async () => {
    // argv with the raw bytes: node's spawn would re-encode a string as UTF-8
    const run = await runCommand('sh', ['-c', `exec "${process.execPath}" "${BIN}" extract --quiet --format jsonl "$(printf '${gbk}/\\320\\302\\316\\305.txt')" "$(printf '${gbk}/\\320\\302.txt')"`]);
    expect(failures(run.stderr)).toEqual([`zhnews: ${gbk}/\\xD0\\xC2.txt: no such file or folder`]);
    expect(jsonl(run.stdout).map((r) => [r.doc, r.value])).toEqual([[shown, '民法典']]);
  });
});

process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
