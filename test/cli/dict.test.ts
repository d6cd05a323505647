// --dict: the user's own names. Typed lines (`word type` or jieba's `word freq nr/ns/nt`) are
// extracted as that type wherever they stand and win a tie; a missing dictionary is a usage error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/input/user-dict.js';
import { jsonl, zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-dict-'));
const dict = join(dir, 'names.dict');
writeFileSync(dict, '# our newsroom\n齐鲁壹点 organization\n欧阳小明 100 nr\n洸府河 ns\n普通词 5 n\n');

describe('--dict', () => {
  it('reads jieba user-dictionary lines with zhnews types or jieba tags', () => {
    expect(parse('甲乙 person\n丙丁 3 nt\n戊 10 n\n\n# x\n己庚 work')).toEqual([
      { word: '甲乙', type: 'person' },
      { word: '丙丁', type: 'organization' },
      { word: '己庚', type: 'work' },
    ]);
  });

  it('extracts the listed names as their types', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--explain', '--dict', dict, '-'], { input: '扫码下载齐鲁壹点，欧阳小明在洸府河边。' });
    expect(run.status).toBe(0);
    const found = jsonl(run.stdout).map((r) => [r.type, r.text, r.rule]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['organization', '齐鲁壹点', 'user-dict'],
        ['person', '欧阳小明', 'user-dict'],
        ['location', '洸府河', 'user-dict'],
      ]),
    );
  });

  it('a dictionary that cannot be read is a usage error', async () => {
    const run = await zhnews(['extract', '--dict', join(dir, 'missing.dict'), '-'], { input: '文本' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--dict ${join(dir, 'missing.dict')}: no such file or folder`);
  });
});
