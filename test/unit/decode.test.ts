import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { ZhnewsError } from '../../src/errors.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));
const sample = fixture('sample.utf8.txt').toString('utf8');

describe('decodeBytes', () => {
  it.each([
    ['sample.utf8.txt', 'utf-8'],
    ['sample.utf8-bom.txt', 'utf-8-bom'],
    ['sample.utf16le-bom.txt', 'utf-16le'],
    ['sample.utf16be-bom.txt', 'utf-16be'],
    ['sample.utf16le-nobom.txt', 'utf-16le'],
    ['sample.gb18030.txt', 'gb18030'],
  ])('%s decodes to the same text, as %s', (name, encoding) => {
    const decoded = decodeBytes(fixture(name), name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(sample);
  });

  it('refuses a binary file with E_BINARY', () => {
    expect(() => decodeBytes(fixture('binary.txt'), 'binary.txt')).toThrow(expect.objectContaining({ code: 'E_BINARY', path: 'binary.txt' }));
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 with E_DECODE', () => {
    let caught: unknown;
    try {
      decodeBytes(fixture('undecodable.txt'), 'undecodable.txt');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ZhnewsError);
    expect((caught as ZhnewsError).code).toBe('E_DECODE');
  });

  it('decodes an empty file as empty text', () => {
    expect(decodeBytes(new Uint8Array(), 'empty.txt')).toEqual({ text: '', encoding: 'utf-8' });
  });
});
