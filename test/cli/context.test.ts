// --context none: the same mentions, in the same order, without the context field; the
// records still satisfy the schema. Any other value is a usage error.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Mention } from '../../src/record.js';
import { ROOT, jsonl, zhnews } from '../helpers/cli.js';

const seed = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).sort()[0]!);

describe('--context', () => {
  it('none: every mention of the default run, without context', () => {
    const full = jsonl(zhnews(['extract', '--format', 'jsonl', seed]).stdout);
    const bare = jsonl(zhnews(['extract', '--format', 'jsonl', '--context', 'none', seed]).stdout);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((m) => typeof m.context === 'string')).toBe(true);
    expect(bare).toEqual(full.map(({ context: _c, ...rest }) => rest));
    for (const m of bare) expect(Mention.safeParse(m).success).toBe(true);
  });

  it('sentence is the default', () => {
    expect(zhnews(['extract', '--format', 'jsonl', '--context', 'sentence', seed]).stdout).toBe(zhnews(['extract', '--format', 'jsonl', seed]).stdout);
  });

  it('rejects another mode', () => {
    const run = zhnews(['extract', '--context', 'paragraph', seed]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--context wants sentence or none/u);
  });
});
