// From a unit's table row and the parsed number(s) to the record's type, unit and value
// (SPEC.md table): money in its currency's units, area in m2, 1.1公里 -> 1100 m exactly,
// a duration as written with its ISO 8601 length (`3个月` -> 3, `P3M`), a count with its
// measure word (`233名` -> 233, `名`). A range has value null and min/max in the same units.
import type { Draft, QuantityType } from '../types.js';
import type { DurationRule } from '../rules/units.js';
import type { UnitEntry } from './pattern.js';
import { scaleExact } from './number.js';

export interface Resolved {
  type: QuantityType;
  unit: string;
  value: number | null;
  min?: number;
  max?: number;
  rule: string;
}

/** `P3M`, `PT24H`, `P75Y`; the designator's steps multiply (`4个季度` -> `P12M`). */
export function isoDuration(n: number, row: DurationRule): string {
  const amount = String(scaleExact(n, row.steps, 1));
  return row.designator.startsWith('T') ? `PT${amount}${row.designator.slice(1)}` : `P${amount}${row.designator}`;
}

/** `money-yuan` -> `money-yi-yuan` for `1.47亿元`, `money-wan-yuan` for `3.4万元`. */
function moneyRule(id: string, numberText: string): string {
  if (id !== 'money-yuan') return id;
  if (/[亿億]/u.test(numberText)) return 'money-yi-yuan';
  return /[万萬]/u.test(numberText) ? 'money-wan-yuan' : id;
}

function convert(entry: UnitEntry, n: number): number {
  return entry.kind === 'measure' ? scaleExact(n, entry.row.num, entry.row.den) : n;
}

/**
 * `value` is the amount (null when vague: `数十家`); `range` the bounds when the text gives
 * two numbers (`1-2天`, `3至5万元`). `numberText` is only read for the rule id.
 */
export function resolveUnit(
  entry: UnitEntry,
  unitWord: string,
  value: number | null,
  range: readonly [number, number] | null,
  numberText: string,
): Resolved {
  const out = describe(entry, unitWord, range ? null : value, numberText);
  if (range) {
    out.value = null;
    out.min = convert(entry, range[0]);
    out.max = convert(entry, range[1]);
    out.rule = `range-${out.rule}`;
  } else if (value !== null) {
    out.value = convert(entry, value);
  }
  return out;
}

function describe(entry: UnitEntry, unitWord: string, value: number | null, numberText: string): Resolved {
  switch (entry.kind) {
    case 'measure':
      return { type: entry.row.type, unit: entry.row.unit, value: null, rule: moneyRule(entry.row.id, numberText) };
    case 'duration':
      // one step when there is no single amount (`1-2天` -> `P1D`, `数十年` -> `P1Y`)
      return { type: 'duration', unit: isoDuration(value ?? 1, entry.row), value: null, rule: entry.row.id };
    case 'count':
      return { type: 'count', unit: unitWord, value: null, rule: 'count-measure-word' };
  }
}

/** A draft of kind quantity from resolved parts; subject is filled in later. */
export function toDraft(start: number, end: number, r: Resolved, approx: Draft['approx']): Draft {
  const draft: Draft = { kind: 'quantity', type: r.type, start, end, value: r.value, unit: r.unit, approx: approx ?? null, subject: null, rule: r.rule };
  if (r.min !== undefined && r.max !== undefined) {
    draft.min = r.min;
    draft.max = r.max;
  }
  return draft;
}
