// --strict: a number too large to hold exactly fails its input (exit 1, one line naming the
// path, the text and its offset); without it the mention is kept with value null.
import { describe, expect, it } from 'vitest';
import { jsonl, zhnews } from '../helpers/cli.js';

const INPUT = '投资99999999999999999亿元，另投资1.5亿元。';

describe('--strict', () => {
  it('without it: value null, text kept, exit 0', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--types', 'money', '-'], { input: INPUT });
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout).map((r) => [r.text, r.value])).toEqual([
      ['99999999999999999亿元', null],
      ['1.5亿元', 150000000],
    ]);
  });

  it('with it: the input fails with a clear message and no records', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--strict', '-'], { input: INPUT });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("zhnews: -: --strict: '99999999999999999亿元' at 2 is too large to hold exactly\n");
    expect(run.stdout).toBe('');
  });

  it('a vague amount is not an overflow', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--strict', '-'], { input: '数十家企业参与。' });
    expect(run.status).toBe(0);
  });
});
