// Property tests: whatever the text, no exception, every record passes the schema and cuts its
// text out of the original at start..end, mentions of one kind never overlap, and the output
// is the same on every run.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { Mention, type DocumentRecord } from '../../src/record.js';

const seeds = readdirSync(new URL('../../fixtures/seeds/', import.meta.url))
  .sort()
  .map((f) => readFileSync(new URL(`../../fixtures/seeds/${f}`, import.meta.url), 'utf8'));

function checkInvariants(text: string): void {
  const doc: DocumentRecord = extractText(text, { refDate: '2024-07-01', explain: true });
  const cps = [...text]; // offsets count the text as given, a leading U+FEFF included
  for (const m of doc.mentions) {
    const parsed = Mention.safeParse(m);
    expect(parsed.success, JSON.stringify(m)).toBe(true);
    expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
  }
  for (const kind of ['entity', 'date', 'quantity'] as const) {
    const ms = doc.mentions.filter((m) => m.kind === kind);
    for (let i = 1; i < ms.length; i += 1) expect(ms[i]!.start, `${kind} overlap`).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  }
  expect(extractText(text, { refDate: '2024-07-01', explain: true })).toEqual(doc);
}

/** Pieces that make the extractors fire, mixed with noise. */
const PIECES = [
  ...'一二三四五六七八九十百千万亿两零〇0123456789１２３.．,，%％年月日号第届名个人元平方米公里吨天小时《》“”()（）：:、。！？；\n \u3000\t',
  '济南市', '民政局', '记者', '通讯员', '史安琪', '今年', '去年', '至', '约', '余', '多', '以上', '左右', '近', '万元', '亿元',
  '个百分点', '平方米', '摄氏度', '℃', '街道', '社区', '有限公司', '大学', '😀', '\uD800', '\r\n',
  '国家', '统计局', '中共', '中央', '国务院', '部', '委', '局长', '表示', '告诉记者', '据', '个月', '饼',
  '华为', '股份', '人民币', '五一', '景区', '包保', '年度',
];
const mixture = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(''));
const cut = fc
  .tuple(fc.constantFrom(...seeds.keys()), fc.nat(), fc.nat({ max: 600 }))
  .map(([i, from, len]) => {
    const cps = [...seeds[i]!];
    const start = from % Math.max(1, cps.length);
    return cps.slice(start, start + len).join('');
  });

/** Inputs on which a property once failed in CI, kept so the fix stays. */
const FOUND = [
  '点，市民张先', // a title, a surname and one more character at the very end: a name ran past it
];

/**
 * Each property runs twice: with a fixed seed (the same cases on every run) and with a random
 * one, which a failure prints so the case can be replayed: `ZHNEWS_PROPERTY_SEED=<seed>`.
 * `ZHNEWS_PROPERTY_RUNS=100000` is a deep search: that many random cases over all properties,
 * shared in proportion to their CI counts (not for CI).
 */
const FIXED_SEED = 20_240_701;
const randomSeed = Number(process.env.ZHNEWS_PROPERTY_SEED) || Math.floor(Math.random() * 2 ** 31);
const CI_RUNS = { unicode: 150, binary: 150, mixture: 300, cut: 200 } as const;
const ciTotal = Object.values(CI_RUNS).reduce((a, b) => a + b, 0);
const deep = Number(process.env.ZHNEWS_PROPERTY_RUNS) || 0;

function holds<T>(name: keyof typeof CI_RUNS, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void {
  const property = fc.property(arbitrary, check);
  const randomRuns = deep > 0 ? Math.ceil((deep * CI_RUNS[name]) / ciTotal) : CI_RUNS[name];
  for (const [label, seed, numRuns] of [['fixed', FIXED_SEED, CI_RUNS[name]], ['random', randomSeed, randomRuns]] as const) {
    try {
      fc.assert(property, { seed, numRuns });
    } catch (err) {
      throw new Error(`${name}, ${label} seed ${seed} (replay with ZHNEWS_PROPERTY_SEED=${seed}): ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

describe('properties', () => {
  it.each(FOUND)('hold on %j, a counterexample found before', (text) => {
    checkInvariants(text);
  });

  it('hold on random Unicode strings', () => {
    holds('unicode', fc.string({ unit: 'grapheme', maxLength: 200 }), checkInvariants);
  });

  it('hold on random binary-ish strings (lone surrogates, controls)', () => {
    holds('binary', fc.string({ unit: 'binary', maxLength: 200 }), checkInvariants);
  });

  it('hold on random mixtures of Chinese, digits, punctuation, white space and line breaks', () => {
    holds('mixture', mixture, checkInvariants);
  });

  it('hold on random cuts of the fixtures', () => {
    holds('cut', cut, checkInvariants);
  });
});
