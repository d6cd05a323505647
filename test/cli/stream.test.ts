// A document over 3 MB is written window by window (its records never all in memory): the
// output must be exactly what the whole document gives, in jsonl, json and csv, and keep its
// place in the input order between smaller documents handled by workers.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { jsonl, zhnews } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'zhnews-stream-'));
mkdirSync(join(dir, 'docs'));
const paragraph = '济宁市民政局今年投资1.47亿元，救助3.5万人，记者 史安琪 报道。\n学习《民法典》，面积达11万平方米。\n';
const big = paragraph.repeat(Math.ceil((4 * 1024 * 1024) / Buffer.byteLength(paragraph)));
writeFileSync(join(dir, 'docs', 'a.txt'), '《甲》');
writeFileSync(join(dir, 'docs', 'b-big.txt'), big);
writeFileSync(join(dir, 'docs', 'c.txt'), '《丙》');
const expected = extractText(big, { doc: join(dir, 'docs', 'b-big.txt'), refDate: '2024-07-01' }).mentions;

describe('a large document is streamed', () => {
  it('jsonl: the same records as the whole document, in input order', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--ref-date', '2024-07-01', '--jobs', '2', join(dir, 'docs')]);
    expect(run.status).toBe(0);
    const records = jsonl(run.stdout);
    expect(records[0]).toMatchObject({ value: '甲' });
    expect(records.at(-1)).toMatchObject({ value: '丙' });
    expect(records.slice(1, -1)).toEqual(expected);
  }, 60_000);

  it('json: one document with all its mentions', async () => {
    const out = join(dir, 'big.json');
    await zhnews(['extract', '--format', 'json', '--ref-date', '2024-07-01', '-o', out, join(dir, 'docs', 'b-big.txt')]);
    const docs = JSON.parse(readFileSync(out, 'utf8')) as { mentions: unknown[]; ref_date: string }[];
    expect(docs).toHaveLength(1);
    expect(docs[0]!.ref_date).toBe('2024-07-01');
    expect(docs[0]!.mentions).toEqual(expected);
  }, 60_000);

  it('csv: one row per mention', async () => {
    const run = await zhnews(['extract', '--format', 'csv', '--ref-date', '2024-07-01', join(dir, 'docs', 'b-big.txt')]);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.text)).toEqual(expected.map((m) => m.text));
  }, 60_000);
});
