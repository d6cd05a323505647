// Organization names: a start (a place `济宁市`, an administrative prefix `市`, or a proper
// name after a left boundary `携手|安心微`), a body of name characters (`福利彩票销售管理`)
// and a suffix (rules/org-suffixes.ts), then sub-units chained on (`党支部`, `婚姻登记处`,
// `济南分行`). The first suffix after the start decides: `市委市政府` is not read as one body.
import { ORG_PREFIXES, ORG_SUFFIXES, PREFIX_WORDS, type OrgSuffix } from '../rules/org-suffixes.js';
import { isCjk, isGenericName, isLeftBoundary, isNameChar, scanNameLeft, stopWordStartsAt, startsWithCommonVerb } from '../place/boundary.js';
import type { PlaceSpan } from '../place/suffix-places.js';
import { DETERMINER_CHARS } from '../rules/name-boundaries.js';
import { coverMask, keepLongestSpans } from '../lib/spans.js';
import { firstRowAt, suffixLookup } from '../lib/suffix-index.js';
import { charTable } from '../lib/char-table.js';
import { KIND_TEAM_BODIES, MATCH_WORDS } from '../rules/org-teams.js';
import { COMPANY_WORDS, KNOWN_ORGS, NATIONAL_PREFIXES, NATIONAL_PREFIX_BLOCK, type KnownOrg } from '../rules/org-names.js';

export interface OrgSpan {
  start: number;
  end: number;
  rule: string;
}

/** Longest body allowed between a start and its suffix: `福利彩票销售管理` is 8. */
const MAX_BODY = 10;
/** Longest body of a chained sub-unit: `婚姻登记` (处), `医养慈善` (基金), `济南` (分行). */
const MAX_CHAIN_BODY = 6;
/** Prefix characters by code unit: the scan below asks at every position of the text. */
const PREFIX_CODES = charTable(ORG_PREFIXES);
const DETERMINERS = new Set(DETERMINER_CHARS);
/** Conjunctions that join two names (`济南市民政局和济宁市民政局`) and may precede a prefix. */
const CONJUNCTIONS = new Set('和与及同跟');
/** A numeral and a measure word that open a count, not a name: `一家`, `两所`, `几个`. */
const COUNT_OPENERS = new Set('一两几数');
const MEASURES = new Set('家个只所位名座批');
/** Prepositions that may stand right before a national body: `据国家统计局`, `向国务院`. */
const PREPOSITIONS = new Set('据从向对经由自');
/** The longest organization suffix at `i` not glued to a following word (`局面`, `站点`). */
export const orgSuffixAt = suffixLookup(ORG_SUFFIXES);
/**
 * The listed names and national prefixes by their first two characters: a position is tried
 * only when its pair opens one (first and second character tables reject most positions
 * before the map is asked). A key keeps 15 bits of each code unit, so it stays a small
 * integer; a collision only costs the startsWith that follows.
 */
interface NationalStart {
  readonly known: readonly KnownOrg[]; // longest first
  readonly prefix: string | null;
}
const pairKey = (a: number, b: number): number => (a & 0x7fff) * 0x8000 + (b & 0x7fff);
const NATIONAL_WORDS = [...NATIONAL_PREFIXES, ...KNOWN_ORGS.map((o) => o.word)];
const NATIONAL_FIRST = charTable(NATIONAL_WORDS.map((w) => w.charAt(0)));
const NATIONAL_SECOND = charTable(NATIONAL_WORDS.map((w) => w.charAt(1)));
const NATIONAL_BY_PAIR = new Map<number, NationalStart>();
for (const w of NATIONAL_WORDS) {
  const key = pairKey(w.charCodeAt(0), w.charCodeAt(1));
  const known = KNOWN_ORGS.filter((o) => pairKey(o.word.charCodeAt(0), o.word.charCodeAt(1)) === key);
  const prefix = NATIONAL_PREFIXES.find((p) => pairKey(p.charCodeAt(0), p.charCodeAt(1)) === key) ?? null;
  NATIONAL_BY_PAIR.set(key, { known: [...known].sort((a, b) => b.word.length - a.word.length), prefix });
}

function bodyFits(length: number, minBody: number, row: OrgSuffix, chain: boolean): boolean {
  if (chain && length === 0 && row.chainBare) return true;
  return length >= Math.max(minBody, row.minBody) && length <= (row.maxBody ?? MAX_BODY);
}

