// How much of a decoded text is made of common Chinese characters: the test that tells a right
// decoding from a wrong one when the bytes decode without error either way (GB18030 bytes that
// happen to be valid UTF-8, Big5 read as GB18030, UTF-16 without a byte-order mark).
// The common characters are not a table of ours: they are the first level of GB 2312 (its 3755
// most used characters, rows 0xB0-0xD7) and Big5's block of frequently used characters
// (0xA440-0xC67E, 5401 characters), decoded once by Node's own GB18030 and Big5 decoders.
// A wrong decoding scatters over the whole ideograph range and rarer blocks, where few of
// these fall.

let common: Uint8Array | null = null;

function commonSet(): Uint8Array {
  if (common) return common;
  const set = new Uint8Array(0x10000);
  addBlock(set, 'gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  addBlock(set, 'big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  common = set;
  return set;
}

function addBlock(set: Uint8Array, label: string, leads: [number, number], trails: [number, number][]): void {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead += 1) for (const [lo, hi] of trails) for (let t = lo; t <= hi; t += 1) bytes.push(lead, t);
  for (const ch of new TextDecoder(label).decode(new Uint8Array(bytes))) {
    const code = ch.codePointAt(0) ?? 0;
    if (isIdeograph(code)) set[code] = 1;
  }
}

function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Punctuation of Chinese text: CJK symbols, full-width forms, dashes, quotes, ellipsis, middle dot. */
function isChinesePunctuation(code: number): boolean {
  return (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2010 && code <= 0x2026) || code === 0xb7;
}

export interface Commonness {
  /** Characters outside ASCII looked at. */
  readonly counted: number;
  /** Share of them that are common ideographs or Chinese punctuation (0..1). */
  readonly share: number;
  /** U+FFFD replacement characters: text damaged by an earlier lossy conversion. */
  readonly replacements: number;
}

/** Looks at the first `limit` characters (enough to judge, and linear on any input). */
export function measureCommonness(text: string, limit = 8192): Commonness {
  const set = commonSet();
  let counted = 0;
  let good = 0;
  let replacements = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    counted += 1;
    if (code === 0xfffd) replacements += 1;
    else if (set[code] === 1 || isChinesePunctuation(code)) good += 1;
  }
  return { counted, share: counted ? good / counted : 1, replacements };
}
