// The committed JSON Schemas must be what the zod schemas say today: regenerate with
// `npm run schemas` when a record changes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/record.js';
import { zhnews } from '../helpers/cli.js';

describe('JSON Schemas', () => {
  const current = jsonSchemas();
  it.each(['mention', 'document'] as const)('schemas/%s.schema.json is up to date (npm run schemas)', (name) => {
    const committed = JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(current[name])));
  });

  it('zhnews schema prints both', () => {
    const run = zhnews(['schema']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(current)));
  });
});
