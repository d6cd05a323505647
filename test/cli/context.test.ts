// --context none: the same mentions, in the same order, without the context field; the
// records still satisfy the schema. Any other value is a usage error.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Mention } from '../../src/record.js';
import { ROOT, jsonl, zhnews } from '../helpers/cli.js';

const seed = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).sort()[0]!);

describe('--context', () => {
  it('none: every mention of the default run, without context', async () => {
    const full = jsonl((await zhnews(['extract', '--format', 'jsonl', seed])).stdout);
    const bare = jsonl((await zhnews(['extract', '--format', 'jsonl', '--context', 'none', seed])).stdout);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((m) => typeof m.context === 'string')).toBe(true);
    expect(bare).toEqual(full.map(({ context: _c, ...rest }) => rest));
    for (const m of bare) expect(Mention.safeParse(m).success).toBe(true);
  });

  it('sentence is the default', async () => {
    expect((await zhnews(['extract', '--format', 'jsonl', '--context', 'sentence', seed])).stdout).toBe((await zhnews(['extract', '--format', 'jsonl', seed])).stdout);
  });

  it('rejects another mode', async () => {
    const run = await zhnews(['extract', '--context', 'paragraph', seed]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--context wants sentence or none/u);
  });
});
