// A long text is processed in windows: the mentions must be those of the whole text, wherever
// the window edges fall. A small window (injected) makes every mention straddle an edge once.
import { describe, expect, it } from 'vitest';
import { extractMentions, windowEnd, type PipelineOptions } from '../../src/pipeline.js';
import '../../src/extract/registry.js'; // every extractor ready, as the library makes them

const options: PipelineOptions = { refDate: { year: 2024, month: 7, day: 1 }, types: null, explain: true };
const WIDTH = 48;

/** Sentences with mentions, one broken by a single line break inside a number (`3\n4万元`). */
const BODY = [
  '济宁市民政局今年投资3\n4万元，救助1.47亿人次😀，学习《民法典》。',
  '一段没有句号的长文字只有逗号，今年6月21日至23日，记者史安琪在济南市历下区采访，',
  '二〇二四年完成投资一千二百三十四万五千元以及百分之十七点五的增长和12345678901234567元与３．５万吨的货物',
  '\n\n第二段：气温达到35摄氏度。',
].join('');

/**
 * Without `context`: a window cut inside a sentence (a comma, in a window without a sentence
 * end) gives a shorter context sentence, and that is all it may change.
 */
function mentions(text: string, window: number): unknown[] {
  return extractMentions(text, 'd', { ...options, window }).map(({ context, ...rest }) => rest);
}
const whole = (text: string): unknown[] => mentions(text, Number.MAX_SAFE_INTEGER);

describe('windows', () => {
  it('a mention straddling any window edge comes out as in the whole text', () => {
    for (let shift = 0; shift <= WIDTH; shift += 1) {
      const text = `${'文'.repeat(shift)}。${BODY}${BODY}`;
      expect(mentions(text, WIDTH), `shift ${shift}`).toEqual(whole(text));
    }
  }, 120_000);

  it('the whole-text reading of the line broken inside a number is 34万元', () => {
    const money = whole(BODY).find((m) => (m as { type: string }).type === 'money') as { text: string; value: number };
    expect(money).toMatchObject({ text: '3\n4万元', value: 340000 });
  });

  it('cuts after a sentence end (and its closing quote), never at a single line break', () => {
    const text = `${'甲'.repeat(20)}。”${'乙'.repeat(5)}\n${'丙'.repeat(20)}`;
    expect(windowEnd(text, 0, 40)).toBe(22);
  });

  it('cuts at a blank line, then after a comma, then outside a number', () => {
    expect(windowEnd(`${'甲'.repeat(22)}\n\n${'乙'.repeat(30)}`, 0, 40)).toBe(23);
    expect(windowEnd(`${'甲'.repeat(22)}，${'乙'.repeat(30)}`, 0, 40)).toBe(23);
    expect(windowEnd(`${'甲'.repeat(30)}${'1'.repeat(20)}元`, 0, 40)).toBe(30);
  });
});
