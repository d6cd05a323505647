// --dict files of any size, and files that are no dictionary: a large one is read, a binary
// one or one that is not UTF-8 is a usage error with one line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserDictionaries } from '../../src/input/user-dict.js';
import { zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-dicts-'));

describe('--dict robustness', () => {
  it('reads 300 000 typed lines', () => {
    const path = join(dir, 'big.dict');
    const lines: string[] = [];
    for (let i = 0; i < 300_000; i += 1) lines.push(`名${i.toString(36)} person`);
    writeFileSync(path, lines.join('\n'));
    const entries = readUserDictionaries([path]);
    expect(entries).toHaveLength(300_000);
    expect(entries[299_999]).toEqual({ word: `名${(299_999).toString(36)}`, type: 'person' });
  });

  it.each([
    ['binary.dict', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x10]), 'a binary file (NUL bytes), not a dictionary'],
    ['gbk.dict', Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x20, 0x6e, 0x72, 0x0a]), 'not UTF-8 text (jieba dictionaries are UTF-8)'],
  ])('%s is a usage error with one line', async (name, bytes, reason) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const run = await zhnews(['extract', '--dict', path, '-'], { input: '文本' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`zhnews: --dict ${path}: ${reason}\n`);
    expect(run.stdout).toBe('');
  });
});