/**
 * Reads body + suffix from `b`: the first suffix decides; the body must be name characters
 * and may not run into a verb of the genre (`济南市召开...`). Returns the suffix end or null.
 * A `chain` reads a sub-unit (`宣传部` after `济南市委`).
 */
function readBody(
  text: string,
  b: number,
  minBody: number,
  maxBody: number,
  chain = false,
): { end: number; row: OrgSuffix } | null {
  for (let j = b; j <= b + maxBody && j < text.length; j += 1) {
    const found = orgSuffixAt(text, j);
    const row = found?.chainOnly && !chain ? null : found;
    if (row?.site) return null; // `中国|美术馆` is a place
    if (row) return bodyFits(j - b, minBody, row, chain) ? { end: j + row.word.length, row } : null;
    if (!isNameChar(text[j]) || stopWordStartsAt(text, j)) return null;
    // `市首家...中心`, `省各...`; `济宁市民政局|和省民政厅` is two names, not one.
    if (j === b && (DETERMINERS.has(text[j] ?? '') || CONJUNCTIONS.has(text[j] ?? ''))) return null;
    // `北京|一家基金公司`: a count opens no name
    if (j === b && COUNT_OPENERS.has(text[j] ?? '') && MEASURES.has(text[j + 1] ?? '')) return null;
  }
  return null;
}

/** Chains sub-units onto an organization: `山东大学` + `党委`, `济宁市民政局` + `婚姻登记处`. */
export function chainSubUnits(text: string, org: OrgSpan): OrgSpan {
  let cur = org;
  for (let step = 0; step < 3; step += 1) {
    const next = readBody(text, cur.end, 0, MAX_CHAIN_BODY, true);
    if (!next) break;
    // a team is no sub-unit: `中国队|组队`, `县委|书记带队`; a firm's line of business follows
    // its name bare (`住友信托|银行`), never after more words (`保险公司|全面承办养老|保险`); a
    // fund after a fund is a second name (`X基金|拟任|基金`)
    if (next.row.id === 'org-team') break;
    if (next.row.business && next.end - next.row.word.length > cur.end) break;
    if (next.row.word === lastSuffix(text, cur)) break;
    // `济南市民政局|联合...`: a verb after a body ends it, but a department may be named by
    // one (`济南市委` + `宣传部`, `组织部`)
    if (startsWithCommonVerb(text, cur.end) && !next.row.chainOnly) break;
    cur = { start: cur.start, end: next.end, rule: cur.rule };
  }
  return cur;
}

/** The suffix word an organization ends in, if any: `基金` for `安心微基金`. */
function lastSuffix(text: string, org: OrgSpan): string | null {
  for (let i = Math.max(org.start, org.end - 5); i < org.end; i += 1) {
    const row = orgSuffixAt(text, i);
    if (row && i + row.word.length === org.end) return row.word;
  }
  return null;
}

/**
 * A firm named by a place and a body before a business word (`上海浦东发展银行`): only a word that
 * a place may name (or a group), a place that is no foreign country, and no ordinal (`日本第二信托`).
 */
function firmAfterPlace(text: string, p: PlaceSpan, suffixStart: number, row: OrgSuffix): boolean {
  if (p.rank === 0 && text.slice(p.start, p.end) !== '中国') return false;
  // a group is named by its place and a body (`山东高速集团`); other trades by a place alone
  if (!row.placeName && !(row.chainBare && suffixStart - p.end >= 2)) return false;
  return !/[第0-9０-９一二三四五六七八九十百千万]/u.test(text.slice(p.end, suffixStart));
}

/**
 * Hotels and cinemas: a prefix before them opens no name (`市|海南酒店`), nor does a place with
 * less than a three-character name after it (`三亚|高端酒店`); the named rule reads `友谊宾馆`.
 */
const PREMISES = new Set(['酒店', '宾馆', '影城']);

/** Sides of a country, not departments of its state: `美国中西部`, `德国东部`. */
const DIRECTIONS = new Set('东南西北中内外');

