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

  it.each(['mention', 'document'] as const)('zhnews schema %s prints that schema alone, as a validator takes it', async (name) => {
    const run = await zhnews(['schema', name]);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(printed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(printed).toEqual(JSON.parse(JSON.stringify(current[name])));
  });

  it('zhnews schema alone prints the mention schema; another name is a usage error', async () => {
    expect(JSON.parse((await zhnews(['schema'])).stdout)).toEqual(JSON.parse(JSON.stringify(current.mention)));
    const run = await zhnews(['schema', 'documents']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("zhnews: schema wants mention or document, got 'documents'\n");
  });
});
