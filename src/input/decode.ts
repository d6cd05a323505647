// Decode: bytes to text. The order: a byte-order mark (UTF-8, UTF-16 LE/BE), then UTF-16
// without a mark when the byte pattern leaves no doubt, then strict UTF-8, then GB18030 (which
// covers GBK and GB2312). NUL bytes in text that is not UTF-16 mean a binary file: refused.
// Bytes can decode without error and still be read wrong; the share of common characters
// (common-chars.ts) tells, and the result carries a warning when the text looks wrong:
// - valid UTF-8 that reads as few common characters, where GB18030 reads as many: kept as
//   UTF-8 (valid UTF-8 is strong evidence), with a warning that names GB18030;
// - UTF-8 text holding U+FFFD: damaged before it reached us, with a warning;
// - GB18030 that reads as few common characters, where Big5 or UTF-16 without a mark reads as
//   many: read in that encoding, with a warning that says so.
import { ZhnewsError } from '../errors.js';
import { measureCommonness } from './common-chars.js';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  readonly text: string;
  readonly encoding: Encoding;
  /** What looks wrong about the decoded text, for the document's `warnings`. */
  readonly warnings?: readonly string[];
}

/** Below this many non-ASCII characters the share of common ones says too little. */
const MIN_COUNTED = 16;
/** A right Chinese decoding reads above this share of common characters (news text: above 0.95). */
const RIGHT = 0.8;
/** A decoding that reads below this share looks wrong. */
const WRONG = 0.5;

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
  if (utf8 !== null) return withUtf8Warnings(utf8, bytes);
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return betterThanGb18030(gb, bytes);
  const other = rightReading(bytes, 0, false);
  if (other) return other;
  throw new ZhnewsError('E_DECODE', 'not valid UTF-8, UTF-16 or GB18030 text', path);
}

function withUtf8Warnings(text: string, bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  const replacements = countReplacements(text);
  if (replacements > 0) warnings.push(`the text holds ${replacements} replacement characters (U+FFFD): it was damaged by an earlier conversion`);
  const measured = measureCommonness(text);
  if (measured.counted >= MIN_COUNTED && measured.share < WRONG) {
    const gb = tryDecode('gb18030', bytes);
    const gbShare = gb === null ? 0 : measureCommonness(gb).share;
    if (gbShare >= RIGHT) warnings.push(`read as UTF-8, but only ${percent(measured.share)} of its characters are common ones; as GB18030 ${percent(gbShare)} would be: the file may be GB18030`);
  }
  return warnings.length ? { text, encoding: 'utf-8', warnings } : { text, encoding: 'utf-8' };
}

/** GB18030 decodes almost any bytes: when its reading looks wrong, Big5 or UTF-16 may read right. */
function betterThanGb18030(gb: string, bytes: Uint8Array): Decoded {
  const measured = measureCommonness(gb);
  if (measured.counted < MIN_COUNTED || measured.share >= RIGHT) return { text: gb, encoding: 'gb18030' };
  return (
    rightReading(bytes, measured.share, true) ?? {
      text: gb,
      encoding: 'gb18030',
      warnings: [`read as GB18030, but only ${percent(measured.share)} of its characters are common ones: the encoding may be another`],
    }
  );
}

/** Big5, then UTF-16 without a mark: the first that reads as common characters, clearly better than `than`. */
function rightReading(bytes: Uint8Array, than: number, big5: boolean): Decoded | null {
  const candidates: Encoding[] = [...(big5 ? ['big5' as const] : []), ...(bytes.length % 2 === 0 ? (['utf-16le', 'utf-16be'] as const) : [])];
  for (const encoding of candidates) {
    const text = tryDecode(encoding, bytes);
    if (text === null || text.includes('\0')) continue;
    const measured = measureCommonness(text);
    if (measured.counted >= MIN_COUNTED && measured.share >= RIGHT && measured.share > than + 0.2) {
      const name = encoding === 'big5' ? 'Big5' : `${encoding.toUpperCase()} without a byte-order mark`;
      const versus = big5 ? `, as GB18030 ${percent(than)}` : '; it is not valid UTF-8 or GB18030';
      return { text, encoding, warnings: [`read as ${name}: ${percent(measured.share)} of its characters are common ones${versus}`] };
    }
  }
  return null;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n += 1;
  return n;
}

const percent = (share: number): string => `${Math.round(share * 100)}%`;

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