/** A state's department after its country: `美国财政部`, `印度外交部` (`部` ends no other body). */
function readForeignDepartment(text: string, b: number): { end: number; row: OrgSuffix } | null {
  const hit = readBody(text, b, 2, 3, true);
  if (hit?.row.id !== 'org-department-unit' || DIRECTIONS.has(text[hit.end - 2] ?? '')) return null;
  return hit;
}

/** Organizations that begin at a place (`济南市民政局`) or an administrative prefix (`省民政厅`). */
export function findAnchoredOrgs(text: string, places: readonly PlaceSpan[]): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const p of places) {
    const hit = readBody(text, p.end, 0, MAX_BODY) ?? (p.rank === 0 ? readForeignDepartment(text, p.end) : null);
    const body = hit ? text.slice(p.end, hit.end - hit.row.word.length) : '';
    if (hit?.row.id === 'org-team' && (MATCH_WORDS.some((w) => body.includes(w)) || KIND_TEAM_BODIES.includes(body))) continue;
    // premises after a place need a name of their own: `三亚|酒店`, `三亚|高端|酒店` are kinds
    if (hit && PREMISES.has(hit.row.word) && body.length < 3) continue;
    if (hit && !(hit.row.business && !firmAfterPlace(text, p, hit.end - hit.row.word.length, hit.row))) out.push(chainSubUnits(text, { start: p.start, end: hit.end, rule: `${hit.row.id}-place` }));
  }
  for (let i = 0; i < text.length; i += 1) {
    if (!PREFIX_CODES[text.charCodeAt(i)]) continue;
    if (!isLeftBoundary(text, i) && !CONJUNCTIONS.has(text[i - 1] ?? '')) continue;
    if (PREFIX_WORDS.some((w) => text.startsWith(w, i))) continue; // `市场|对兴业基金`
    // A body is required: `市委`, `市政府` alone are generic references, not names.
    const bare = orgSuffixAt(text, i + 1);
    const hit = bare?.prefixAlone ? { end: i + 1 + bare.word.length, row: bare } : readBody(text, i + 1, 1, MAX_BODY);
    if (hit && !PREMISES.has(hit.row.word)) out.push(chainSubUnits(text, { start: i, end: hit.end, rule: `${hit.row.id}-prefix` }));
  }
  return out;
}

/**
 * National bodies: the listed ones (`国务院`, `财政部`, `新华社`) and names opened by `国家`,
 * `中共` or `中央` and closed by a suffix (`国家统计局`, `中共济南市委`, `中央纪委`), each with
 * its sub-units (`国务院办公厅`, `中共济南市委宣传部`).
 */
export function findNationalOrgs(text: string): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const first = text.charCodeAt(i);
    if (!NATIONAL_FIRST[first]) continue;
    const second = text.charCodeAt(i + 1);
    if (!NATIONAL_SECOND[second]) continue;
    const at = NATIONAL_BY_PAIR.get(pairKey(first, second));
    if (at === undefined) continue;
    const known = firstRowAt(at.known, text, i); // `财政部`, not `财政部门`
    if (known) out.push(chainSubUnits(text, { start: i, end: i + known.word.length, rule: 'org-known' }));
    const prefix = at.prefix;
    if (prefix === null || !text.startsWith(prefix, i) || NATIONAL_PREFIX_BLOCK.includes(text[i + prefix.length] ?? '')) continue;
    const prev = text[i - 1] ?? '';
    // `据|国家统计局`, `从|国家统计局获悉`; not `中|国家电协会`, `全|国家政服务中心`
    if (!isLeftBoundary(text, i, true) && !CONJUNCTIONS.has(prev) && !PREPOSITIONS.has(prev)) continue;
    const hit = readBody(text, i + prefix.length, 1, MAX_BODY);
    if (hit) out.push(chainSubUnits(text, { start: i, end: hit.end, rule: `${hit.row.id}-national` }));
  }
  return out;
}

/**
 * Words of a company's legal form and line of business before its suffix: the name is what
 * stands before them (`比亚迪股份有限公司` is named 比亚迪, `华为技术有限公司` 华为), and without
 * one (`技术有限公司`, `集团公司`) there is no name.
 */
const COMPANY_FORM = new RegExp(`(?:${COMPANY_WORDS.join('|')})+$`, 'u');

