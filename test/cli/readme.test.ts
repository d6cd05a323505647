// The README is the user's manual: it opens with the two commands, and documents every option
// of the options table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACT_OPTIONS } from '../../src/cli/options.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with the two commands: extract on the fixtures, then the tests', () => {
    const block = /```sh\n([^`]*)```/u.exec(readme)?.[1]?.trim().split('\n');
    expect(block).toEqual(['npm ci && node bin/zhnews.js extract fixtures/seeds', 'npm ci && npm test']);
  });

  it.each(EXTRACT_OPTIONS.map((o) => [o.flags] as const))('documents %s', (flags) => {
    expect(readme).toContain(`\`${flags}\``);
  });

  it('.ci/run runs the README test command', () => {
    const ci = readFileSync(new URL('../../.ci/run', import.meta.url), 'utf8');
    expect(ci).toMatch(/^npm ci$/mu);
    expect(ci).toMatch(/^npm test\b/mu);
  });
});
