// Clock times: `上午9时`, `下午3时30分`, `9点半`, `19:30`, `9时许`. After a date they extend its
// value (`5月19日上午9时` -> `2024-05-19T09:00`); alone they give `T15:00`.
import { parseCnNumber } from '../../lib/cn-number.js';
import { DAY_PERIODS, type Period } from '../rules/date-words.js';
import type { ClockTime } from './atom.js';
import type { Hit } from './calendar.js';
import { isDigitLike, isOneOf, matchAt, sticky, wordsSource } from './match.js';

const CN_HOUR = '二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九]';
const CN_MINUTE = '[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九]';
const PERIOD_SOURCE = wordsSource(Object.keys(DAY_PERIODS));
// groups: 1 period, 2 Arabic hour, 3 Chinese hour, 4 时/点, 5 Arabic minute, 6 Chinese minute, 7 半/整
const CLOCK_RE = sticky(
  `(${PERIOD_SOURCE})?(?:(2[0-4]|[01]?\\d)|(${CN_HOUR}))(时|点)` +
    `(?:([0-5]?\\d)分|(${CN_MINUTE})分|(半|整))?许?`,
);
// groups: 1 period, 2 hour, 3 minute. `19:30`; not `1:10` in a ratio (按1:10配比, 原有的1:15, 1:10.5)
const COLON_RE = sticky(`(${PERIOD_SOURCE})?(2[0-3]|[01]?\\d):([0-5]\\d)(?![0-9:.])`);
const COLON_NOT_BEFORE = '比按为率例是的:';
/** `3时期`, `5点钟`? A bare 时 followed by these is another word. */
const HOUR_NOT_AFTER = ['间', '期', '代', '候', '段', '刻', '节', '空', '尚', '光', '效', '事', '势'];

/** 3 with `下午` is 15; `中午1时` is 13; `凌晨2时` is 2. */
export function toDayHour(hour: number, period: Period | undefined): number {
  if (period === 'pm' && hour < 12) return hour + 12;
  if (period === 'noon' && hour <= 3) return hour + 12;
  if (period === 'night' && hour >= 6 && hour < 12) return hour + 12;
  if ((period === 'night' || period === 'am') && hour === 12) return 0;
  return hour;
}

/**
 * A clock time at `pos`. `afterDate` says a date (or a period word) stands just before, which
 * is what makes a bare `9时` or a Chinese `九时` a time; `3点` alone is three points, so 点
 * needs a period, a date, or minutes (`9点半`).
 */
export function matchTime(text: string, pos: number, afterDate: boolean, impliedPeriod?: Period): Hit<ClockTime> | null {
  const colon = matchAt(COLON_RE, text, pos);
  if (colon) {
    const before = text[pos - 1] ?? '';
    if (!afterDate && !colon[1] && (isDigitLike(before) || isOneOf(COLON_NOT_BEFORE, before))) return null;
    return clock(pos + colon[0].length, colon[1], Number(colon[2]), Number(colon[3]), impliedPeriod);
  }
  const m = matchAt(CLOCK_RE, text, pos);
  if (!m) return null;
  const end = pos + m[0].length;
  const hasPeriod = m[1] !== undefined || impliedPeriod !== undefined;
  const hasMinute = m[5] !== undefined || m[6] !== undefined || m[7] !== undefined;
  if (!hasPeriod && !afterDate) {
    if (m[3] !== undefined || isDigitLike(text[pos - 1])) return null;
    if (m[4] === '点' && !hasMinute) return null;
  }
  if (!hasMinute && HOUR_NOT_AFTER.some((w) => text.startsWith(w, end))) return null;
  const hour = m[2] !== undefined ? Number(m[2]) : parseCnNumber(m[3] ?? '');
  const minute = m[5] !== undefined ? Number(m[5]) : m[6] !== undefined ? parseCnNumber(m[6]) : m[7] === '半' ? 30 : 0;
  if (hour === null || minute === null) return null;
  return clock(end, m[1], hour, minute, impliedPeriod);
}

function clock(end: number, periodWord: string | undefined, hour: number, minute: number, implied?: Period): Hit<ClockTime> | null {
  const period = periodWord !== undefined ? DAY_PERIODS[periodWord] : implied;
  if (hour > 24 || minute > 59) return null;
  const value: ClockTime = period ? { hour, minute, period } : { hour, minute };
  return { end, value, label: 'time' };
}
