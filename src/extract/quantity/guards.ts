// Why a number with a unit is still not a quantity (SPEC.md "What is not a quantity"), one
// small check each, all driven by rules/quantity-exclusions.ts and the measure-word table.
// Masks are computed once per text, so every check is O(1) per match.
import { SET_PHRASES, UNIT_COMPOUNDS } from '../rules/quantity-exclusions.js';
import { charTable } from '../lib/char-table.js';
import { alternation, wordSet, wordStartingAt } from './regex-util.js';
import type { UnitEntry } from './pattern.js';
import type { MeasureWordRule } from '../rules/measure-words.js';

export interface Masks {
  /** 1 inside an idiom or set phrase (`千方百计`, `中央八项规定`). */
  readonly phrase: Uint8Array;
  /** 1 inside a short quoted slogan (`“三个用力”`, `"六张责任清单"`). */
  readonly slogan: Uint8Array;
  /** 1 inside a title (`《三年行动计划》`): its numbers are part of a name. */
  readonly title: Uint8Array;
}

const PHRASE_SOURCE = alternation(SET_PHRASES.flatMap((r) => r.words));
const COMPOUND_WORDS = wordSet(UNIT_COMPOUNDS.flatMap((r) => r.words));

/** A quote this short, without a sentence mark inside, is a slogan or a name, not speech. */
const SLOGAN_MAX = 12;
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"' };

export function buildMasks(text: string): Masks {
  const phrase = new Uint8Array(text.length);
  for (const m of text.matchAll(new RegExp(PHRASE_SOURCE, 'gu'))) phrase.fill(1, m.index, m.index + m[0].length);
  return { phrase, slogan: markSlogans(text), title: markTitles(text) };
}

/** `《…》` within one paragraph; an unclosed 《 marks nothing. */
function markTitles(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const m of text.matchAll(/《[^《》\n]{1,60}》/gu)) mask.fill(1, (m.index ?? 0) + 1, (m.index ?? 0) + m[0].length - 1);
  return mask;
}

/**
 * Marks the inside of short quotes. One pass: an opening mark waits for its closing mark in
 * the same paragraph. A sentence mark inside makes the quote speech: nothing is marked, and
 * its closing mark still closes it (so a straight `"` does not flip the pairs after it).
 */
function markSlogans(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let close = '';
  let speech = false;
  for (let i = 0; i < text.length; i += 1) {
    // only the characters that can change the state: quotes, sentence marks, line breaks
    if (!SLOGAN_STATE[text.charCodeAt(i)]) continue;
    const ch = text.charAt(i);
    if (ch === '\n') {
      open = -1;
    } else if (open >= 0 && ch === close) {
      if (!speech && i - open - 1 <= SLOGAN_MAX) mask.fill(1, open + 1, i);
      open = -1;
    } else if (open >= 0) {
      speech ||= SENTENCE_MARKS.includes(ch);
    } else if (QUOTE_PAIRS[ch] !== undefined) {
      open = i;
      close = QUOTE_PAIRS[ch] ?? '';
      speech = false;
    }
  }
  return mask;
}

const SENTENCE_MARKS = '。！？；,，!?;';
const SLOGAN_STATE = charTable(['\n', ...SENTENCE_MARKS, ...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS)]);

/**
 * `2024年`, `二〇二三年`: a year belongs to the date extractor. A 4-digit number from 1000 to
 * 2199 reads as a year; `5000年` (of history) is a length of time.
 */
export function isYearNumber(numText: string): boolean {
  if (/^\d{4}$/u.test(numText)) return Number(numText) >= 1000 && Number(numText) < 2200;
  return /^[零〇一二三四五六七八九]{2,}$/u.test(numText);
}

/** The unit is the head of a longer word: `三年级`, `两位数`, `5部门`, `2024元旦`. */
export function isUnitCompound(text: string, unitStart: number, unit: string): boolean {
  return unit.length === 1 && wordStartingAt(text, unitStart, COMPOUND_WORDS) !== '';
}

/** Counting verbs that make `届`/`期` a count: `连续三届`, `举办5期`. */
const COUNT_CUES = /(?:连续|连任|共|累计|已|举办|举行|开展|组织|培训|办了|办|了|分)$/u; // `分三期建设`

/**
 * `三届二次理事会议`, `十四届全国人大`, `三期工程` number editions: `届`/`期` count only after a
 * counting verb or before a mark that ends the phrase (`已举办三届。`).
 */
export function lacksCountCue(text: string, start: number, end: number, entry: UnitEntry): boolean {
  if (entry.kind !== 'count' || entry.row.needsCue !== true) return false;
  const before = text.slice(Math.max(0, start - 4), start);
  if (COUNT_CUES.test(before)) return false;
  const next = text[end] ?? '';
  return !(next === '' || /[\n。，、；！？,.;!?)）]/u.test(next));
}

/**
 * Ranks and session numbers, not counts: `前三名`, `前5位` (a rank), `十届三次会议` (the third
 * session of the tenth congress: `次` right after `届`).
 */
export function isRank(text: string, start: number, unit: string): boolean {
  if ((unit === '名' || unit === '位') && text[start - 1] === '前') return true;
  return unit === '次' && text[start - 1] === '届';
}

const SENTENCE_END = /^(?:[\n。，、；：！？,.;:!?)）"”]|$)/u;

/**
 * Measure words that are counts only in some shapes (measure-words.ts): `十分重要` ("very"),
 * `3点` (a clock hour, but `3050.46点` index points), `三级医院` (a grade, but `3.9级地震` and
 * `五十级的` are counts).
 */
export function isMisreadCount(text: string, end: number, numText: string, row: MeasureWordRule): boolean {
  const arabic = /^\d/u.test(numText);
  if (row.arabicOnly === true && !arabic) return true;
  if (row.clockHour === true && /^\d{1,2}$/u.test(numText) && Number(numText) <= 24) return true;
  if (row.countsBefore === undefined || numText.includes('.')) return false;
  const after = text.slice(end, end + 2);
  return !SENTENCE_END.test(after) && !row.countsBefore.some((w) => text.startsWith(w, end));
}

/**
 * `3时25分`, `9点20分`, `1分59秒` are clock readings and `5元3分` is cents: a number right after
 * an hour, a minute, a colon or a currency unit is no count of points or seconds, nor is a
 * `分` followed by seconds.
 */
export function isClockReading(text: string, numStart: number, end: number, unit: string): boolean {
  if (unit !== '分' && unit !== '秒') return false;
  if (/[时点分:：元角块毛]/u.test(text[numStart - 1] ?? '')) return true;
  return unit === '分' && /^\d+(?:\.\d+)?秒/u.test(text.slice(end, end + 8)); // not `32.3分10.1个篮板`
}

/**
 * A unit in Latin letters glued to more letters or digits is part of a code or another word
 * (`5min`, `3mp`, `10m2x`); a one-digit `g` is a network generation (`4g`, `5g`), not grams.
 */
export function isGluedLatinUnit(text: string, numText: string, end: number, unit: string): boolean {
  if (!/[A-Za-z]$/u.test(unit)) return false;
  if (/[A-Za-z\d]/u.test(text[end] ?? '')) return true;
  return unit === 'g' && /^\d$/u.test(numText);
}