/**
 * A name that opens a clause may hold a function character as its second one: `，华为技术有限公司`,
 * `。美的集团`. The left scan stops at 为/的; when one name character and a clause boundary
 * stand before it, and the two make no verb (`，成为`, `，作为`), they open the name.
 */
function throughStopChar(text: string, start: number): number {
  const first = start - 2;
  // only a CJK stop character (的, 为) is passed: `平,|招商银行` is a clause edge, not one
  if (first < 0 || !isNameChar(text[first]) || !isCjk(text[start - 1]) || isNameChar(text[start - 1])) return start;
  if (first > 0 && isCjk(text[first - 1])) return start;
  return startsWithCommonVerb(text, first) ? start : first;
}

/**
 * Organizations named without a place, for suffixes that allow it: `携手|安心微基金`. `edge`
 * may move the start right or refuse the name (org/org-edge.ts asks the segmenter).
 */
export function findNamedOrgs(
  text: string,
  taken: readonly OrgSpan[],
  edge: (start: number, suffixStart: number, end: number, row: OrgSuffix) => number | null = (start) => start,
  opensName: ((i: number) => boolean) | null = null,
): OrgSpan[] {
  const out: OrgSpan[] = [];
  const covered = coverMask(taken, text.length);
  for (let s = 0; s < text.length; s += 1) {
    const row = orgSuffixAt(text, s);
    if (!row?.named || covered[s] === 1 || endsNoName(text, s + row.word.length)) continue;
    const scanned = scanNameLeft(text, s, 8);
    // a firm before its line of business: the segmenter's words decide (org/org-business.ts)
    const firm = row.business ? edge(wordRunStart(text, s), s, s + row.word.length, row) : null;
    if (firm !== null) out.push(chainSubUnits(text, { start: firm, end: s + row.word.length, rule: `${row.id}-named` }));
    if (row.business || !(scanned.bounded || opensName)) continue;
    const read = throughStopChar(text, scanned.start);
    const start = read + (NUMBER_BEFORE.test(text[read - 1] ?? '') ? 1 : 0); // `88号|招商银行`
    if (scanned.bounded && !namedFits(text.slice(start, s))) continue;
    const settled = edge(start, s, s + row.word.length, row);
    // a name holds no second suffix of its kind (`瑞丰基金|拟任|基金`); without a boundary, it
    // starts after a word no name holds (`增发|和|瑞丰基金`)
    if (settled === null || !namedFits(text.slice(settled, s)) || text.slice(settled, s).includes(row.word)) continue;
    if (!scanned.bounded && !opensName?.(settled)) continue;
    out.push(chainSubUnits(text, { start: settled, end: s + row.word.length, rule: `${row.id}-named` }));
    s += row.word.length - 1;
  }
  return out;
}

/**
 * A name before a named suffix: two to six characters, not a kind (`城市社区`). A left scan that
 * met no boundary within its reach (`定向增发和|瑞丰基金`) is handed to the segmenter's edge
 * when there is one (`opensName`: a word no name holds ends there), which drops the verbs and
 * conjunctions before the name; what is left must fit too.
 */
function namedFits(name: string): boolean {
  return name.length >= 2 && name.length <= 6 && !isGenericName(name.replace(COMPANY_FORM, ''));
}

/** Words that end like a suffix but name no body (`省|工厂`, `美术馆`): rows marked `site`. */
const NO_NAME_WORDS = ORG_SUFFIXES.filter((r) => r.site).map((r) => r.word);

/** True when a word that names no body ends at `end`: `工厂`, not `机床厂`. */
function endsNoName(text: string, end: number): boolean {
  return NO_NAME_WORDS.some((w) => w.length <= end && text.startsWith(w, end - w.length));
}

/** Where the run of CJK characters and letters before `end` begins (at most 8 back): no punctuation. */
function wordRunStart(text: string, end: number): number {
  let i = end;
  while (end - i < 8 && i > 0 && (isCjk(text[i - 1]) || /[A-Za-z]/u.test(text[i - 1] ?? ''))) i -= 1;
  return i;
}

/** A digit before the name's first character makes that character a measure word (`88号`, `35家`). */
const NUMBER_BEFORE = /[0-9０-９]/u;

/** Keeps the longest of overlapping spans, in document order. */
export function dropOverlaps(spans: readonly OrgSpan[]): OrgSpan[] {
  return keepLongestSpans(spans);
}
