// The main quantity parser: one table-built regex (pattern.ts) over the cleaned text, then
// the guards (guards.ts) that drop what only looks like a quantity, then resolve.ts for
// type, unit and value. `600多万元` -> money 6000000 CNY over, rule `money-wan-yuan`.
import type { Approx, Draft } from '../types.js';
import {
  buildMasks, isClockReading, isGluedLatinUnit, isMisreadCount, isRank, isUnitCompound, isYearNumber, lacksCountCue, type Masks,
} from './guards.js';
import { isArabic, isBareMagnitude, isVague, parseAmount } from './number.js';
import { approxRuleOf, scanMain, UNIT_INDEX, type UnitEntry } from './pattern.js';
import { isoDuration, resolveUnit, toDraft } from './resolve.js';
import { UNIT_TAIL_WORDS } from '../rules/quantity-exclusions.js';

/** A draft and what the refiners need to know about it. */
export interface Hit {
  draft: Draft;
  /** Same key = same unit: only such neighbours merge into a range (`3万元至5万元`). */
  unitKey: string;
  /** Durations: the ISO length of one unit (`P1D`, `P3M` for a quarter), a range's unit. */
  stepUnit?: string;
}

export function unitKeyOf(entry: UnitEntry, unitWord: string): string {
  return entry.kind === 'count' ? `count:${unitWord}` : entry.row.id;
}

/** Positions of the parts of one match, in cleaned-text offsets. */
interface Parts {
  pre: string;
  sign: string;
  num: string;
  num2: string;
  mid: string;
  mag: string;
  unit: string;
  post: string;
  start: number;
  numStart: number;
  unitStart: number;
  end: number;
}

function partsOf(m: RegExpMatchArray): Parts {
  const g = m.groups ?? {};
  const pre = g.pre ?? '';
  const sign = g.sign ?? '';
  const unit = g.unit ?? '';
  const post = g.post ?? '';
  const start = m.index ?? 0;
  const end = start + m[0].length;
  // one literal of a fixed shape (an object spread here cost more than the regex itself)
  return {
    pre, sign, num: g.num ?? '', num2: g.num2 ?? '', mid: g.mid ?? '', mag: g.mag ?? '', unit, post,
    start, numStart: start + pre.length + sign.length, unitStart: end - post.length - unit.length, end,
  };
}

export function matchMain(text: string, masks: Masks = buildMasks(text)): Hit[] {
  const hits: Hit[] = [];
  for (const m of scanMain(text)) {
    const parts = partsOf(m);
    shortenGluedUnit(text, parts); // `5个月饼`: 5个
    const entry = UNIT_INDEX.get(parts.unit);
    if (!entry) continue;
    trimParts(text, parts, entry); // first: `地上一座城` must not keep `上` as `上百`'s approx
    if (isRejected(text, parts, entry, masks)) continue;
    const half = takesHalf(text, parts, entry);
    if (half) parts.end += 1;
    const hit = buildHit(parts, entry, half);
    if (hit) hits.push(hit);
  }
  return hits;
}

const TAIL_WORDS = UNIT_TAIL_WORDS.flatMap((r) => r.words);

/**
 * A unit whose tail begins a word (`个月` + `饼`, `个星期` + `天`) gives way to the longest
 * shorter unit before that word: `200个月饼` is 200个. What followed the unit goes with it.
 */
function shortenGluedUnit(text: string, p: Parts): void {
  for (let keep = p.unit.length - 1; keep > 0; keep -= 1) {
    const at = p.unitStart + keep;
    if (!TAIL_WORDS.some((w) => text.startsWith(w, at))) continue;
    const shorter = p.unit.slice(0, keep);
    if (!UNIT_INDEX.has(shorter)) continue;
    p.unit = shorter;
    p.post = '';
    p.end = at;
    return;
  }
}

/** Lone `一`/`二` before a unit: the article "a" (`一个国家`) or an ordinal (`二期`). */
function isBareOneOrTwo(p: Parts): boolean {
  if (p.num2 || p.mid) return false;
  if (/^[二贰貳]$/u.test(p.num)) return true;
  return /^[一壹]$/u.test(p.num) && !p.pre; // `约一个月`, `近一年` are amounts
}

function isRejected(text: string, p: Parts, entry: UnitEntry, masks: Masks): boolean {
  const chinese = !isArabic(p.num);
  if (masks.phrase[p.numStart] === 1 || masks.title[p.numStart] === 1) return true; // `千方百计`, `《三年行动计划》`
  if (chinese && masks.slogan[p.numStart] === 1) return true; // `“三个用力”`
  if (isBareOneOrTwo(p)) return true;
  if (isBareMagnitude(p.num) && !p.pre && !p.mid) return true; // `万人下乡`, `百场`
  if (entry.kind === 'duration' && entry.row.id === 'duration-year' && (isYearNumber(p.num) || isYearNumber(p.num2))) return true;
  if (!p.post && isUnitCompound(text, p.unitStart, p.unit)) return true; // `三年级`, `两位数`
  const unitEnd = p.unitStart + p.unit.length;
  if (lacksCountCue(text, p.start, unitEnd, entry)) return true; // `三届二次`
  if (entry.kind === 'count' && isMisreadCount(text, unitEnd, p.num, entry.row)) return true; // `十分`, `3点`
  if (isClockReading(text, p.numStart, unitEnd, p.unit) || isGluedLatinUnit(text, p.num, unitEnd, p.unit)) return true;
  return isRank(text, p.start, p.unit); // `前三名`
}

