// The number part of a quantity, as regex sources and exact arithmetic on top of the shared
// parseCnNumber (src/lib/cn-number.ts).
//
// The shapes differ from the shared NUMBER_SOURCE on purpose: a Chinese numeral here must be
// a well-formed numeral (`十二`, `一百零五`, `两万三`) or one digit (`三`), never a run of
// digits (`二〇二三` is a year, `一九九八` too), so `二〇二三年` cannot yield `三年`; and a
// small magnitude never follows a big one directly, so `10万千米` reads as 10万 + 千米.
import { ARABIC_SOURCE, CN_DIGIT_CHARS, parseCnNumber } from '../../lib/cn-number.js';

const SMALL = '十拾百佰千仟';
const BIG = '万萬亿億';
export const CN_NUMERAL_CHARS = `${CN_DIGIT_CHARS}${SMALL}${BIG}`;

/** One magnitude: `万`, `千`, but not `千` right after `万` (`10万千米`). */
const MAGNITUDE = `(?:(?<![${BIG}])[${SMALL}]|[${BIG}])`;

/** `1.47亿`, `12万5千`, `3.5万`, `1,234`. */
export const ARABIC_NUMBER = `(?:${ARABIC_SOURCE})(?:${MAGNITUDE}(?:零?\\d+(?:\\.\\d+)?)?)*`; // `5千零8`

/** `十二`, `一百零五`, `两亿三千万`, `三`, `零点五`: well-formed, one digit per magnitude. */
export const CN_NUMBER =
  `(?:(?:[${CN_DIGIT_CHARS}]?${MAGNITUDE}|[零〇])+[${CN_DIGIT_CHARS}]?|[${CN_DIGIT_CHARS}])(?:点[${CN_DIGIT_CHARS}]+[${BIG}]*)?`; // `四点五亿`

/**
 * Several tens, hundreds ...: `数十`, `几百`, `数万`: no defensible value (null). `数` glued
 * to a noun before it (`人数十万`) is the noun's, hence the look-behind.
 */
export const VAGUE_NUMBER = `(?:(?<![人总次户件个岁基指分倍参系函台票字页位多少无])[几数]${MAGNITUDE}+)`;

/** Any number a quantity may start with. */
export const ANY_NUMBER = `(?:${ARABIC_NUMBER}|${CN_NUMBER}|${VAGUE_NUMBER})`;

/**
 * Characters a number must not touch on its left: `G20`, `第六届`, `0531-1234`, `3.0.1`; nor
 * may it be the second half of a range that failed as a whole (`第3至5名`, `2019-2021年`).
 */
export const NUMBER_LEFT_GUARD = `(?<![\\dA-Za-z._/:#=&第初${CN_NUMERAL_CHARS}])(?<![\\d${CN_NUMERAL_CHARS}][-~～—至到点])`;

export function isArabic(numText: string): boolean {
  return /^\d/u.test(numText);
}

export function isVague(numText: string): boolean {
  return /^[几数]/u.test(numText);
}

/** A lone magnitude (`百`, `万`) that is not a number without 上/近/数 before it: `万人下乡`. */
export function isBareMagnitude(numText: string): boolean {
  return /^[百佰千仟万萬亿億]+$/u.test(numText);
}

/**
 * The value of a number and a magnitude written after an approx word (`600多万` ->
 * 600 and 万 -> 6000000); null when vague or not exact.
 */
export function parseAmount(numText: string, magnitude = ''): number | null {
  if (isVague(numText)) return null;
  // fast path for the commonest case, a plain Arabic number (`233`, `6.92`): exact as a double
  if (!magnitude && /^\d{1,15}(?:\.\d{1,6})?$/u.test(numText) && numText.length <= 16) return Number(numText);
  return shiftedArabic(numText + magnitude) ?? parseCnNumber(numText + magnitude);
}

const POWERS: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/**
 * Fast path for `1.47亿`, `3.5万`: the decimal point moves in the digit string, so the value
 * is exact (`1.47` × 1e8 in floating point is not). Null for any other shape.
 */
function shiftedArabic(s: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,6}))?([万萬亿億])$/u.exec(s);
  if (!m) return null;
  const fraction = m[2] ?? '';
  const shift = (POWERS[m[3] ?? ''] ?? 0) - fraction.length;
  const digits = (m[1] ?? '') + fraction;
  return shift >= 0 ? Number(digits + '0'.repeat(shift)) : Number(digits) / 10 ** -shift;
}

/**
 * value × num / den with a single rounding: the decimal digits of `value` are read as an
 * exact integer, so 1.1 km -> 1100 m exactly (not 1100.0000000000002).
 */
export function scaleExact(value: number, num: number, den: number): number {
  if (num === 1 && den === 1) return value;
  const match = /^(-?\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/u.exec(String(value));
  if (!match) return (value * num) / den;
  const fraction = match[2] ?? '';
  const mantissa = BigInt((match[1] ?? '0') + fraction) * BigInt(num);
  const exponent = Number(match[3] ?? 0) - fraction.length;
  const top = exponent >= 0 ? Number(mantissa * 10n ** BigInt(exponent)) : Number(mantissa);
  const bottom = exponent >= 0 ? den : den * 10 ** -exponent;
  return top / bottom;
}
