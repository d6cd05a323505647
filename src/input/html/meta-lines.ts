// The meta line under a news headline: `2024-06-28 08:30  来源：齐鲁晚报  作者：张三  字号：大 中 小`,
// `发布时间：2024-06-28 08:30`, `来源：齐鲁晚报 2024年06月28日`. It gives the publication date,
// the source and the author, and it is furniture, not article text.
import type { RefDate } from '../../types.js';
import { dateIndex, dateSpan, findDate, findSplitDate } from './page-date.js';
import { AUTHOR_LABELS, DATE_LABELS, DATE_VERBS, OTHER_LABELS, SITE_NAME_ENDINGS, SOURCE_LABELS } from './rules.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A label stands at the start or after a non-Han character: `原文：` is not the label `文：`. */
const LABEL_BEFORE = '(?<!\\p{Script=Han})';
const ANY_LABEL = new RegExp(`${LABEL_BEFORE}(?:${alternation([...DATE_LABELS, ...SOURCE_LABELS, ...AUTHOR_LABELS, ...OTHER_LABELS])})\\s*[:：/]`, 'u');
const SOURCE_FIELD = new RegExp(`${LABEL_BEFORE}(?:${alternation(SOURCE_LABELS)})\\s*[:：]\\s*`, 'u');
const AUTHOR_FIELD = new RegExp(`${LABEL_BEFORE}(?:${alternation(AUTHOR_LABELS)})\\s*[:：/]\\s*`, 'u');
/** A line that is only a date and maybe a time and weekday: `2024年06月28日 08:30 星期五`. */
const DATE_ONLY = /^[\d\s年月日号:：/.\-〇零一二三四五六七八九十]+(?:\s*(?:星期|周)[一二三四五六日天])?$/u;
/** `发表于 2023-05-19 10:02`: a date labelled by a verb, no colon. */
const DATE_VERB = new RegExp(`${LABEL_BEFORE}(?:${alternation(DATE_VERBS)})\\s*(?=[\\d〇零一二])`, 'u');
/** Separators around the name on an unlabelled line: `星河网 | 2023-03-08`. */
const NAME_SEPARATORS = /[\s|｜丨·•/]+/gu;
/** `星河网 2023-03-08 09:15:02`: a short name beside the date, no label. */
const MAX_NAME = 12;
/** Pieces of a date printed in separate elements (`2019` / `09/07` / `19:02`). */
const DATE_PIECE = /^[\d\s:/.\-年月日]{2,10}$/u;

/** Where a field's value ends: the next label, a bar, or a wide gap (`齐鲁晚报  作者：`). */
const VALUE_END = /[|｜丨]|\s{2,}|\u3000|\u00a0/u;

/** Meta lines are short and never prose: no sentence-ending punctuation. */
const MAX_META_LINE = 120;

/** True for a date/source/author line near the title, which is furniture of the page. */
export function isMetaLine(line: string): boolean {
  if (line.length > MAX_META_LINE || /[。！？!?]/u.test(line)) return false;
  if (ANY_LABEL.test(line)) return true;
  if (DATE_VERB.test(line)) return findDate(line) !== null;
  return (DATE_ONLY.test(line) && findDate(line) !== null) || nameBesideDate(line) !== null;
}

/** `星河网 2023-03-08 09:15:02`, `2024-03-22 11:06 春城资讯` -> the name before/after the date; '' when there is none; null for no such line. */
function nameBesideDate(line: string): { before: string; after: string } | null {
  const span = dateSpan(line);
  if (!span || /[，,；;]/u.test(line)) return null;
  const before = line.slice(0, span.start).replace(NAME_SEPARATORS, ' ').trim();
  const after = line.slice(span.end).replace(NAME_SEPARATORS, ' ').trim();
  if (before.length + after.length > MAX_NAME || /\d/u.test(before + after)) return null;
  return { before, after };
}

/** The first publication date in meta lines. */
export function dateFromLines(lines: readonly string[]): RefDate | null {
  for (const line of lines) {
    if (!isMetaLine(line)) continue;
    const d = findDate(line);
    if (d) return d;
  }
  return splitDateFromLines(lines);
}

/** `2019` / `09/07` / `19:02` on lines of their own: joined, they read as one date. */
function splitDateFromLines(lines: readonly string[]): RefDate | null {
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const pieces = lines.slice(i, i + 3);
    const n = pieces.findIndex((p) => !DATE_PIECE.test(p));
    const d = findSplitDate(pieces.slice(0, n < 0 ? pieces.length : n).join(' '));
    if (d) return d;
  }
  return null;
}

/** `来源：齐鲁晚报`, else the site name printed before the date with no label (`星河网 2023-03-08`). */
export function sourceFromLines(lines: readonly string[]): string | null {
  const labelled = fieldFromLines(lines, SOURCE_FIELD);
  if (labelled !== null) return labelled;
  for (const line of lines) {
    if (!isMetaLine(line) || ANY_LABEL.test(line)) continue;
    const name = nameBesideDate(line)?.before ?? '';
    if (name.length >= 2 && !name.includes(' ') && SITE_NAME_ENDINGS.some((e) => name.endsWith(e))) return name;
  }
  return null;
}

/** `文/图 本报记者 赵明` and `作者：本报记者 赵明` name 赵明. */
export function authorFromLines(lines: readonly string[]): string | null {
  const author = fieldFromLines(lines.map((l) => l.replace(/(?:文\/图|图\/文)\s*/u, '文/')), AUTHOR_FIELD);
  return author === null ? null : cleanAuthor(author);
}

/** `大众网记者 高远`, `本报记者 赵明` -> the names: the newsroom and role words before them go. */
export function cleanAuthor(author: string): string | null {
  const names = author.replace(/^.{0,12}?(?:特约记者|见习记者|记者|通讯员)\s*/u, '').trim();
  return names || null;
}

function fieldFromLines(lines: readonly string[], field: RegExp): string | null {
  for (const line of lines) {
    if (!isMetaLine(line)) continue;
    const m = field.exec(line);
    if (!m) continue;
    const value = cutValue(line.slice(m.index + m[0].length));
    if (value) return value;
  }
  return null;
}

/** `齐鲁晚报 2024年06月28日 作者：张三` -> `齐鲁晚报`: up to the next label, bar, gap or date. */
function cutValue(rest: string): string {
  let end = rest.length;
  for (const i of [rest.search(ANY_LABEL), rest.search(VALUE_END), dateIndex(rest)]) if (i >= 0 && i < end) end = i;
  return rest.slice(0, end).replace(/[\s,，;；]+$/u, '').trim();
}
