// Text bound for a terminal: control characters made visible, and widths counted in columns.
//
// A file name or an article may hold a line break, a carriage return or an escape sequence
// (ESC [ … or the one-character C1 CSI, U+009B) that would move the cursor, recolour or clear
// the screen if printed as is. Everything the CLI writes to a terminal (stderr messages, the
// pretty view) goes through escapeControls, which shows such a character as a backslash escape.

/** C0 controls, DEL and the C1 controls (U+0080-U+009F). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Code-point ranges a terminal draws two columns wide: the W and F classes of Unicode's
 * EastAsianWidth.txt (UAX #11), merged into the blocks news text uses: Hangul Jamo, CJK
 * radicals and punctuation, kana, CJK ideographs and their extensions, Hangul syllables,
 * compatibility ideographs, vertical and small forms, full-width forms, and the
 * supplementary ideographic planes.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x20000, 0x3fffd],
];

/** Columns one code point takes: 2 for wide ones, 0 for combining marks, else 1. */
export function charWidth(codePoint: number): number {
  if (codePoint >= 0x0300 && codePoint <= 0x036f) return 0;
  for (const [from, to] of WIDE) if (codePoint >= from && codePoint <= to) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let width = 0;
  for (const c of s) width += charWidth(c.codePointAt(0) ?? 0);
  return width;
}

/** Pads `s` with spaces to `width` columns (never cuts). */
export function padColumns(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** The head of `s` that fits in `width` columns, with `…` when something was cut. */
export function fitColumns(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const c of s) {
    const w = charWidth(c.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out += c;
    used += w;
  }
  return `${out}…`;
}

/** The tail of `s` that fits in `width` columns, with `…` in front when something was cut. */
export function fitColumnsFromEnd(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  const chars = [...s];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i] ?? '';
    const w = charWidth(c.codePointAt(0) ?? 0);
    if (used + w > width - 1) break;
    out = c + out;
    used += w;
  }
  return `…${out}`;
}
