// `zhnews segment` as a user runs it: words, tags and original offsets of the cleaned text.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, zhnews } from '../helpers/cli.js';

describe('zhnews segment', () => {
  it('reads a word the column layout broke over lines as one word with its original span', async () => {
    const input = '近日，为进一步加强基层建设，中共济南市委组织部召开会议，要求各级党组\n\n织的负责同志认真落实。';
    const run = await zhnews(['segment', '--format', 'jsonl'], { input });
    expect(run.status).toBe(0);
    const words = jsonl(run.stdout);
    const word = words.find((w) => w.text === '党组\n\n织');
    expect(word).toBeDefined();
    expect([...input].slice(word?.start as number, word?.end as number).join('')).toBe('党组\n\n织');
    for (const w of words) expect(Object.keys(w)).toEqual(['doc', 'text', 'start', 'end', 'pos']);
  });

  // without the dictionary jieba reads 石榴/n 庄村/x: the word is whole only through --dict
  it('keeps --dict words whole and prints them spaced out in pretty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-seg-'));
    const dict = join(dir, 'user.dict');
    writeFileSync(dict, '石榴庄村\n');
    const withDict = await zhnews(['segment', '--format', 'pretty', '--dict', dict], { input: '石榴庄村举行活动。' });
    expect(withDict.status).toBe(0);
    expect(withDict.stdout.split(' ')[0]).toMatch(/^石榴庄村\//u);
  });

  it('reports a missing file and goes on', async () => {
    const run = await zhnews(['segment', '--format', 'jsonl', 'no-such-file.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^zhnews: no-such-file\.txt: /u);
  });
});
