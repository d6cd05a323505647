// Decode: bytes to text. The order: a byte-order mark (UTF-8, UTF-16 LE/BE), then UTF-16
// without a mark when the byte pattern leaves no doubt, then strict UTF-8, then GB18030 (which
// covers GBK and GB2312). NUL bytes in text that is not UTF-16 mean a binary file: refused.
import { ZhnewsError } from '../errors.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
}

export function decodeBytes(bytes: Uint8Array, path: string | null = null, hint?: string | null): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3), path), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: strict('utf-16le', bytes.subarray(2), path), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: strict('utf-16be', bytes.subarray(2), path), encoding: 'utf-16be' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: strict(utf16, bytes, path), encoding: utf16 };
  if (bytes.includes(0)) throw new ZhnewsError('E_BINARY', 'binary file (NUL bytes), not text', path);
  if (hint && /^(gbk|gb2312|gb18030|x-gbk|cp936)$/iu.test(hint)) {
    const gb = tryDecode('gb18030', bytes);
    if (gb !== null) return { text: gb, encoding: 'gb18030' };
  }
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  throw new ZhnewsError('E_DECODE', 'not valid UTF-8, UTF-16 or GB18030 text', path);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strict(label: string, bytes: Uint8Array, path: string | null): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new ZhnewsError('E_DECODE', `invalid ${label.toUpperCase()} text`, path);
  return text;
}

/**
 * UTF-16 without a byte-order mark: in Chinese or ASCII text one byte of each pair is the
 * high byte, and high bytes fall in few ranges (0x00 ASCII, 0x20/0x30 punctuation, 0x4e-0x9f
 * ideographs, 0xff full-width). Decided only on an even length and a clear majority.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(bytes.length / 2, 4096);
  let highOdd = 0; // pairs whose second byte looks like a UTF-16 high byte (little-endian)
  let highEven = 0;
  let zeros = 0;
  for (let k = 0; k < pairs; k += 1) {
    const a = bytes[2 * k] ?? 0;
    const b = bytes[2 * k + 1] ?? 0;
    if (a === 0 || b === 0) zeros += 1;
    if (isHighByte(b)) highOdd += 1;
    if (isHighByte(a)) highEven += 1;
  }
  if (zeros === 0) return null; // Chinese-only UTF-16 without a mark is too close to GB18030 to tell
  if (highOdd >= pairs * 0.95 && highEven <= pairs * 0.7) return 'utf-16le';
  if (highEven >= pairs * 0.95 && highOdd <= pairs * 0.7) return 'utf-16be';
  return null;
}

function isHighByte(b: number): boolean {
  return b === 0 || b === 0x20 || b === 0x30 || (b >= 0x4e && b <= 0x9f) || b === 0xff;
}
