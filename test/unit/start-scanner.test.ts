// The quantity patterns run only where a table of first characters allows. That table must
// hold every character a match can begin with: the scanner then finds exactly what the same
// regex finds over the whole text with matchAll.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAIN_SOURCE, scanMain } from '../../src/extract/quantity/pattern.js';
import { charTable } from '../../src/extract/lib/char-table.js';
import { startScanner } from '../../src/extract/quantity/regex-util.js';

const PIECES = ['约', '近', '超过', '不到', '零下', '-', '3', '12.5', '1,200', '三', '十', '两', '几', '数', '百', '万', '亿', '多', '余', '至', '到', '～',
  '元', '万元', '人', '名', '平方米', '%', '个', '年', '天', '公里', '吨', '以上', '左右', '之多', '第', '，', '。', '\n', '济南', '投资', '的', 'A', ' '];

const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const spans = (ms: Iterable<RegExpExecArray | RegExpMatchArray>): string[] => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('start scanner', () => {
  it('finds what matchAll finds with the main quantity pattern', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        expect(spans(scanMain(text))).toEqual(spans(text.matchAll(new RegExp(MAIN_SOURCE, 'gu'))));
      }),
      { numRuns: 500 },
    );
  });

  it('misses a match whose first character the table lacks (the table is what decides)', () => {
    const scan = startScanner('[0-9]+个', charTable(['1']));
    expect(spans(scan('12个 和 34个'))).toEqual(['0:12个']);
  });

  it('takes matches left to right without overlap, and restarts after each', () => {
    const scan = startScanner('a+b?', charTable(['a']));
    expect(spans(scan('aab ab xa'))).toEqual(['0:aab', '4:ab', '8:a']);
  });

  it('refuses a table entry that is not one code unit', () => {
    expect(() => charTable(['ab'])).toThrow(/one code unit/u);
  });
});
