// HTML bytes to text. The order browsers use (WHATWG "encoding sniffing"): a byte-order mark,
// then the charset the page declares in its first bytes (`<meta charset="gbk">`,
// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, `<?xml encoding=?>`),
// then the UTF-8 check and GB18030 (decode.ts). One exception: bytes that are valid
// multi-byte UTF-8 are read as UTF-8 even under a GB declaration (a re-saved page). GBK and GB2312 are read as GB18030, their
// superset: a GB2312 page often holds GBK-only characters (`镕`, `喆`) that a strict GB2312
// decoder would reject.
import { decodeBytes, type Decoded } from '../decode.js';

/** How far the declaration is looked for: browsers scan 1024 bytes; CMS pages put long comments first. */
const PRESCAN_BYTES = 4096;

/** Declared names that mean the GB family, read as GB18030. */
const GB_NAMES = new Set(['gbk', 'gb2312', 'gb_2312', 'gb_2312-80', 'gb18030', 'x-gbk', 'cp936', 'csgb2312', 'euc-cn', 'windows-936']);

/** Declared names that mean UTF-8 (`utf8` is a common misspelling browsers accept). */
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** Traditional-Chinese pages (Taiwan, Hong Kong): decoded by the platform's Big5 decoder. */
const BIG5_NAMES = new Set(['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5']);

export interface HtmlDecoded {
  readonly text: string;
  readonly encoding: string;
  /** The charset the page declared, lower-cased; null when it declares none. */
  readonly declared: string | null;
}

/** The charset a page declares in its first bytes, lower-cased, or null. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  // One regex covers `<meta charset=gbk>` and `content="text/html; charset=gb2312"`:
  // the attribute text is bounded by `>` so the scan stays linear.
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  if (meta?.[1]) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/iu.exec(head);
  return xml?.[1] ? xml[1].toLowerCase() : null;
}

/** Decodes a page: BOM, declared charset, then the UTF-8 check. Throws ZhnewsError like decodeBytes. */
export function decodeHtml(bytes: Uint8Array, path: string | null): HtmlDecoded {
  const declared = sniffCharset(bytes);
  if (declared && BIG5_NAMES.has(declared) && !hasBom(bytes)) {
    const big5 = tryBig5(bytes);
    if (big5 !== null) return { text: big5, encoding: 'big5', declared };
  }
  let hint = declared && GB_NAMES.has(declared) ? 'gb18030' : declared && UTF8_NAMES.has(declared) ? 'utf-8' : declared;
  // A page saved as UTF-8 that kept its old `charset=gb2312`: GB18030 would decode its bytes
  // into nonsense without an error, while Chinese GBK text is practically never valid UTF-8.
  // So valid multi-byte UTF-8 wins over a GB declaration (with a warning, see charsetMismatch).
  if (hint === 'gb18030' && isMultibyteUtf8(bytes)) hint = null;
  const decoded: Decoded = decodeBytes(bytes, path, hint);
  return { text: decoded.text, encoding: decoded.encoding, declared };
}

/** True when the declared charset and the one that decoded the page disagree (a mislabelled page). */
export function charsetMismatch(d: HtmlDecoded): boolean {
  if (!d.declared) return false;
  const family = (name: string): string =>
    GB_NAMES.has(name) ? 'gb' : UTF8_NAMES.has(name) || name.startsWith('utf-8') ? 'utf-8' : BIG5_NAMES.has(name) ? 'big5' : name;
  // A UTF-16 page with a BOM always declares something else (often utf-8): the BOM wins, as in browsers.
  if (d.encoding.startsWith('utf-16')) return false;
  return family(d.declared) !== family(d.encoding);
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function tryBig5(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('big5', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
