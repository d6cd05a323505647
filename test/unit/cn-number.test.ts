// parseCnNumber and NUMBER_SOURCE: one value per surface form, plus the forms that must fail.
import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseCnNumber } from '../../src/lib/cn-number.js';

const VALUES: ReadonlyArray<readonly [string, number]> = [
  ['123', 123],
  ['1,234', 1234],
  ['1,234.5', 1234.5],
  ['1.47亿', 147000000],
  ['1106.53万', 11065300], // exact: not 11065300.000000002
  ['2188.83万', 21888300],
  ['63.84万', 638400],
  ['3.5万', 35000],
  ['12万5千', 125000],
  ['1万亿', 1e12],
  ['3百万', 3000000],
  ['三', 3],
  ['两', 2],
  ['兩', 2],
  ['十', 10],
  ['十二', 12],
  ['二十', 20],
  ['九十九', 99],
  ['一百零五', 105],
  ['一百五', 150],
  ['一千零一', 1001],
  ['三千零五十', 3050],
  ['一千二百三十四万', 12340000],
  ['两亿三千万', 230000000],
  ['三万亿', 3e12],
  ['两万三', 23000],
  ['一万零五百', 10500],
  ['萬', 10000],
  ['一億', 100000000],
  ['壹佰贰拾', 120],
  ['二〇二三', 2023],
  ['一九九八', 1998],
  ['零点五', 0.5],
  ['三点一四', 3.14],
  ['零', 0],
];

describe('parseCnNumber', () => {
  for (const [input, value] of VALUES) {
    it(`${input} -> ${value}`, () => expect(parseCnNumber(input)).toBe(value));
  }
  it('is null for a value a double cannot hold exactly', () => {
    expect(parseCnNumber('99999999999999999亿')).toBeNull();
  });
  it('is null for text that is not one number', () => {
    for (const bad of ['', 'abc', '1.2.3', '万千', '10万千']) expect(parseCnNumber(bad)).toBeNull();
  });
});

describe('NUMBER_SOURCE', () => {
  const re = new RegExp(`^(?:${NUMBER_SOURCE})$`, 'u');
  it('matches every form parseCnNumber reads', () => {
    for (const [input] of VALUES) expect(re.test(input), input).toBe(true);
  });
  it('fails fast on a long run of magnitudes (no exponential backtracking)', () => {
    const probe = new RegExp(`(?:${NUMBER_SOURCE})X`, 'u');
    const started = performance.now();
    expect(probe.test(`1${'万'.repeat(40)}Y`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
