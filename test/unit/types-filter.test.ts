// Asking for some types gives the mentions of those types that a full run gives: entities
// settle their overlaps among all the entities (`石家庄` stays a place, so no person). Dates
// and quantities run only when asked for (pipeline.ts selectExtractors); on these pages that
// changes nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { parseTypes } from '../../src/types-filter.js';

const dir = new URL('../../fixtures/seeds/', import.meta.url);
const pages = readdirSync(dir).sort().map((f) => readFileSync(new URL(f, dir), 'utf8'));
const extra = '石家庄介绍了经验。家住纬十二路、六里山街道的居民说，2024年投资1.47亿元，建成3年。';
const NAMES = ['person', 'organization', 'location', 'work', 'date', 'daterange', 'money', 'count', 'duration', 'percent', 'quantity'];

describe('--types', () => {
  it.each(NAMES)('%s: the same mentions as a run with every type', (name) => {
    const wanted = parseTypes(name)!;
    for (const text of [...pages, extra]) {
      const all = extractText(text, { refDate: '2024-07-01' }).mentions.filter((m) => wanted.has(m.type));
      const only = extractText(text, { refDate: '2024-07-01', types: name }).mentions;
      expect(only).toEqual(all);
    }
  });

  it('a place is not taken for a person when only people are asked for', () => {
    expect(extractText('石家庄介绍了经验。', { types: ['person'] }).mentions).toEqual([]);
  });
});
