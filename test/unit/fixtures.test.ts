// The offsets invariant on every fixture and every record, with every extractor: the record's
// text is the original cut at start..end (code points), and every record passes the schema.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { DocumentRecord, Mention } from '../../src/record.js';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();

describe.each(seeds)('fixture %s', (name) => {
  const original = readFileSync(new URL(name, dir), 'utf8');
  const doc = extractText(original, { doc: name, refDate: '2024-07-01', explain: true });

  it('passes the document schema and finds mentions', () => {
    expect(DocumentRecord.safeParse(doc).success).toBe(true);
    expect(doc.mentions.length).toBeGreaterThan(0);
  });

  it('cuts every record text out of the original at start..end', () => {
    const cps = [...original];
    for (const m of doc.mentions) {
      expect(Mention.safeParse(m).success, JSON.stringify(m)).toBe(true);
      expect(cps.slice(m.start, m.end).join(''), JSON.stringify(m)).toBe(m.text);
    }
  });

  it('emits records in document order with a rule each', () => {
    for (let i = 1; i < doc.mentions.length; i += 1) {
      expect(doc.mentions[i]!.start).toBeGreaterThanOrEqual(doc.mentions[i - 1]!.start);
    }
    expect(doc.mentions.every((m) => typeof m.rule === 'string' && m.rule.length > 0)).toBe(true);
  });

  it('gives the same records on every run', () => {
    expect(extractText(original, { doc: name, refDate: '2024-07-01', explain: true })).toEqual(doc);
  });
});
