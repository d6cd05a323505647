// Inputs and outputs through the command line: stdin, folders, every format parsed back,
// --output written atomically, a closed pipe, JSON Lines input, sharding.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/output/csv.js';
import { DocumentRecord, Mention } from '../../src/record.js';
import { BIN, jsonl, run as runCommand, zhnews } from '../helpers/cli.js';

const shell = (args: string[]) => runCommand('bash', args);

const SEED = 'fixtures/seeds/000_fb90a9e2630dc9c0.txt';
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-io-'));

describe('input', () => {
  it('reads standard input with `-` and names the document `-`', async () => {
    const run = await zhnews(['extract', '-', '--format', 'jsonl'], { input: '学习《条例》。' });
    expect(run.status).toBe(0);
    expect(jsonl(run.stdout)).toEqual([expect.objectContaining({ doc: '-', text: '《条例》', start: 2, end: 6 })]);
  });

  it('reads standard input when no path is given and input is piped', async () => {
    const run = await zhnews(['extract', '--format', 'jsonl'], { input: '学习《条例》。' });
    expect(jsonl(run.stdout).map((r) => r.doc)).toEqual(['-']);
  });

  it('walks a folder recursively in sorted order, by extension', async () => {
    const dir = join(tmp, 'walk');
    mkdirSync(join(dir, 'b'), { recursive: true });
    writeFileSync(join(dir, 'b', 'z.txt'), '《乙》');
    writeFileSync(join(dir, 'a.md'), '《甲》');
    writeFileSync(join(dir, 'c.json'), '《丙》');
    const run = await zhnews(['extract', '--format', 'jsonl', dir]);
    expect(jsonl(run.stdout).map((r) => r.value)).toEqual(['甲', '乙']);
    const onlyJson = await zhnews(['extract', '--format', 'jsonl', '--ext', '.json', dir]);
    expect(jsonl(onlyJson.stdout).map((r) => r.value)).toEqual(['丙']);
  });

  it('--shard K/N takes every N-th file of the sorted listing', async () => {
    const dir = join(tmp, 'shard');
    mkdirSync(dir);
    for (const [i, t] of ['甲', '乙', '丙', '丁', '戊'].entries()) writeFileSync(join(dir, `${i}.txt`), `《${t}》`);
    const values = async (k: string): Promise<unknown[]> => jsonl((await zhnews(['extract', '--format', 'jsonl', '--shard', k, dir])).stdout).map((r) => r.value);
    expect(await values('1/2')).toEqual(['甲', '丙', '戊']);
    expect(await values('2/2')).toEqual(['乙', '丁']);
  });

  it('--input jsonl reads {id, text, ref_date} lines; a bad line is one failure', async () => {
    const input = ['{"id": "a1", "text": "学习《条例》"}', 'not json', '{"id": 7, "text": "《民法典》"}', '{"text": "no id"}'].join('\n');
    const run = await zhnews(['extract', '--input', 'jsonl', '--format', 'jsonl', '-'], { input });
    expect(run.status).toBe(1);
    expect(jsonl(run.stdout).map((r) => [r.doc, r.value])).toEqual([['a1', '条例'], ['7', '民法典']]);
    expect(run.stderr).toContain('zhnews: -:2: not a JSON object');
    expect(run.stderr).toContain('zhnews: -:4: wants {"id"');
  });
});

describe('output formats', () => {
  it('jsonl: one valid mention a line', async () => {
    const records = jsonl((await zhnews(['extract', '--format', 'jsonl', SEED])).stdout);
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect(Mention.safeParse(r).success).toBe(true);
  });

  it('json: an array of documents with encoding, reference date and mentions', async () => {
    const run = await zhnews(['extract', '--format', 'json', '--ref-date', '2024-06-28', SEED, 'fixtures/encodings/sample.gb18030.txt']);
    const docs = JSON.parse(run.stdout) as unknown[];
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(DocumentRecord.safeParse(d).success).toBe(true);
    expect(docs[1]).toMatchObject({ encoding: 'gb18030', ref_date: '2024-06-28', ref_date_source: 'option' });
  });

  it('json: --with-text carries the text the offsets refer to', async () => {
    const docs = JSON.parse((await zhnews(['extract', '--format', 'json', '--with-text', '-'], { input: '学习《条例》' })).stdout) as { text: string; mentions: { start: number; end: number; text: string }[] }[];
    const d = docs[0]!;
    expect([...d.text].slice(d.mentions[0]!.start, d.mentions[0]!.end).join('')).toBe(d.mentions[0]!.text);
  });

  it('csv: a fixed header and one row per mention, parsed back by a CSV parser', async () => {
    const lines = jsonl((await zhnews(['extract', '--format', 'jsonl', SEED])).stdout);
    const csv = (await zhnews(['extract', '--format', 'csv', SEED])).stdout;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(lines.length);
    expect(rows.map((r) => r.text)).toEqual(lines.map((l) => l.text));
    expect(rows.map((r) => Number(r.start))).toEqual(lines.map((l) => l.start));
  });

  it('csv: --bom starts with a UTF-8 byte-order mark for Excel', async () => {
    const done = await zhnews(['extract', '--format', 'csv', '--bom', SEED]);
    expect([...Buffer.from(done.stdout, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('pretty: grouped by kind, the mention marked in its window, no colour codes when NO_COLOR is set', async () => {
    const run = await zhnews(['extract', '--format', 'pretty', SEED], { env: { COLUMNS: '160' } });
    expect(run.stdout).toContain('Entities');
    expect(run.stdout).toMatch(/^ {4}work {10}《条例》 +条例 +….*逐章逐条学习\[《条例》\]，并开展交流研讨。/mu);
    expect(run.stdout).not.toMatch(/\u001b\[/u);
  });

  it('--explain adds the rule id to each record', async () => {
    const records = jsonl((await zhnews(['extract', '--format', 'jsonl', '--explain', '-'], { input: '《条例》' })).stdout);
    expect(records[0]).toMatchObject({ rule: 'work-book-title' });
    const plain = jsonl((await zhnews(['extract', '--format', 'jsonl', '-'], { input: '《条例》' })).stdout);
    expect(plain[0]).not.toHaveProperty('rule');
  });

  it('--types keeps only the types asked for', async () => {
    const records = jsonl((await zhnews(['extract', '--format', 'jsonl', '--types', 'work', SEED])).stdout);
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['work']));
  });
});

describe('--output', () => {
  it('writes the file and leaves no temporary file behind', async () => {
    const out = join(tmp, 'out.jsonl');
    const run = await zhnews(['extract', '--format', 'jsonl', '-o', out, SEED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await zhnews(['extract', '--format', 'jsonl', SEED])).stdout);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a usage error writes nothing at all', async () => {
    const out = join(tmp, 'never.jsonl');
    const run = await zhnews(['extract', '--format', 'jsonl', '--ref-date', 'yesterday', '-o', out, SEED]);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a closed pipe', () => {
  it('ends quietly with exit 0', async () => {
    const run = await shell(['-c', `node ${BIN} extract --format jsonl fixtures/seeds fixtures/seeds fixtures/seeds | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`]);
    expect(run.stdout.trim()).toBe('0');
    expect(run.stderr).toBe('');
  });
});
