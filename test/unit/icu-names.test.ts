// ICU names kept by the build step: the file gives what ICU gives, and a file written by
// another ICU version is not used.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { askIcu, icuNames } from '../../src/extract/lib/icu-names.js';

const fileOf = (text: string): URL => {
  const path = join(mkdtempSync(join(tmpdir(), 'zhnews-icu-')), 'icu-names.json');
  writeFileSync(path, text);
  return pathToFileURL(path);
};

describe('ICU names', () => {
  it('names currencies and regions in Chinese', () => {
    const names = askIcu();
    expect(names.currency.USD).toBe('美元');
    expect(names.region.FR).toBe('法国');
  });

  it('reads from a file written by this ICU exactly what ICU gives', () => {
    const names = askIcu();
    const read = icuNames(fileOf(JSON.stringify(names)));
    expect(read).toEqual(names);
    expect(Object.keys(read.currency)).toEqual(Object.keys(names.currency));
  });

  it('asks ICU when the file was written by another ICU version', () => {
    const stale = { icu: 'not-this-one', currency: { USD: '假元' }, region: {} };
    expect(icuNames(fileOf(JSON.stringify(stale))).currency.USD).toBe('美元');
  });
});
