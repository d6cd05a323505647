// Caps a page must stay under before it is parsed. The HTML parser's cost grows with the square
// of the nesting depth (each new element looks through the stack of open elements) and of the
// attribute count of one element (each attribute is checked against the others for duplicates),
// and its memory with the page size: 100 000 nested <div>s or 160 000 attributes on one element
// take minutes, and a 100 MB page runs out of heap. Browsers cap both (Chromium flattens the
// tree at 512 levels); here a page over a cap is a failure of that page, and a batch goes on.
// The scan that measures them is one linear pass over the decoded text.
import { ZhnewsError } from '../../errors.js';

/** Page size in bytes: a news page saved whole, images inlined, stays well under it. */
export const MAX_PAGE_BYTES = 16 * 1024 * 1024;
/** Nesting depth of open elements: broken CMS pages reach a few thousand unclosed <font>s. */
export const MAX_DEPTH = 10_000;
/** Attributes on one element: real pages carry a few dozen at most. */
export const MAX_ATTRIBUTES = 1_000;

/** Elements that never hold children. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen',
]);
/** Elements the parser closes by opening a sibling (`<p>a<p>b`, `<li>a<li>b`): no deeper level each. */
const SELF_CLOSING_SIBLINGS: ReadonlySet<string> = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'optgroup', 'rb', 'rt', 'rp']);
/** Inline elements a sibling's opening closes with it. */
const INLINE_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'span', 'strike', 'strong', 'tt', 'u']);
/** Elements whose content is text, not markup: skipped to their end tag. */
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);
/** How far down the stack an end tag or a sibling looks for its element; bounded, so the scan stays linear. */
const MATCH_WINDOW = 64;

/** `[^<>]`: a tag that never closes fails at the next `<`, so no match runs to the end of the page twice. */
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)([^<>]*)>|<!--/gu;
const ATTRIBUTE = /[^\s"'=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/gu;

/** Throws ZhnewsError E_PAGE_LIMIT when the page's bytes are over the size cap. */
export function checkPageSize(bytes: Uint8Array, path: string | null): void {
  if (bytes.length > MAX_PAGE_BYTES) throw limitError(`page of ${mib(bytes.length)} is over the ${mib(MAX_PAGE_BYTES)} cap for news pages`, path);
}

/** Throws ZhnewsError E_PAGE_LIMIT when the markup nests deeper or carries more attributes than the caps. */
export function checkMarkup(html: string, path: string | null): void {
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) return;
      TAG.lastIndex = end + 3;
      continue;
    }
    const name = (m[2] ?? '').toLowerCase();
    if (m[1]) {
      closeTo(open, name, MATCH_WINDOW);
      continue;
    }
    const attributes = countAttributes(m[3] ?? '');
    if (attributes > MAX_ATTRIBUTES) throw limitError(`an element with ${attributes} attributes is over the cap of ${MAX_ATTRIBUTES}`, path);
    if (VOID_TAGS.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name);
      end.lastIndex = TAG.lastIndex;
      if (!end.exec(html)) return;
      TAG.lastIndex = end.lastIndex;
      continue;
    }
    if (SELF_CLOSING_SIBLINGS.has(name)) closeSibling(open, name);
    open.push(name);
    if (open.length > MAX_DEPTH) throw limitError(`elements nested over ${MAX_DEPTH} deep`, path);
  }
}

/** `</script` in any case, searched from a position (flag `g` and lastIndex). */
const RAW_TEXT_ENDS: ReadonlyMap<string, RegExp> = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'giu')]));

function rawTextEnd(name: string): RegExp {
  return RAW_TEXT_ENDS.get(name) ?? /$^/gu;
}

/** Pops the stack to the nearest open `name` within `window` entries of the top; an end tag with no match is ignored, as parsers do. */
function closeTo(open: string[], name: string, window: number): void {
  for (let i = open.length - 1; i >= 0 && i >= open.length - window; i -= 1) {
    if (open[i] !== name) continue;
    open.length = i;
    return;
  }
}

/** `<p><font>一<p>`: the second <p> closes the first and the inline elements left open in it. */
function closeSibling(open: string[], name: string): void {
  for (let i = open.length - 1; i >= 0 && i >= open.length - MATCH_WINDOW; i -= 1) {
    const tag = open[i] ?? '';
    if (tag === name) {
      open.length = i;
      return;
    }
    if (!INLINE_TAGS.has(tag)) return;
  }
}

function countAttributes(s: string): number {
  let n = 0;
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.exec(s)) n += 1;
  return n;
}

function limitError(reason: string, path: string | null): ZhnewsError {
  return new ZhnewsError('E_PAGE_LIMIT', `not read: ${reason}`, path);
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
