// The meta line under a news headline: `2024-06-28 08:30  来源：齐鲁晚报  作者：张三  字号：大 中 小`,
// `发布时间：2024-06-28 08:30`, `来源：齐鲁晚报 2024年06月28日`. It gives the publication date,
// the source and the author, and it is furniture, not article text.
import type { RefDate } from '../../extract/types.js';
import { dateIndex, findDate } from './page-date.js';
import { AUTHOR_LABELS, DATE_LABELS, OTHER_LABELS, SOURCE_LABELS } from './rules.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A label stands at the start or after a non-Han character: `原文：` is not the label `文：`. */
const LABEL_BEFORE = '(?<!\\p{Script=Han})';
const ANY_LABEL = new RegExp(`${LABEL_BEFORE}(?:${alternation([...DATE_LABELS, ...SOURCE_LABELS, ...AUTHOR_LABELS, ...OTHER_LABELS])})\\s*[:：/]`, 'u');
const SOURCE_FIELD = new RegExp(`${LABEL_BEFORE}(?:${alternation(SOURCE_LABELS)})\\s*[:：]\\s*`, 'u');
const AUTHOR_FIELD = new RegExp(`${LABEL_BEFORE}(?:${alternation(AUTHOR_LABELS)})\\s*[:：/]\\s*`, 'u');
/** A line that is only a date and maybe a time and weekday: `2024年06月28日 08:30 星期五`. */
const DATE_ONLY = /^[\d\s年月日号:：/.\-〇零一二三四五六七八九十]+(?:\s*(?:星期|周)[一二三四五六日天])?$/u;
/** Where a field's value ends: the next label, a bar, or a wide gap (`齐鲁晚报  作者：`). */
const VALUE_END = /[|｜丨]|\s{2,}|\u3000|\u00a0/u;

/** Meta lines are short and never prose: no sentence-ending punctuation. */
const MAX_META_LINE = 120;

/** True for a date/source/author line near the title, which is furniture of the page. */
export function isMetaLine(line: string): boolean {
  if (line.length > MAX_META_LINE || /[。！？!?]/u.test(line)) return false;
  if (ANY_LABEL.test(line)) return true;
  return DATE_ONLY.test(line) && findDate(line) !== null;
}

/** The first publication date in meta lines. */
export function dateFromLines(lines: readonly string[]): RefDate | null {
  for (const line of lines) {
    if (!isMetaLine(line)) continue;
    const d = findDate(line);
    if (d) return d;
  }
  return null;
}

export function sourceFromLines(lines: readonly string[]): string | null {
  return fieldFromLines(lines, SOURCE_FIELD);
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
