// Bylines: the names a page prints for its authors. Spaces separate the names there, and the
// cleaned text keeps them only as `softBreak` marks, so the mark is what ends a name:
//   记者 夏侯凤超 通讯员 王文文       -> 夏侯凤超 (记者), 王文文 (通讯员)
//   通讯员 祁丽萍 李艳斐              -> 祁丽萍, 李艳斐 (通讯员)
//   编辑：于海震 于梅君 组版：侯波    -> 于海震, 于梅君 (编辑), 侯波 (组版)
// Without spaces (`记者史安琪报道`) a name must end where a byline can end: another name, a
// role, `报道`/`摄`, a place and `报道`, punctuation or the end of the line.
import type { CleanText } from '../types.js';
import { BYLINE_ROLES, type BylineRole } from '../rules/person-roles.js';
import { FOLLOWERS, isGivenWord, nameEnds, type Span } from './names.js';
import { isParticle } from './context.js';
import { indexWords, isHan } from './words.js';

const ROLE_BY_WORD = new Map<string, BylineRole>(BYLINE_ROLES.flatMap((r) => r.words.map((w) => [w, r] as const)));
const ROLES = indexWords(ROLE_BY_WORD.keys());
/** What closes a byline after its last name: `史安琪 报道`, `张三 摄`, `新华社北京电`. */
const TRAILERS = indexWords(['报道', '摄', '报', '电', '发', '讯']);
/** `济南报道`, `北京电`: a place of two to four characters and a trailer, closing the line. */
const PLACE_TRAILER = /^[\u3400-\u9fff]{2,4}(?:报道|电)(?:$|[^\u3400-\u9fff])/u;
/** Between names in a byline: `王文文、祁丽萍`. */
const NAME_SEPARATORS = new Set(['、', ' ', '\u3000']);

export interface BylineName extends Span {
  role?: string;
  rule: string;
}

/** A role that may lead a byline starts at `i`: `通讯员`, or `文` only before `:` or `/`. */
function roleStartsAt(text: string, i: number): boolean {
  const word = ROLES.at(text, i);
  const role = word === null ? undefined : ROLE_BY_WORD.get(word);
  if (word === null || role === undefined) return false;
  return !role.colon || /^[:：/]/u.test(text.slice(i + word.length, i + word.length + 1));
}

/** Where a name from `pos` must end: at a softBreak or a non-Han character, at most 4 on. */
function nextLimit(t: CleanText, pos: number): number {
  let i = pos + 1;
  while (i < pos + 4 && i < t.text.length && t.softBreak[i] === 0 && isHan(t.text[i])) i += 1;
  return i;
}

/**
 * A byline may stop at `i`: the line ends, punctuation, a role, a trailer, `济南报道`, or a
 * verb when a reporter is named in the story (`记者王文文在现场看到`).
 */
function canStop(t: CleanText, i: number): boolean {
  const ch = t.text[i];
  if (ch === undefined || !isHan(ch) || t.softBreak[i] !== 0) return true;
  if (ROLES.at(t.text, i) !== null || TRAILERS.at(t.text, i) !== null) return true;
  if (FOLLOWERS.at(t.text, i) !== null) return true;
  return PLACE_TRAILER.test(t.text.slice(i, i + 8));
}

/**
 * The names written one after another from `pos`, each as long as the next softBreak allows,
 * the run ending where a byline may stop. Names follow each other only across a separator
 * (a softBreak, `、`): `祁丽萍 李艳斐` is two names, while `记者向王文文了解` is none, since
 * 向王 + 文文 would need a space that is not there.
 */
export function readNameRun(t: CleanText, pos: number, depth = 0): Span[] | null {
  // `记者向周围的人打听`: a particle straight after the role is no surname
  if (isHan(t.text[pos - 1]) && t.softBreak[pos] === 0 && isParticle(t.text[pos])) return null;
  // `记者张明通讯员李华`: an end where the next role begins beats a longer reading (张明通)
  const ends = nameEnds(t.text, pos, nextLimit(t, pos));
  const atRole = ends.filter((e) => roleStartsAt(t.text, e));
  for (const end of [...atRole, ...ends.filter((e) => !atRole.includes(e))]) {
    if (isGivenWord(t, pos, end) && !isSpaced(t, pos, end)) continue;
    const rest = depth < 6 ? readNextNames(t, end, depth) : null;
    if (rest !== null) return [{ start: pos, end }, ...rest];
    if (canStop(t, end)) return [{ start: pos, end }];
  }
  return null;
}

/**
 * Spaces set the name off on both sides (`记者 孙黎明 记者`): its given name may be a common
 * word (黎明), as the page itself shows where the name ends.
 */
function isSpaced(t: CleanText, start: number, end: number): boolean {
  const opens = start === 0 || t.softBreak[start] === 1 || !isHan(t.text[start - 1]);
  return opens && (end >= t.text.length || t.softBreak[end] === 1 || !isHan(t.text[end]));
}

/** Further names after a separator at `end`, unless a place-and-trailer comes first. */
function readNextNames(t: CleanText, end: number, depth: number): Span[] | null {
  let next = end;
  while (NAME_SEPARATORS.has(t.text[next] ?? '')) next += 1;
  if (next === end && t.softBreak[end] === 0) return null;
  if (PLACE_TRAILER.test(t.text.slice(next, next + 8)) || ROLES.at(t.text, next) !== null) return null;
  return readNameRun(t, next, depth + 1);
}

/** A role leads a byline at a line start, after `(`, a symbol, a softBreak or `本报讯`. */
function roleMayStart(t: CleanText, i: number, chainEnd: number): boolean {
  if (i === chainEnd || t.softBreak[i] !== 0) return true;
  const before = t.text[i - 1];
  return before === undefined || !isHan(before) || before === '讯' || before === '电';
}

