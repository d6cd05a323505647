// One test per corpus line (test/corpus/<extractor>/*.txt). A line `input => expectation`
// runs the whole pipeline on `input` and checks the mention the expectation describes: its
// span (the whole line, or the [[ ]] part), type, value, unit, approx and any k=v fields.
// A line without [[ ]] must give exactly one mention of that extractor's types. Lines of a
// `not-*.txt` file must give none. Every record passes the schema and the offset check.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/index.js';
import { EXTRACTORS } from '../src/extract/registry.js';
import { Mention } from '../src/record.js';
import { readCorpus, type Case } from './helpers/corpus.js';

const ROOT = join(import.meta.dirname, 'corpus');
const folders = existsSync(ROOT) ? readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];

describe.each(folders)('corpus %s', (folder) => {
  const extractor = EXTRACTORS.find((x) => x.name === folder);
  const cases = readCorpus(join(ROOT, folder));
  it.skipIf(extractor !== undefined)(`${folder} names a registered extractor`, () => {
    expect.fail(`test/corpus/${folder} has no extractor named '${folder}' in src/extract/registry.ts`);
  });
  if (!extractor) return;
  const types = new Set<string>(extractor.types);
  it.each(cases.map((c) => [`${c.file}:${c.line} ${c.text.replace(/\n/gu, '\\n')}`, c] as const))('%s', (_, c: Case) => {
    const doc = extractText(c.text, { refDate: c.refDate, explain: true });
    const cps = [...c.text];
    for (const m of doc.mentions) {
      expect(Mention.safeParse(m).success, JSON.stringify(m)).toBe(true);
      expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    }
    const mine = doc.mentions.filter((m) => types.has(m.type));
    const shown = JSON.stringify(mine.map(({ text, type, value, unit, approx, min, max, subject, rule }) => ({ text, type, value, unit, approx, min, max, subject, rule })));
    if (!c.expect || !c.span) {
      expect(mine, `expected no ${folder} mention, got ${shown}`).toHaveLength(0);
      return;
    }
    const span = c.span;
    if (c.whole) expect(mine, `expected exactly one ${folder} mention, got ${shown}`).toHaveLength(1);
    const hit = mine.find((m) => m.start === span.start && m.end === span.end);
    expect(hit, `no ${folder} mention at ${span.start}..${span.end} '${cps.slice(span.start, span.end).join('')}'; got ${shown}`).toBeDefined();
    if (!hit) return;
    const e = c.expect;
    expect(hit.type).toBe(e.type);
    if (typeof e.value === 'object' && e.value !== null) {
      expect(hit.value).toBeNull();
      expect([hit.min, hit.max]).toEqual([e.value.min, e.value.max]);
    } else if (typeof e.value === 'number') {
      expect(typeof hit.value).toBe('number');
      expect(hit.value as number).toBeCloseTo(e.value, 9);
    } else {
      expect(hit.value).toBe(e.value);
    }
    if (e.unit !== undefined) expect(hit.unit).toBe(e.unit);
    if (e.approx !== undefined) expect(hit.approx ?? null).toBe(e.approx);
    for (const [k, v] of Object.entries(e.fields)) expect((hit as Record<string, unknown>)[k] ?? null, k).toBe(v);
  });
});
