// The publication date of a page, from the strings pages carry it in: ISO timestamps in
// <meta> and <time datetime> (`2024-06-28T08:30:00+08:00`), and the date lines printed near
// the title (`发布时间：2024-06-28 08:30`, `2024年06月28日 星期五`, `二〇二四年六月二十八日`).
import type { RefDate } from '../../types.js';
import { parseCnNumber } from '../../lib/cn-number.js';

/** Years a news page can carry: a wider window would let `1234/56/78` ids through. */
const MIN_YEAR = 1980;
const MAX_YEAR = 2100;

/** An ISO instant in UTC (`…Z`, `+00:00`): the page's own day is taken in Beijing time. */
const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/iu;
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** `2024-06-28`, `2024/6/28`, `2024.06.28` and the written `2024年6月28日`, in Arabic or Chinese digits. */
const CN_DIGIT = '[〇零一二三四五六七八九十]';
const NUMERIC_DATE = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u;
const WRITTEN_DATE = new RegExp(`((?:19|20)\\d{2}|${CN_DIGIT}{4})\\s*年\\s*(\\d{1,2}|${CN_DIGIT}{1,3})\\s*月\\s*(\\d{1,2}|${CN_DIGIT}{1,3})\\s*[日号]`, 'u');
/** `20240628` in a compact timestamp (`<meta name="pubdate" content="20240628083000">`). */
const COMPACT_DATE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,6})?$/u;

/** Unix time in seconds or milliseconds (`1655355000`, `1711076760000`), 2001 to 2033: the digits never read as a `20240628` date. */
const UNIX_TIME = /^1\d{9}(?:\d{3})?$/u;

/** A timestamp from a meta tag, a datetime attribute or a script variable, or null. */
export function parseTimestamp(s: string): RefDate | null {
  const t = s.trim();
  if (UNIX_TIME.test(t)) return fromUnix(Number(t.length === 10 ? `${t}000` : t));
  const utc = ISO_UTC.exec(t);
  if (utc) return fromUtc(utc);
  const compact = COMPACT_DATE.exec(t);
  if (compact) return toRefDate(compact[1], compact[2], compact[3]);
  return findDate(t);
}

/** The first date written in a line of text, or null: `来源：齐鲁晚报 2024年06月28日` -> 2024-06-28. */
export function findDate(line: string): RefDate | null {
  const numeric = NUMERIC_DATE.exec(line);
  const written = WRITTEN_DATE.exec(line);
  const first = numeric && (!written || numeric.index <= written.index) ? numeric : written;
  return first ? toRefDate(first[1], first[2], first[3]) : null;
}

/** Where the first date of a line starts, to cut it off a source (`齐鲁晚报 2024年06月28日`). */
export function dateIndex(line: string): number {
  return dateSpan(line)?.start ?? -1;
}

/** A clock time right after a date: ` 09:15`, ` 09:15:02`. */
const CLOCK = /^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/u;

/** Where the first date of a line and the clock time after it start and end, or null. */
export function dateSpan(line: string): { start: number; end: number } | null {
  const numeric = NUMERIC_DATE.exec(line);
  const written = WRITTEN_DATE.exec(line);
  const first = numeric && (!written || numeric.index <= written.index) ? numeric : written;
  if (!first) return null;
  const end = first.index + first[0].length;
  return { start: first.index, end: end + (CLOCK.exec(line.slice(end))?.[0].length ?? 0) };
}

/** `2019 09/07 19:02`: a date whose year and day were printed in separate elements, joined by a space. */
const SPLIT_DATE = /^((?:19|20)\d{2})\s+(\d{1,2})[-/.](\d{1,2})(?!\d)/u;

export function findSplitDate(joined: string): RefDate | null {
  const m = SPLIT_DATE.exec(joined);
  return m ? toRefDate(m[1], m[2], m[3]) : null;
}

function fromUtc(m: RegExpExecArray): RefDate | null {
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (!check(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const local = new Date(ms + BEIJING_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function fromUnix(ms: number): RefDate | null {
  const local = new Date(ms + BEIJING_OFFSET_MS);
  const year = local.getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? null : { year, month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function toRefDate(y: string | undefined, m: string | undefined, d: string | undefined): RefDate | null {
  const year = digits(y);
  const month = digits(m);
  const day = digits(d);
  if (year === null || month === null || day === null || !check(year, month, day)) return null;
  return { year, month, day };
}

/** `2024`, `06`, and Chinese digits: `二〇二四` digit by digit, `二十八` as a number. */
function digits(s: string | undefined): number | null {
  if (!s) return null;
  if (/^\d+$/u.test(s)) return Number(s);
  const n = parseCnNumber(s);
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

function check(year: number, month: number, day: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}