/** Names led by a byline role (`记者 史安琪`), chains of roles included. */
export function findRoleBylines(t: CleanText): BylineName[] {
  const found: BylineName[] = [];
  let chainEnd = -1;
  let from = 0;
  for (let hit = ROLES.next(t.text, from); hit !== null; hit = ROLES.next(t.text, from)) {
    const { index: i, word } = hit;
    from = i + 1;
    const role = ROLE_BY_WORD.get(word);
    if (role === undefined || !roleMayStart(t, i, chainEnd)) continue;
    let pos = i + word.length;
    const mark = t.text[pos];
    if (mark === ':' || mark === '/' || mark === '：') pos += 1;
    else if (role.colon) continue;
    while (NAME_SEPARATORS.has(t.text[pos] ?? '')) pos += 1;
    const names = readNameRun(t, pos) ?? [];
    for (const span of names) found.push({ ...span, role: role.role, rule: role.id });
    const last = names[names.length - 1];
    if (last !== undefined) {
      chainEnd = last.end;
      from = last.end;
    }
  }
  return found;
}

/** Start of each line (after `\n`), where an author line such as `史安琪 济南报道` may stand. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * A line that is only names and `PLACE报道`: `史安琪 济南报道` (the author, no role word).
 * The whole line must be read, so a headline that starts with a surname is left alone.
 */
export function findAuthorLines(t: CleanText): BylineName[] {
  const found: BylineName[] = [];
  for (const start of lineStarts(t.text)) {
    let end = t.text.indexOf('\n', start);
    if (end === -1) end = t.text.length;
    const line = t.text.slice(start, end).trimEnd();
    if (line.length > 24 || !/(?:报道|电)$/u.test(line)) continue;
    const names = readNameRun(t, start);
    const last = names?.[names.length - 1];
    if (names === null || last === undefined) continue;
    const place = t.text.slice(last.end, start + line.length);
    if (!/^[\u3400-\u9fff]{2,4}(?:报道|电)$/u.test(place)) continue;
    for (const span of names) found.push({ ...span, rule: 'byline-author-line' });
  }
  return found;
}

const SPACES = new Set([' ', '\u3000']);
/** What may follow the names inside closing parentheses: `(李明 摄)`, `(王洪涛 文)`. */
const PHOTO_CREDIT = /^[ \u3000]*(?:摄|报道|文|供图|整理)?$/u;
const SENTENCE_ENDS = new Set(['。', '!', '?', '”', '"', '…', '\n']);

function endsParagraph(text: string, i: number): boolean {
  while (SPACES.has(text[i] ?? '')) i += 1;
  return i >= text.length || text[i] === '\n';
}

function followsSentenceEnd(text: string, i: number): boolean {
  while (i > 0 && SPACES.has(text[i - 1] ?? '')) i -= 1;
  return i === 0 || SENTENCE_ENDS.has(text[i - 1] ?? '');
}

/**
 * A name in parentheses that closes an article: `...贡献力量。(王洪涛)`, `(马璇)` on its
 * own line, `(李明 摄)`. It must close a paragraph (or follow a sentence end) and hold names
 * only, with at most a credit word after them.
 */
export function findClosingNames(t: CleanText): BylineName[] {
  const found: BylineName[] = [];
  for (const m of t.text.matchAll(/\(([^()\n]{2,16})\)/gu)) {
    const open = m.index;
    const close = open + m[0].length - 1;
    if (!endsParagraph(t.text, close + 1) && !followsSentenceEnd(t.text, open)) continue;
    if (ROLES.at(t.text, open + 1) !== null) continue; // `(记者 张三)`: a role byline
    const names = readNameRun(t, open + 1);
    const last = names?.[names.length - 1];
    if (names === null || last === undefined || !PHOTO_CREDIT.test(t.text.slice(last.end, close))) continue;
    for (const span of names) found.push({ ...span, rule: 'byline-closing-name' });
  }
  return found;
}

/** Credit words written after a name and a slash: `龙波/文`, `李明/摄`. */
const CREDIT_AFTER = /^\/(?:文|摄|图|供图|整理)(?![\u3400-\u9fff])/u;

/**
 * Credits without a role word before the name: the source and the author in parentheses
 * (`(全景网/雷鸣)`, `(新华社/李明)`), the author before a credit word (`龙波/文`), and the name
 * field of an interview card (`姓名:李建华`). The name must be all that stands in its slot.
 */
export function findSlashCredits(t: CleanText): BylineName[] {
  const found: BylineName[] = [];
  for (const m of t.text.matchAll(/\([^()\n/]{2,8}\/([^()\n/]{2,5})\)/gu)) {
    const start = m.index + m[0].length - 1 - (m[1]?.length ?? 0);
    const names = readNameRun(t, start);
    if (names?.length === 1 && names[0]?.end === start + (m[1]?.length ?? 0)) found.push({ ...names[0], rule: 'byline-source-slash' });
  }
  for (const m of t.text.matchAll(/(?<![\u3400-\u9fff])([\u3400-\u9fff]{2,4})\/(?:文|摄|图|供图|整理)/gu)) {
    const names = readNameRun(t, m.index);
    const name = names?.[0];
    if (names?.length === 1 && name !== undefined && CREDIT_AFTER.test(t.text.slice(name.end))) found.push({ ...name, rule: 'byline-credit-after' });
  }
  for (const m of t.text.matchAll(/姓名[:：][ \u3000]*/gu)) {
    const names = readNameRun(t, m.index + m[0].length);
    if (names?.length === 1 && names[0] !== undefined) found.push({ ...names[0], rule: 'byline-name-field' });
  }
  return found;
}
