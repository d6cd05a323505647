// The day a festival falls on in a given year. Lunar festivals and solar terms are read off a
// table of the Chinese calendar for 1900-2100 (lunar-table.ts, generated from lunar-javascript,
// computed for China's time, UTC+8): 端午 2020 is lunar 5/5 = 2020-06-25, 春节 2027 is 02-06.
// Node's ICU calendar is not used: it places some new moons near Beijing midnight on the wrong
// day (春节 2027 on 02-07, 2030 on 02-02). A table lookup costs a few additions, so nothing is cached.
import type { FestivalDay, SolarTerm } from '../rules/date-words.js';
import { DONGZHI, FIRST_YEAR, LAST_YEAR, LUNAR_YEARS, QINGMING, XIAZHI } from './lunar-table.js';

export type Ymd = readonly [number, number, number];

const DAY_MS = 86_400_000;

function toYmd(ms: number): Ymd {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Lunar month/day (not a leap month) of lunar year `year` -> the Gregorian day (UTC ms), or null outside the table. */
export function lunarToGregorian(year: number, month: number, day: number): number | null {
  const packed = LUNAR_YEARS[year - FIRST_YEAR];
  if (packed === undefined || month < 1 || month > 12) return null;
  const offset = Math.floor(packed / 2 ** 17);
  const leap = Math.floor(packed / 2 ** 13) % 16;
  const index = leap !== 0 && month > leap ? month : month - 1; // the leap month follows month `leap`
  let days = offset;
  for (let i = 0; i < index; i += 1) days += (packed >> i) & 1 ? 30 : 29;
  const length = (packed >> index) & 1 ? 30 : 29;
  if (day < 1 || day > length) return null;
  return Date.UTC(year, 0, 1) + (days + day - 1) * DAY_MS;
}

const TERMS: Readonly<Record<SolarTerm, { readonly days: string; readonly base: number }>> = {
  qingming: { days: QINGMING, base: 3 },
  xiazhi: { days: XIAZHI, base: 20 },
  dongzhi: { days: DONGZHI, base: 20 },
};

/** The festival's day in `year`, or null when the table has no such year (before 1900, after 2100). */
export function festivalDay(on: FestivalDay, year: number): Ymd | null {
  if (on.calendar === 'gregorian') return [year, on.month, on.day];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (on.calendar === 'solar-term') {
    const term = TERMS[on.term];
    return [year, on.month, term.base + Number(term.days[year - FIRST_YEAR])];
  }
  const ms = lunarToGregorian(year, on.month, on.day);
  return ms === null ? null : toYmd(ms + (on.shift ?? 0) * DAY_MS);
}
