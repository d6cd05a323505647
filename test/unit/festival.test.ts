// Festival days against published dates. 春节 (lunar 1/1) from two published lists:
// china.org.cn, "Chinese Lunar New Year dates 2004-2015" (english.china.org.cn, features/China2004),
// and the Hong Kong Observatory's Gregorian-Lunar Calendar Conversion Tables for the others
// (2000, 2020, 2024, 2027, 2030: the years where Node's ICU calendar is a day off are 2027 and 2030).
import { describe, expect, it } from 'vitest';
import { festivalDay } from '../../src/extract/date/festival.js';
import { date } from '../../src/extract/date.js';

const SPRING_FESTIVAL: readonly (readonly [number, string])[] = [
  [2000, '2000-02-05'],
  [2004, '2004-01-22'],
  [2005, '2005-02-09'],
  [2006, '2006-01-29'],
  [2007, '2007-02-18'],
  [2008, '2008-02-07'],
  [2009, '2009-01-26'],
  [2010, '2010-02-14'],
  [2011, '2011-02-03'],
  [2012, '2012-01-23'],
  [2013, '2013-02-10'],
  [2014, '2014-01-31'],
  [2015, '2015-02-19'],
  [2020, '2020-01-25'],
  [2024, '2024-02-10'],
  [2027, '2027-02-06'],
  [2030, '2030-02-03'],
];

const iso = (ymd: readonly number[] | null): string | null =>
  ymd ? `${ymd[0]}-${String(ymd[1]).padStart(2, '0')}-${String(ymd[2]).padStart(2, '0')}` : null;

describe('festival days', () => {
  it.each(SPRING_FESTIVAL)('春节 %i is %s', (year, day) => {
    expect(iso(festivalDay({ calendar: 'lunar', month: 1, day: 1 }, year))).toBe(day);
  });

  it('puts 除夕 on the day before 春节, 端午 and 中秋 on lunar 5/5 and 8/15', () => {
    expect(iso(festivalDay({ calendar: 'lunar', month: 1, day: 1, shift: -1 }, 2024))).toBe('2024-02-09');
    expect(iso(festivalDay({ calendar: 'lunar', month: 5, day: 5 }, 2020))).toBe('2020-06-25');
    expect(iso(festivalDay({ calendar: 'lunar', month: 8, day: 15 }, 2024))).toBe('2024-09-17');
  });

  it('counts a leap month after its month (2020 has a leap fourth month: 端午 falls in June)', () => {
    expect(iso(festivalDay({ calendar: 'lunar', month: 5, day: 5 }, 2020))).toBe('2020-06-25');
    expect(iso(festivalDay({ calendar: 'lunar', month: 4, day: 1 }, 2020))).toBe('2020-04-23');
  });

  it('gives solar terms by the year, 清明 2024 on April 4', () => {
    expect(iso(festivalDay({ calendar: 'solar-term', month: 4, term: 'qingming' }, 2024))).toBe('2024-04-04');
    expect(iso(festivalDay({ calendar: 'solar-term', month: 12, term: 'dongzhi' }, 2024))).toBe('2024-12-21');
  });

  it('gives null outside the table (1900-2100)', () => {
    expect(festivalDay({ calendar: 'lunar', month: 1, day: 1 }, 1899)).toBeNull();
    expect(festivalDay({ calendar: 'solar-term', month: 4, term: 'qingming' }, 2101)).toBeNull();
  });

  it('resolves 春节 in the article year through the extractor', () => {
    const s = '春节期间';
    const drafts = date.extract({ text: s, display: s, softBreak: new Uint8Array(s.length) }, null, { refDate: { year: 2027, month: 1, day: 5 } });
    expect(drafts.map((d) => d.value)).toEqual(['2027-02-06']);
  });
});
