// Texts longer than one window are processed window by window, cut at paragraph ends: the
// records must be the same as if the paragraphs were processed one by one, offsets shifted.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { WINDOW } from '../../src/pipeline.js';

describe('windows', () => {
  it('gives every paragraph the same mentions, with offsets into the whole text', () => {
    const paragraph = '济宁市民政局今年投资1.47亿元，救助3.5万人😀，学习《民法典》。\n';
    const one = extractText(paragraph, { refDate: '2024-07-01' }).mentions;
    const n = Math.ceil((WINDOW * 2.5) / paragraph.length);
    const text = paragraph.repeat(n);
    const all = extractText(text, { refDate: '2024-07-01' }).mentions;
    expect(all).toHaveLength(one.length * n);
    const width = [...paragraph].length;
    for (const k of [0, Math.floor(n / 2), n - 1]) {
      const got = all.slice(k * one.length, (k + 1) * one.length).map((m) => ({ ...m, start: m.start - k * width, end: m.end - k * width }));
      expect(got).toEqual(one);
    }
  }, 60_000);
});
