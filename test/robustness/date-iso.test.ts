// Property: every date and daterange value is ISO 8601 at some precision (SPEC: `2024`,
// `2019-04`, `2024-05-19`, `2024-05-19T09:00`; `XXXX` for an unknown year; `T15:00` for a
// time alone), or null. A range is two such values joined by `/`. Random mixtures of date
// words are run against random reference dates, the last year included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';

const DATE = String.raw`(?:(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX)(?:T\d{2}:\d{2})?)?)?|T\d{2}:\d{2})`;
const ISO_DATE = new RegExp(`^${DATE}$`, 'u');
const ISO_RANGE = new RegExp(`^${DATE}/${DATE}$`, 'u');

/** Pieces of dates and what joins them. */
const PIECES = [
  ...'0123456789一二三四五六七八九十两〇零年月日号时点分至到-—~/、，。\n',
  '今年', '去年', '明年', '次年', '本年', '上月', '本月', '昨天', '前天', '大后天', '前晚', '上周五',
  '上半年', '三季度', '前5个月', '年底', '月初', '上旬', '下午', '凌晨', '晚上', '春节', '端午', '国庆',
  '夏至', '赛季', '学年', '近日', '以来', '起', '(夏至)开始', '２０２４', '－', '：',
];
const mixture = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));
const refDate = fc.oneof(
  fc.constantFrom('9999-12-31', '1000-01-01', '1900-01-31', '2100-12-31', null),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

function dateValues(text: string, ref: string | null): { type: string; value: unknown }[] {
  return extractText(text, { refDate: ref }).mentions.filter((m) => m.kind === 'date').map(({ type, value }) => ({ type, value }));
}

function isIso(m: { type: string; value: unknown }): boolean {
  if (m.value === null) return true;
  if (typeof m.value !== 'string') return false;
  return (m.type === 'daterange' ? ISO_RANGE : ISO_DATE).test(m.value);
}

describe('date values are ISO 8601', () => {
  it.each([
    ['今年-４时', '2024-06-28'],
    ['明年', '9999-12-31'],
    ['大后天', '9999-12-30'],
    ['2024年5月-3时', '2024-06-28'],
  ])('%s with ref %s', (text, ref) => {
    for (const m of dateValues(text, ref)) expect(isIso(m), JSON.stringify(m)).toBe(true);
  });

  it('gives null for a year past 9999', () => {
    expect(dateValues('明年', '9999-12-31')).toEqual([{ type: 'date', value: null }]);
  });

  it('holds on random mixtures of date words and reference dates', () => {
    fc.assert(
      fc.property(mixture, refDate, (text, ref) => {
        for (const m of dateValues(text, ref)) expect(isIso(m), `${JSON.stringify(text)} ${ref}: ${JSON.stringify(m)}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
