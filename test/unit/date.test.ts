// The date extractor on its own, with a hand-built CleanText. Year-only values (`2024`) live
// here because the corpus reader turns a bare `2024` into a number; and every example of the
// date rule tables is run, so a table row that stops matching fails a test.
import { describe, expect, it } from 'vitest';
import { date } from '../../src/extract/date.js';
import {
  FESTIVALS,
  MONTH_PARTS,
  PARTS_OF_YEAR,
  RELATIVE_DAYS,
  RELATIVE_MONTHS,
  RELATIVE_YEARS,
  VAGUE_WORDS,
  YEAR_SUFFIX_PARTS,
} from '../../src/extract/rules/date-words.js';
import type { Draft, RefDate } from '../../src/extract/types.js';

const REF: RefDate = { year: 2024, month: 6, day: 28 };

function run(s: string, refDate: RefDate | null = REF): { text: string; value: Draft['value']; type: string }[] {
  const drafts = date.extract({ text: s, display: s, softBreak: new Uint8Array(s.length) }, null, { refDate });
  return drafts.map((d) => ({ text: s.slice(d.start, d.end), value: d.value, type: d.type }));
}

describe('date: year precision', () => {
  it.each([
    ['2024年', '2024'],
    ['2023年度', '2023'],
    ['二〇二三年', '2023'],
    ['今年', '2024'],
    ['去年', '2023'],
    ['前年', '2022'],
    ['明年', '2025'],
    ['后年', '2026'],
    ['上年度', '2023'],
  ])('%s -> %s', (s, value) => {
    expect(run(s)).toEqual([{ text: s, value, type: 'date' }]);
  });

  it('keeps 以来 out of the span: 今年以来 -> 今年', () => {
    expect(run('今年以来,全市慈善总会')).toEqual([{ text: '今年', value: '2024', type: 'date' }]);
    expect(run('2019年以来,槐荫区')).toEqual([{ text: '2019年', value: '2019', type: 'date' }]);
  });

  it('finds a year inside a book title', () => {
    expect(run('制作了《2024年济南市人防工程避暑纳凉点地图》')).toEqual([{ text: '2024年', value: '2024', type: 'date' }]);
  });

  it('resolves 今年 with the reference year only', () => {
    expect(run('今年是济宁市争创全国文明城市的决战决胜年', { year: 2020, month: 7, day: 1 })[0]?.value).toBe('2020');
    expect(run('今年', null)[0]?.value).toBeNull();
  });

  it('ignores 2024年 that is 2024 years of something', () => {
    expect(run('已有2000年代')).toEqual([]);
    expect(run('1500年的历史')).toEqual([]);
  });
});

describe('date: every table example yields a date', () => {
  const tables = { RELATIVE_YEARS, RELATIVE_MONTHS, RELATIVE_DAYS, PARTS_OF_YEAR, YEAR_SUFFIX_PARTS, MONTH_PARTS, VAGUE_WORDS, FESTIVALS };
  const rows = Object.entries(tables).flatMap(([name, table]) => table.map((e) => [name, e.word, e.example] as const));
  it.each(rows)('%s %s: %s', (_name, word, example) => {
    const found = run(example);
    expect(found.some((d) => d.text.includes(word)), JSON.stringify(found)).toBe(true);
  });
});

describe('date: the year the paragraph gives', () => {
  it('counts 次年 from the year said before it', () => {
    expect(run('2019年签约,次年投产')).toEqual([
      { text: '2019年', value: '2019', type: 'date' },
      { text: '次年', value: '2020', type: 'date' },
    ]);
  });

  it('leaves 次年 unknown with no year before it in the paragraph', () => {
    expect(run('2019年签约。\n次年投产')[1]).toEqual({ text: '次年', value: null, type: 'date' });
  });
});

describe('date: relative years after a verb ending in 过', () => {
  it.each([
    ['经过去年的调整', '去年', '2023'],
    ['超过去年水平', '去年', '2023'],
    ['创下本年最高价', '本年', '2024'],
  ])('%s -> %s %s', (s, text, value) => {
    expect(run(s)).toEqual([{ text, value, type: 'date' }]);
  });

  it('keeps 过去年代 out', () => {
    expect(run('过去年代')).toEqual([]);
  });
});

describe('date: a lone two-digit year', () => {
  it.each([
    ['该厂于11年,', '11年', '2011'],
    ['从05年起', '05年', '2005'],
    ['到98年。', '98年', '1998'],
  ])('%s -> %s %s', (s, text, value) => {
    expect(run(s)).toEqual([{ text, value, type: 'date' }]);
  });

  it.each(['服刑11年', '11年来', '于11年间', '10年'])('%s is a count of years', (s) => {
    expect(run(s)).toEqual([]);
  });
});
