// What the date parsers find before anything is resolved: the parts a mention *states*
// (an absolute year, a month, a day, a clock time) or states *relative* to the article
// (今年, 上月, 昨天, 上周五). Resolution against the reference date happens once, in resolve.ts,
// the way chrono-node keeps stated and implied parts apart.
import type { FestivalDay, Period } from '../rules/date-words.js';

/** A year, month or day: stated (`2024年`) or an offset from the article's (`去年` = -1). */
export type Part = { readonly abs: number } | { readonly rel: number };
/** A year may also count from the date before it: `次年` = that year + 1. */
export type YearPart = Part | { readonly after: number };

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  /** The period said with it (`下午3时`), or implied by a word (`今晚`): 3 -> 15. */
  readonly period?: Period;
}

/** A part of a year with a known span (上半年) or a month (年底 -> 12). */
export interface YearSpan {
  readonly from?: readonly [number, number];
  readonly to?: readonly [number, number];
  readonly month?: number;
}

export interface DateAtom {
  start: number;
  end: number;
  year?: YearPart;
  /** `2023年度`: still the year 2023, the span keeps 度. */
  fiscal?: boolean;
  month?: Part;
  /** `3月底`, `5月上旬`: month precision is kept (the gold: `今年3月底` -> `2024-03`). */
  monthPart?: string;
  day?: Part;
  /** `上周五`: week offset and ISO weekday (Monday 1 … Sunday 7). */
  weekday?: { readonly week: number; readonly day: number };
  span?: YearSpan;
  time?: ClockTime;
  /** `端午`, `国庆节`: a day of the reference year found by the festival's calendar. */
  festival?: FestivalDay;
  /** `2012-13赛季`: a season or school year across two years, a range of years. */
  years?: readonly [number, number];
  /** `近日`, `目前`: a time near the article's date, with no value (SPEC: value null). */
  vague?: boolean;
  /** Names of the parts, in order: they make the draft's rule id (`date-year-month-day`). */
  labels: string[];
}

export interface RangeAtom {
  readonly start: number;
  readonly end: number;
  readonly from: DateAtom;
  readonly to: DateAtom;
  readonly rule: string;
}
