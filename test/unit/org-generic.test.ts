// The bodies named by their level alone (rules/org-generic.ts): every row's example.
import { describe, expect, it } from 'vitest';
import { findGenericBodies } from '../../src/extract/org/org-generic.js';
import { GENERIC_BODIES } from '../../src/extract/rules/org-generic.js';

describe('generic bodies table examples', () => {
  it.each(GENERIC_BODIES.map((r) => [r.word, r.example] as const))('%s: %s', (word, example) => {
    const text = example.replace('[[', '').replace(']]', '');
    const found = findGenericBodies(text).map((o) => text.slice(o.start, o.end));
    expect(found).toContain(word);
  });

  it('reads a congress only with its party', () => {
    const text = '中共十六大以来，党的十六大精神';
    expect(findGenericBodies(text).map((o) => text.slice(o.start, o.end))).toEqual(['中共十六大']);
  });
});
