// --input jsonl with lines a user may really send: bytes that are not UTF-8, ids too large
// for a double, texts that start with U+FEFF, a line larger than one document may be.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineBatches, parseLine, rawNumberMember } from '../../src/input/jsonl.js';
import { jsonl, zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-jsonl-'));
const line = (id: string, text: string): string => `{"id": ${id}, "text": ${JSON.stringify(text)}}`;

describe('--input jsonl robustness', () => {
  it('a line that is not UTF-8 is one failure, the lines around it are read', async () => {
    const path = join(dir, 'mixed.jsonl');
    const gbk = Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x32, 0x2c, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xd6, 0xd0, 0xce, 0xc4, 0x22, 0x7d]); // {"id":2,"text":"中文"} in GBK
    writeFileSync(path, Buffer.concat([Buffer.from(`${line('1', '《甲》')}\n`), gbk, Buffer.from(`\n${line('3', '《丙》')}\n`)]));
    const run = await zhnews(['extract', '--quiet', '--input', 'jsonl', '--format', 'jsonl', path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`zhnews: ${path}:2: not valid UTF-8 (JSON Lines input is UTF-8)\n`);
    expect(jsonl(run.stdout).map((r) => [r.doc, r.value])).toEqual([['1', '甲'], ['3', '丙']]);
  });

  it('numeric ids keep every digit, as written', async () => {
    const input = [line('9007199254740993', '《甲》'), line('9007199254740992', '《乙》'), line('1.50', '《丙》')].join('\n');
    const run = await zhnews(['extract', '--quiet', '--input', 'jsonl', '--format', 'jsonl', '-'], { input });
    expect(jsonl(run.stdout).map((r) => r.doc)).toEqual(['9007199254740993', '9007199254740992', '1.50']);
  });

  it('offsets count a text that starts with U+FEFF as given', async () => {
    const run = await zhnews(['extract', '--quiet', '--input', 'jsonl', '--format', 'jsonl', '-'], { input: line('1', '\uFEFF学习《民法典》') });
    expect(jsonl(run.stdout).map((r) => [r.text, r.start, r.end])).toEqual([['《民法典》', 3, 8]]);
  });

  it('the id member is found at the top level only, the last one winning as in JSON.parse', () => {
    expect(rawNumberMember('{"text": "\\"id\\": 5", "x": {"id": 6}, "id": 12345678901234567890}', 'id')).toBe('12345678901234567890');
    expect(rawNumberMember('{"id": 1, "id": 2}', 'id')).toBe('2');
    expect(parseLine('{"id": 7, "text": "t", "ref_date": "2024-07-01"}', 'x:1')).toEqual({ id: '7', text: 't', refDate: '2024-07-01' });
  });

  it('a line longer than one document may be fails and is not held', async () => {
    const stream = Readable.from([Buffer.from(`${line('1', 'a')}\n${'x'.repeat(50)}`), Buffer.from(`${'y'.repeat(50)}\n${line('3', 'b')}\r\n`)]);
    const batches = [];
    for await (const b of lineBatches('-', '-', stream, 40)) batches.push(b);
    expect(batches).toEqual([
      { firstLine: 1, lines: [line('1', 'a'), '', line('3', 'b')], unreadable: [{ index: 1, code: 'E_TOO_LARGE', message: 'a line longer than 40 bytes, the most one document may be' }] },
    ]);
  });
});
