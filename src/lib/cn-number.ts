// One number module for every extractor: Arabic (`1,234`, `1.47`), Chinese numerals
// (`一千二百三十四万`, `两亿三千万`, `二〇二三`, `零点五`, traditional `萬 億 兩`, financial
// `壹贰叁`) and mixed forms (`1.47亿`, `3.5万`, `12万5千`, `1万亿`).
//
// Values are computed in exact decimal (a bigint mantissa and a power of ten) and turned into
// a JS number once, at the end: `1106.53万` is 11065300, not 11065300.000000002. A value that
// a double cannot hold exactly (more than 15 significant digits, or above 1e21) is `null`,
// never a rounded guess: `99999999999999999亿` -> null.

/** Arabic number as it stands in cleaned (half-width) text: `1,234`, `1.47`, `12`. */
export const ARABIC_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Chinese numeral characters (digits and magnitudes). */
export const CN_DIGIT_CHARS = '零〇一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖';
export const CN_MAGNITUDE_CHARS = '十拾百佰千仟万萬亿億';
/**
 * One number: Arabic optionally followed by magnitudes and more digits (`1.47亿`, `12万5千`),
 * or a run of Chinese numeral characters (`一千二百三十四万`, `二〇二三`, `零点五`).
 * Callers decide what may stand around it (a unit, a measure word) and what it must not touch.
 */
export const NUMBER_SOURCE =
  // one magnitude per repetition (`万`, `5千`): `[万]+` inside `*` could split a run of
  // magnitudes many ways and backtrack exponentially on a failed match (`1万万万…X`)
  `(?:(?:${ARABIC_SOURCE})(?:[${CN_MAGNITUDE_CHARS}](?:零?\\d+|[${CN_DIGIT_CHARS}])?)*` +
  `|[${CN_DIGIT_CHARS}${CN_MAGNITUDE_CHARS}]+(?:点[${CN_DIGIT_CHARS}]+[万萬亿億]*)?)`;

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** Exact decimal: m × 10^e. */
interface Dec {
  m: bigint;
  e: number;
}
const ZERO: Dec = { m: 0n, e: 0 };

function scale(d: Dec, power: number): Dec {
  return { m: d.m, e: d.e + power };
}
function add(a: Dec, b: Dec): Dec {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  return { m: a.m * 10n ** BigInt(a.e - e) + b.m * 10n ** BigInt(b.e - e), e };
}
function isZero(d: Dec): boolean {
  return d.m === 0n;
}

/** `1,234.5` -> 12345 × 10^-1 */
function parseArabic(s: string): Dec | null {
  const plain = s.replace(/,/gu, '');
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(plain);
  if (!match) return null;
  const fraction = match[2] ?? '';
  return { m: BigInt((match[1] ?? '') + fraction), e: -fraction.length };
}

/** Digits read one by one: `二〇二三` -> 2023, `五` -> 5. */
function parseDigitRun(s: string): Dec | null {
  let out = '';
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    out += String(d);
  }
  return out ? { m: BigInt(out), e: 0 } : null;
}

type Piece = { kind: 'num'; value: Dec } | { kind: 'small'; power: number } | { kind: 'big'; power: number };

function tokenize(s: string): Piece[] | null {
  const pieces: Piece[] = [];
  const re = /\d+(?:,\d{3})*(?:\.\d+)?|[\s\S]/gu;
  for (const m of s.matchAll(re)) {
    const t = m[0];
    if (/^\d/u.test(t)) {
      const v = parseArabic(t);
      if (!v) return null;
      pieces.push({ kind: 'num', value: v });
    } else if (DIGITS[t] !== undefined) {
      pieces.push({ kind: 'num', value: { m: BigInt(DIGITS[t] ?? 0), e: 0 } });
    } else if (SMALL_UNITS[t] !== undefined) {
      pieces.push({ kind: 'small', power: SMALL_UNITS[t] ?? 0 });
    } else if (BIG_UNITS[t] !== undefined) {
      pieces.push({ kind: 'big', power: BIG_UNITS[t] ?? 0 });
    } else {
      return null;
    }
  }
  return pieces;
}

/**
 * Reads pieces below one big-unit boundary: `一千二百三十四` -> 1234, `十二` -> 12,
 * `一百零五` -> 105, `一百五` -> 150 (a trailing digit takes the next lower place).
 */
function readSection(pieces: readonly Piece[]): Dec | null {
  let total = ZERO;
  let pending: Dec | null = null;
  let lastPower = -1;
  for (const p of pieces) {
    if (p.kind === 'num') {
      if (pending && !isZero(pending)) return null; // two numbers in a row: `三四` is not a number here
      pending = p.value;
    } else if (p.kind === 'small') {
      // `十二`: a bare 十 is 10, and so is 十 after 零 (`三万零十五` is 30015)
      const base = pending && !isZero(pending) ? pending : { m: 1n, e: 0 };
      total = add(total, scale(base, p.power));
      lastPower = p.power;
      pending = null;
    } else {
      return null;
    }
  }
  if (pending) total = add(total, lastPower > 0 && pieces.length > 1 && pending.e === 0 && pending.m < 10n && !zeroBefore(pieces) ? scale(pending, lastPower - 1) : pending);
  return total;
}

