// The reference date: what `今年` and `5月19日` are resolved against. It comes from
// --ref-date, else the input (a JSON Lines record's ref_date, an HTML page's publication date),
// else it is unknown. Never the clock of the machine running the tool.
import { ZhnewsError } from './errors.js';
import type { RefDate } from './types.js';

export function parseRefDate(s: string): RefDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s.trim());
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!m || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new ZhnewsError('E_USAGE', `--ref-date wants a real date as YYYY-MM-DD, got '${s}'`);
  }
  return { year, month, day };
}

export function formatRefDate(d: RefDate | null): string | null {
  if (!d) return null;
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
