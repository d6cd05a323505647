// Whether some bytes are a news page: the test every input passes before it is decoded. It
// lives apart from the page reader (html.ts, cheerio's glue and a dozen modules), so a run of
// plain text never loads the reader: src/document.ts imports it on the first page.

const HTML_EXTENSION = /\.html?$/iu;
/** After a BOM, white space, an XML declaration and comments: `<!doctype html` or `<html`. */
const HTML_START = /^<(?:!doctype\s+html|html[\s>])/iu;

/** True for a page: a `.html`/`.htm` name, or content that starts like one. */
export function looksLikeHtml(bytes: Uint8Array, path: string | null): boolean {
  if (path && HTML_EXTENSION.test(path)) return true;
  let head = sniffText(bytes.subarray(0, 2048)).trimStart();
  head = head.replace(/^<\?xml[^>]*>\s*/u, '');
  // Leading comments (`<!-- 稿件ID: 123 -->`): strip them one at a time, no backtracking regex.
  for (let i = 0; i < 20 && head.startsWith('<!--'); i += 1) {
    const close = head.indexOf('-->');
    if (close < 0) return false;
    head = head.slice(close + 3).trimStart();
  }
  return HTML_START.test(head);
}

function sniffText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.subarray(start)).toString('latin1');
}
