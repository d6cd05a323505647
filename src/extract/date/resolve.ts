// Turns what a mention states into an ISO 8601 value against the reference date, at the
// precision the text gives: `2024年` -> `2024`, `5月` -> `2024-05`, `5月19日上午9时` ->
// `2024-05-19T09:00`. What needs the reference date and has none stays unknown: `XXXX-05-19`,
// and `今年` alone is null (SPEC, "Relative dates"). Never the machine's clock.
import type { RefDate } from '../types.js';
import type { ClockTime, DateAtom, YearPart } from './atom.js';
import { festivalDay } from './festival.js';
import { toDayHour } from './time.js';

/** Known or unknown (null) fields; a field left undefined is beyond the precision given. */
interface Fields {
  y: number | null;
  m?: number | null;
  d?: number | null;
  time?: ClockTime;
}

const DAY_MS = 86_400_000;

function fromUtc(ms: number): Fields {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

/** `去年` -> ref year - 1; a stated year as is; nothing stated -> the article's year. */
function resolveYear(part: YearPart | undefined, ref: RefDate | null): number | null {
  if (part && 'abs' in part) return part.abs;
  if (!ref || (part && 'after' in part)) return null; // `次年` with no date before it
  return ref.year + (part ? part.rel : 0);
}

/** Day-level relatives (`昨天`, `上周五`) need the whole reference date. */
function resolveRelativeDay(atom: DateAtom, ref: RefDate | null): Fields {
  if (!ref) return { y: null, m: null, d: null };
  const base = Date.UTC(ref.year, ref.month - 1, ref.day);
  if (atom.weekday) {
    const isoDow = ((new Date(base).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
    return fromUtc(base + ((atom.weekday.week * 7) + atom.weekday.day - isoDow) * DAY_MS);
  }
  const offset = atom.day && 'rel' in atom.day ? atom.day.rel : 0;
  return fromUtc(base + offset * DAY_MS);
}

/** Year and month, with a relative month (`上月`) carried across the year (`1月` - 1 = last December). */
function resolveYearMonth(atom: DateAtom, ref: RefDate | null): Fields {
  const y = resolveYear(atom.year, ref);
  if (!atom.month) return { y };
  if ('abs' in atom.month) return { y, m: atom.month.abs };
  if (!ref) return { y: null, m: null };
  const index = ref.year * 12 + ref.month - 1 + atom.month.rel;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

/** The fields of one date; `bound` picks the end of a span (`上半年` as a range's end). */
export function resolveFields(atom: DateAtom, ref: RefDate | null, bound: 'start' | 'end' = 'start'): Fields | null {
  if (atom.festival) {
    const y = resolveYear(atom.year, ref);
    const ymd = y === null ? null : festivalDay(atom.festival, y);
    if (ymd) return { y: ymd[0], m: ymd[1], d: ymd[2] };
    return atom.festival.calendar === 'gregorian' ? { y: null, m: atom.festival.month, d: atom.festival.day } : null;
  }
  if (atom.weekday || (atom.day && 'rel' in atom.day)) return withTime(resolveRelativeDay(atom, ref), atom.time);
  if (atom.span) {
    const y = resolveYear(atom.year, ref);
    if (atom.span.month !== undefined) return { y, m: atom.span.month };
    const [m, d] = (bound === 'start' ? atom.span.from : atom.span.to) ?? [1, 1];
    // `前2个月` ends on the last day of February: unknown in an unknown year
    return { y, m, d: y === null && m === 2 && d > 28 ? null : Math.min(d, daysInMonth(y, m)) };
  }
  if (!atom.day) return atom.month || atom.year ? withTime(resolveYearMonth(atom, ref), atom.time) : withTime({ y: null }, atom.time);
  // `19日` alone is a day of the article's month
  const ym = atom.month || atom.year ? resolveYearMonth(atom, ref) : { y: ref?.year ?? null, m: ref?.month ?? null };
  const day = 'abs' in atom.day ? atom.day.abs : null;
  if (day !== null && day > daysInMonth(ym.y, ym.m ?? null)) return null; // `2月30日`
  return withTime({ ...ym, m: ym.m ?? null, d: day }, atom.time);
}

function withTime(f: Fields, time: ClockTime | undefined): Fields {
  return time ? { ...f, time } : f;
}

function daysInMonth(y: number | null, m: number | null): number {
  if (m === null) return 31;
  return new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate(); // unknown year: a leap year, 2月29日 stays
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The years ISO 8601 writes with four digits: `明年` in 9999 has no such value. */
const MAX_ISO_YEAR = 9999;

/**
 * ISO 8601 at the precision given; unknown fields are X; nothing known at all is null. A
 * clock time needs its day: `2024T04:00` is no ISO value, so a time on a year or month is null.
 */
export function formatFields(f: Fields | null, timeOnly: boolean): string | null {
  if (!f) return null;
  const time = f.time ? `T${pad(toDayHour(f.time.hour, f.time.period), 2)}:${pad(f.time.minute, 2)}` : '';
  if (timeOnly) return time || null;
  if (f.y !== null && (f.y < 0 || f.y > MAX_ISO_YEAR)) return null;
  const known = [f.y, f.m, f.d].some((v) => v !== null && v !== undefined);
  if (!known) return time || null;
  if (time && f.d === undefined) return null;
  let out = f.y === null ? 'XXXX' : pad(f.y, 4);
  if (f.m !== undefined) out += f.m === null ? '-XX' : `-${pad(f.m, 2)}`;
  if (f.d !== undefined) out += f.d === null ? '-XX' : `-${pad(f.d, 2)}`;
  return out + time;
}

/** True when the mention is only a clock time (`下午3时`): its value is `T15:00`. */
export function isTimeOnly(atom: DateAtom): boolean {
  return atom.labels.length === 1 && atom.labels[0] === 'time';
}
