// parseCnNumber against an independent writer of Chinese numerals: every integer written the
// standard way (groups of 万 and 亿, one 零 for a gap, `十` for 10 to 19 only after a higher
// place) must read back as itself, and decimals with a magnitude (`四点五亿`) exactly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCnNumber } from '../../src/lib/cn-number.js';

const DIGIT = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千'];

/** 0 < n < 10000, as written after a higher place (so 10 is 一十 there, 十 at the start). */
function writeGroup(n: number, leading: boolean): string {
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let gap = false;
  digits.forEach((d, i) => {
    const place = 3 - i;
    if (d === 0) {
      gap = out !== '' || !leading;
      return;
    }
    if (gap && out !== '') out += '零';
    gap = false;
    out += leading && out === '' && d === 1 && place === 1 ? '十' : `${DIGIT[d]}${PLACES[place]}`;
  });
  return out;
}

/** n > 0 in standard Chinese: 亿 above 万, each lower part after a gap with one 零. */
function writeCn(n: number, leading = true): string {
  for (const [size, word] of [[1e8, '亿'], [1e4, '万']] as const) {
    if (n < size) continue;
    const high = Math.floor(n / size);
    const low = n % size;
    const rest = low === 0 ? '' : (low < size / 10 ? '零' : '') + writeCn(low, false);
    return `${writeCn(high, leading)}${word}${rest}`;
  }
  const group = writeGroup(n, leading);
  return leading ? group : group.replace(/^零/u, '');
}

describe('parseCnNumber: property tests against an independent writer', () => {
  it('reads every standard Chinese integer back exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999_999 }), (n) => {
      expect(parseCnNumber(writeCn(n)), writeCn(n)).toBe(n);
    }), { numRuns: 2000 });
  });

  it('reads a 万亿 section with a lower 亿 section (`3万亿5千亿`)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
      const text = `${writeCn(a)}万亿${writeCn(b, false)}亿`;
      expect(parseCnNumber(text), text).toBe(a * 1e12 + b * 1e8);
    }), { numRuns: 500 });
  });

  it('keeps the integer part of a decimal with a magnitude (`二点五万`)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(['万', 4], ['亿', 8]), (whole, tenth, [word, power]) => {
      const text = `${writeCn(whole)}点${DIGIT[tenth]}${word}`;
      expect(parseCnNumber(text), text).toBe((whole * 10 + tenth) * 10 ** (power - 1));
    }), { numRuns: 500 });
  });

  it('rejects two sections of the same size (`3亿5亿`, `3万5万`)', () => {
    expect(parseCnNumber('3亿5亿')).toBeNull();
    expect(parseCnNumber('三万五万')).toBeNull();
  });
});
