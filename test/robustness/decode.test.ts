// Bytes that decode without error and are still read wrong: the decoder must notice (the share
// of common characters) and say so in the document's warnings, or pick the reading that is
// right. Encoders are built here by inverting Node's own decoders over their two-byte ranges.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/input/decode.js';
import { extractBytes } from '../../src/index.js';

function encoder(label: string): (text: string) => Buffer {
  const map = new Map<string, [number, number]>();
  const decoder = new TextDecoder(label);
  for (let a = 0x81; a <= 0xfe; a += 1) {
    for (let b = 0x40; b <= 0xfe; b += 1) {
      const ch = decoder.decode(new Uint8Array([a, b]));
      if ([...ch].length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, [a, b]);
    }
  }
  return (text) => Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (map.get(ch) ?? []))));
}

const NEWS_TRADITIONAL = '臺灣新聞報導：行政院今日宣布，將投資三億元興建國際會議中心，預計明年完工。記者王小明在台北報導。';
const NEWS_SIMPLIFIED = '今年完成投资三亿元，学习民法典。济宁市民政局救助三万人，记者在济南报道。';

describe('decoding that looks wrong', () => {
  it('Big5 text is read as Big5, with a warning that says why', () => {
    const decoded = decodeBytes(encoder('big5')(NEWS_TRADITIONAL), 'big5.txt');
    expect(decoded.encoding).toBe('big5');
    expect(decoded.text).toBe(NEWS_TRADITIONAL);
    expect(decoded.warnings?.[0]).toMatch(/^read as Big5: 100% of its characters are common ones, as GB18030 \d+%$/u);
  });

  it('GB18030 text stays GB18030 and carries no warning', () => {
    const decoded = decodeBytes(encoder('gb18030')(NEWS_SIMPLIFIED), 'gb.txt');
    expect(decoded).toEqual({ text: NEWS_SIMPLIFIED, encoding: 'gb18030' });
  });

  it.each(['utf-16le', 'utf-16be'] as const)('Chinese-only %s without a byte-order mark is read as such, with a warning', (encoding) => {
    const le = Buffer.from(NEWS_SIMPLIFIED, 'utf16le');
    expect(le.includes(0)).toBe(false); // no NUL byte: the byte-pattern guess cannot tell
    const decoded = decodeBytes(encoding === 'utf-16le' ? le : Buffer.from(le).swap16(), 'u16.txt');
    expect([decoded.encoding, decoded.text]).toEqual([encoding, NEWS_SIMPLIFIED]);
    expect(decoded.warnings?.[0]).toMatch(new RegExp(`^read as ${encoding.toUpperCase()} without a byte-order mark`, 'u'));
  });

  it('GB18030 bytes that happen to be valid UTF-8 give a warning naming GB18030', () => {
    // GB 2312 characters with a lead byte 0xC2-0xD7 and a trail byte 0xA1-0xBF are valid
    // two-byte UTF-8 sequences (Greek, Cyrillic, Hebrew ... when read so)
    const gb = new TextDecoder('gb18030');
    let text = '';
    for (let lead = 0xc2; lead <= 0xd7 && text.length < 40; lead += 1) text += gb.decode(new Uint8Array([lead, 0xa1, lead, 0xb5]));
    const bytes = encoder('gb18030')(text);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toBe(text);
    const doc = extractBytes(bytes, { doc: 'gb-as-utf8.txt' });
    expect(doc.encoding).toBe('utf-8');
    expect(doc.warnings).toEqual([expect.stringMatching(/^read as UTF-8, but only 0% of its characters are common ones; as GB18030 100% would be: the file may be GB18030$/u)]);
  });

  it('UTF-8 text holding replacement characters is read, with a warning', () => {
    const doc = extractBytes(Buffer.from('学习《民法典》\uFFFD\uFFFD。'), { doc: 'damaged.txt' });
    expect(doc.warnings).toEqual(['the text holds 2 replacement characters (U+FFFD): it was damaged by an earlier conversion']);
    expect(doc.mentions.map((m) => m.text)).toEqual(['《民法典》']);
  });

  it('plain UTF-8 Chinese has no warning', () => {
    expect(extractBytes(Buffer.from(NEWS_SIMPLIFIED.repeat(3)), { doc: 'x' }).warnings).toBeUndefined();
  });
});