const UNIT_LAST_CHARS = new Set([...UNIT_INDEX.keys()].map((u) => u.slice(-1)));

function isHyphen(text: string, p: Parts): boolean {
  const before = text[p.numStart - p.sign.length - 1] ?? '';
  return /^[-−]$/u.test(p.sign) && (/[A-Za-z\d]/u.test(before) || UNIT_LAST_CHARS.has(before));
}

/** Drops the parts that do not belong to this quantity but matched by shape. */
function trimParts(text: string, p: Parts, entry: UnitEntry): void {
  if (p.pre === '上' && !isBareMagnitude(p.num)) p.pre = ''; // `路上3个`: only `上百`, `上万`
  if (p.pre && approxRuleOf(p.pre, 'pre')?.notAfter?.includes(text[p.start - 1] ?? '\n')) p.pre = ''; // `附近3公里`
  // a sign makes a measure negative (`-1.8%`, `负4.6%`, `零下5℃`), never a count or a length of
  // time; a `-` after a letter, a digit or a unit is a hyphen or a range (`COVID-19`, `5%-10%`)
  if (p.sign && (entry.kind !== 'measure' || isHyphen(text, p))) p.sign = '';
  const trailingDuo = entry.kind === 'duration' && entry.row.trailingDuo;
  if (p.post === '多' && !trailingDuo) p.post = ''; // `7个多元化`
  if (p.post === '上下' && /[游级班楼层]/u.test(text[p.end] ?? '')) p.post = ''; // `上下游`
  p.start = p.numStart - p.sign.length - p.pre.length;
  p.end = p.unitStart + p.unit.length + p.post.length;
}

function approxOf(p: Parts): Approx | null {
  const rule =
    (p.pre && approxRuleOf(p.pre, 'pre')) ||
    (p.mid && approxRuleOf(p.mid, 'mid')) ||
    (p.post && approxRuleOf(p.post, 'post'));
  if (rule) return rule.approx;
  if (/^[个個]多/u.test(p.unit)) return 'over'; // `3个多月`, `两个多小时` (not `多米尼加比索`)
  return isVague(p.num) ? 'about' : null; // `数十家`
}

/** `3至5万元`: the first number takes the big magnitude of the second (3万 to 5万). */
function rangeBounds(p: Parts): [number, number] | null {
  const trailing = /[万萬亿億]+$/u.exec(p.num2)?.[0] ?? '';
  const first = /[十拾百佰千仟万萬亿億]/u.test(p.num) ? p.num : p.num + trailing;
  const min = parseAmount(first, p.mag);
  const max = parseAmount(p.num2, p.mag);
  return min !== null && max !== null && min < max ? [min, max] : null;
}

/**
 * A half after the unit (`两吨半`, `三米半`, `四成半`, `两年半`): the amount and a half, for
 * measures and lengths of time. Not where 半 begins a word of its own (`三米半径`, `两年半年报`)
 * nor after a range or an approximation word.
 */
function takesHalf(text: string, p: Parts, entry: UnitEntry): boolean {
  if (entry.kind === 'count' || p.num2 || p.post || text[p.end] !== '半') return false;
  return !HALF_WORD_STARTS.has(text[p.end + 1] ?? '');
}

/** Characters that make 半 the start of a word (半年, 半径, 半岛, 半决赛, 半导体, 半数 ...). */
const HALF_WORD_STARTS = new Set([...'年月天日小个個径岛场決决导導数數边邊价價夜晌路截山球身空壁拍程点點时時分秒周週成斤吨米元']);

function buildHit(p: Parts, entry: UnitEntry, half = false): Hit | null {
  let range: [number, number] | null = null;
  if (p.num2) {
    range = rangeBounds(p);
    if (!range) return null; // `2021-2019`: not a range, and not two amounts either
    if (p.sign) range[0] = -range[0]; // `零下3至5℃`: the sign belongs to the first bound
  }
  let value = range ? null : parseAmount(p.num, p.mag);
  if (value !== null && half) value += 0.5; // exact: a double holds every n + 0.5 a text writes
  if (value !== null && p.sign) value = -value; // `零下5℃`, `-3℃`
  const resolved = resolveUnit(entry, p.unit, value, range, (p.num2 || p.num) + p.mag);
  const stepUnit = entry.kind === 'duration' ? isoDuration(1, entry.row) : undefined;
  const draft = toDraft(p.start, p.end, resolved, approxOf(p));
  // a written number that has no exact value is too large, not vague: say so (--strict)
  if (!range && value === null && !isVague(p.num)) draft.overflow = true;
  return { draft, unitKey: unitKeyOf(entry, p.unit), ...(stepUnit ? { stepUnit } : {}) };
}