/** True when a 零 stands just before the last digit (`一百零五`: the 5 is units, not tens). */
function zeroBefore(pieces: readonly Piece[]): boolean {
  const before = pieces[pieces.length - 2];
  return before !== undefined && before.kind === 'num' && isZero(before.value);
}

/** A finished part of a number: its value and the power of its lowest big unit (亿 = 8, 万亿 = 12). */
interface Section {
  value: Dec;
  power: number;
}

/**
 * Reads big-unit sections left to right. A big unit multiplies everything before it that is
 * smaller than itself: `3万亿` -> (3 × 万) × 亿 = 3e12; `3万亿5千亿` is 3e12 + 5000 × 亿. Each
 * section must be smaller than the one before (`3亿5亿` is no number), and a lone digit after
 * a big unit takes the next lower place (`两万三` -> 23000, `三亿五` -> 350000000).
 */
function readPieces(pieces: readonly Piece[]): Dec | null {
  const sections: Section[] = [];
  let from = 0;
  for (let i = 0; i < pieces.length; i += 1) {
    const p = pieces[i];
    if (!p || p.kind !== 'big') continue;
    if (pieces[i + 1]?.kind === 'small') return null; // `10万千`: a unit `千米` follows `10万`
    // nothing before the unit: `万` alone is 1 × 万, but in `3万亿` the 亿 scales the 3万
    const scalesPrevious = (sections[sections.length - 1]?.power ?? 99) < p.power;
    const own = i > from ? readSection(pieces.slice(from, i)) : scalesPrevious ? ZERO : { m: 1n, e: 0 };
    if (!own) return null;
    let value = own;
    let lowest = 0;
    while (sections.length && (sections[sections.length - 1]?.power ?? 0) < p.power) {
      const smaller = sections.pop() as Section;
      value = add(value, smaller.value);
      lowest = Math.max(lowest, smaller.power);
    }
    const power = p.power + lowest;
    if (sections.length && (sections[sections.length - 1]?.power ?? 0) <= power) return null;
    sections.push({ value: scale(value, p.power), power });
    from = i + 1;
  }
  const tail = pieces.slice(from);
  let total = sections.reduce((sum, sec) => add(sum, sec.value), ZERO);
  if (tail.length === 0) return sections.length ? total : null;
  const last = sections[sections.length - 1];
  const lone = tail.length === 1 && tail[0]?.kind === 'num' && tail[0].value.e === 0 && tail[0].value.m < 10n;
  if (lone && last && tail[0]?.kind === 'num') return add(total, scale(tail[0].value, last.power - 1));
  const rest = readSection(tail);
  if (!rest) return null;
  total = add(total, rest);
  return total;
}

function toNumber(d: Dec): number | null {
  let { m, e } = d;
  if (m === 0n) return 0;
  while (m % 10n === 0n) {
    m /= 10n;
    e += 1;
  }
  const digits = m.toString().replace('-', '').length;
  if (digits > 15 || digits + e > 21) return null; // a double would round it: say so with null
  const n = Number(m);
  if (e >= 0) return n * 10 ** e;
  return n / 10 ** -e;
}

/**
 * Parses one number as written in cleaned text. Returns null for anything that is not a
 * whole number expression, or that a double cannot hold exactly.
 *
 *   parseCnNumber('1.47亿') === 147000000      parseCnNumber('一千二百三十四万') === 12340000
 *   parseCnNumber('二〇二三') === 2023          parseCnNumber('零点五') === 0.5
 */
export function parseCnNumber(input: string): number | null {
  const s = input.trim();
  if (!s) return null;
  const point = s.indexOf('点');
  if (point >= 0) {
    // `四点五亿`, `二点五万`: the magnitudes after the decimal digits scale the whole number
    const [, digits = '', mags = ''] = /^([^万萬亿億]*)([万萬亿億]*)$/u.exec(s.slice(point + 1)) ?? [];
    const whole = point === 0 ? ZERO : parseNumberDec(s.slice(0, point));
    const frac = parseDigitRun(digits);
    const power = [...mags].reduce((sum, ch) => sum + (BIG_UNITS[ch] ?? 0), 0);
    if (!whole || !frac || (mags && /[万萬亿億]/u.test(s.slice(0, point)))) return null;
    return toNumber(scale(add(whole, { m: frac.m, e: -[...digits].length }), power));
  }
  const d = parseNumberDec(s);
  return d ? toNumber(d) : null;
}

function parseNumberDec(s: string): Dec | null {
  // `二〇二三`, `一九九八`: digits only, more than one, read as a digit string
  if ([...s].length > 1 && [...s].every((ch) => DIGITS[ch] !== undefined)) return parseDigitRun(s);
  const pieces = tokenize(s);
  if (!pieces || pieces.length === 0) return null;
  return readPieces(pieces);
}
