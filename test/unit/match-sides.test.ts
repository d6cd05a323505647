// Each row of rules/match-cues.ts names the side in its example: the place marked [[ ]] comes
// out as an organization, and no location is left at its span.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { MATCH_CUES } from '../../src/extract/rules/match-cues.js';

describe.each(MATCH_CUES.map((r) => [r.id, r] as const))('match cue %s', (_, rule) => {
  it(`reads ${rule.example}`, () => {
    const open = rule.example.indexOf('[[');
    const close = rule.example.indexOf(']]');
    const text = rule.example.replace('[[', '').replace(']]', '');
    const side = text.slice(open, close - 2);
    const found = extractText(text, { types: ['organization', 'location'] }).mentions;
    expect(found.filter((m) => m.text === side).map((m) => m.type)).toEqual(['organization']);
  });
});
