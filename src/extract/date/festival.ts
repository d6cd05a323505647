// The day a festival falls on in a given year. Lunar festivals are read off the Chinese
// calendar that ships with Node's ICU (`Intl.DateTimeFormat` with `ca-chinese`): 端午 2020 is
// lunar 5/5 = 2020-06-25. Solar terms use the usual 21st-century formula.
import type { FestivalDay } from '../rules/date-words.js';

export type Ymd = readonly [number, number, number];

const LUNAR = new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' });
const DAY_MS = 86_400_000;

function toYmd(ms: number): Ymd {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Lunar month/day -> Gregorian day of `year`: scans the ~60 days where it can fall. */
function lunarDay(year: number, month: number, day: number): number | null {
  // lunar month M day D falls 21 to 51 days after Gregorian M/D
  const first = Date.UTC(year, month - 1, day) + 15 * DAY_MS;
  for (let i = 0; i < 45; i += 1) {
    const ms = first + i * DAY_MS;
    const parts = LUNAR.formatToParts(new Date(ms));
    const m = parts.find((p) => p.type === 'month')?.value;
    const d = parts.find((p) => p.type === 'day')?.value;
    if (m === String(month) && d === String(day)) return ms; // a leap month prints as `4bis`
  }
  return null;
}

/** The festival's day in `year`, or null when it cannot be computed (a solar term out of 2001–2099). */
export function festivalDay(on: FestivalDay, year: number): Ymd | null {
  if (on.calendar === 'gregorian') return [year, on.month, on.day];
  if (on.calendar === 'solar-term') {
    if (year < 2001 || year > 2099) return null;
    const y = year % 100;
    // [Y × 0.2422 + C] − [Y / 4]: 夏至 2024 -> 27 − 6 = 21 (June 21)
    return [year, on.month, Math.floor(y * 0.2422 + on.c) - Math.floor(y / 4)];
  }
  const ms = lunarDay(year, on.month, on.day);
  return ms === null ? null : toYmd(ms + (on.shift ?? 0) * DAY_MS);
}
