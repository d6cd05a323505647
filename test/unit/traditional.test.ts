// Traditional characters fold to simplified ones in the cleaned text, one code point to one,
// so every extractor reads them and offsets stay exact; `display` keeps what was printed.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/clean.js';
import { T2S_FROM, T2S_TO } from '../../src/clean/t2s-table.js';
import { extractText } from '../../src/index.js';

describe('traditional to simplified', () => {
  it('folds in text and keeps display', () => {
    const { clean } = cleanText('1.5萬億元，兩個月後，週一，臺灣');
    expect(clean.text).toBe('1.5万亿元,两个月后,周一,台湾');
    expect(clean.display).toBe('1.5萬億元，兩個月後，週一，臺灣');
  });

  it('folds across a removed space too', () => {
    expect(cleanText('三 萬').clean.text).toBe('三万');
  });

  it('is a table of BMP characters, one to one, whose results fold no further', () => {
    expect(T2S_FROM.length).toBe(T2S_TO.length);
    expect([...T2S_FROM].length).toBe(T2S_FROM.length);
    const from = new Set(T2S_FROM);
    expect([...T2S_TO].filter((ch) => from.has(ch))).toEqual([]);
  });

  it('leaves characters simplified text writes as they are', () => {
    const s = '著名学者乾隆年间於某地';
    expect(cleanText(s).clean.text).toBe(s);
  });

  it('keeps each mention text as printed', () => {
    const doc = extractText('投資1.5萬億元', { refDate: '2024-07-01' });
    expect(doc.mentions.map((m) => m.text)).toEqual(['1.5萬億元']);
  });
});
