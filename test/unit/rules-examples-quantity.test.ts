// Every row of the quantity rule tables carries an example; each example goes through the
// quantity extractor and must show the row at work (a unit gives its type and unit, an
// exclusion gives nothing, a subject word gives the row's subject).
import { describe, expect, it } from 'vitest';
import { quantity } from '../../src/extract/quantity.js';
import type { Draft } from '../../src/extract/types.js';
import { APPROX_WORDS } from '../../src/extract/rules/approx-words.js';
import { MEASURE_WORDS } from '../../src/extract/rules/measure-words.js';
import { ORDINAL_MARKERS, SET_PHRASES, UNIT_COMPOUNDS } from '../../src/extract/rules/quantity-exclusions.js';
import {
  KEEP_WORD_ROWS, LINKING_VERB_ROWS, METRIC_ENDING_ROWS, SCOPE_PREFIX_ROWS, STOP_WORD_ROWS,
} from '../../src/extract/rules/subject-words.js';
import { BARE_AMOUNTS, DURATIONS, UNITS } from '../../src/extract/rules/units.js';

function run(s: string): Draft[] {
  return quantity.extract({ text: s, display: s, softBreak: new Uint8Array(s.length) }, null, { refDate: null });
}

/** The one draft covering the whole example. */
function whole(s: string): Draft | undefined {
  return run(s).find((d) => d.start === 0 && d.end === s.length);
}

describe('units.ts: UNITS', () => {
  it.each(UNITS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const d = whole(row.example);
    expect(d, row.example).toBeDefined();
    expect(d?.type).toBe(row.type);
    expect(d?.unit).toBe(row.unit);
    expect(row.words.some((w) => row.example.includes(w))).toBe(true);
  });
});

describe('units.ts: DURATIONS', () => {
  it.each(DURATIONS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const d = whole(row.example);
    expect(d?.type, row.example).toBe('duration');
    expect(d?.rule).toBe(row.id);
  });
});

describe('units.ts: BARE_AMOUNTS', () => {
  it.each(BARE_AMOUNTS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const d = run(row.example).find((x) => x.rule === row.id);
    expect(d, row.example).toBeDefined();
    expect(d?.type).toBe(row.type);
    expect(d?.unit).toBe(row.unit);
  });
});

describe('measure-words.ts', () => {
  it.each(MEASURE_WORDS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const d = run(row.example).find((x) => x.type === 'count');
    expect(d, row.example).toBeDefined();
    expect(row.words).toContain(d?.unit);
  });
});

describe('approx-words.ts', () => {
  it.each(APPROX_WORDS.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const d = whole(row.example);
    expect(d, row.example).toBeDefined();
    expect(d?.approx).toBe(row.approx);
  });
});

describe('quantity-exclusions.ts: each example yields no quantity', () => {
  const rows = [...SET_PHRASES, ...UNIT_COMPOUNDS, ...ORDINAL_MARKERS];
  it.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
    expect(run(row.example), row.example).toEqual([]);
  });
});

describe('subject-words.ts: each example gives its subject', () => {
  const rows = [...LINKING_VERB_ROWS, ...STOP_WORD_ROWS, ...SCOPE_PREFIX_ROWS, ...METRIC_ENDING_ROWS, ...KEEP_WORD_ROWS];
  it.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const drafts = run(row.example);
    expect(drafts.length, row.example).toBeGreaterThan(0);
    expect(drafts.map((d) => d.subject)).toContain(row.subject);
  });
});
