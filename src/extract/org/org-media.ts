// News outlets at a dateline or an attribution (rules/org-media.ts): `全景网2月12日讯`,
// `新快报讯`, `据法新社报道`, `据台湾“中广新闻网”报道`, `据台湾TVBS报道`. A place before the outlet is
// the place's own (`台湾|TVBS`); quotes are not part of the name. Found by two regexes, linear.
import { MAX_MEDIA_NAME, MEDIA_ENDS, NOT_MEDIA_NAMES } from '../rules/org-media.js';
import type { PlaceSpan } from '../place/suffix-places.js';
import type { OrgSpan } from './org-spans.js';
import type { ClauseTokens } from '../types.js';

const NAME = `[\\u4e00-\\u9fff]{1,${MAX_MEDIA_NAME - 1}}(?:${MEDIA_ENDS.join('|')})`;
const DATE_AND_KIND = '(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯)';
/** `X网2月12日讯`, `X报讯` at the start of a line or after a space or a closing mark. */
const DATELINE = new RegExp(`(?<=^|[\\s)）】」”])(${NAME})(?=${DATE_AND_KIND})`, 'gmu');
/** The same at a place where the cleaner removed a line break (a headline joined to its dateline). */
const DATELINE_AT = new RegExp(`(${NAME})(?=${DATE_AND_KIND})`, 'uy');
/** `据X报道`, `据“X”报道`, `据X消息`: a Chinese name with an outlet's end, or Latin capitals. */
const ATTRIBUTION = new RegExp(`据(?:[\\u4e00-\\u9fff]{1,4}(?=[“"]))?[“"]?((?:${NAME})|[\\u4e00-\\u9fff]{0,4}[A-Z]{2,6})[”"]?(?:报道|消息|披露)`, 'gu');

/** A credit in brackets, outlet then author: `（X网/记者）`, `(X报/张三)`. */
const CREDIT = new RegExp(`(?<=[（(])(${NAME})(?=[/／])`, 'gu');
/** A dated dateline glued to the text before it (a headline without its line break): `…下挫X网2月12日讯`. */
const GLUED_DATELINE = new RegExp(`[${MEDIA_ENDS.join('')}](?=[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯))`, 'gu');

export function findMediaOrgs(text: string, softBreak: Uint8Array, places: readonly PlaceSpan[], tokens?: ClauseTokens): OrgSpan[] {
  const placeEnd = new Map(places.map((p) => [p.start, p.end]));
  const out: OrgSpan[] = [];
  for (const m of text.matchAll(CREDIT)) push(out, text, m.index, m.index + (m[1]?.length ?? 0), placeEnd, 'org-media-credit');
  if (tokens) for (const m of text.matchAll(GLUED_DATELINE)) pushGlued(out, text, m.index + 1, tokens);
  for (const m of text.matchAll(DATELINE)) push(out, text, m.index, m.index + (m[1]?.length ?? 0), placeEnd, 'org-media-dateline');
  for (let i = softBreak.indexOf(2); i >= 0; i = softBreak.indexOf(2, i + 1)) {
    DATELINE_AT.lastIndex = i;
    const m = DATELINE_AT.exec(text);
    if (m) push(out, text, i, i + (m[1]?.length ?? 0), placeEnd, 'org-media-dateline');
  }
  for (const m of text.matchAll(ATTRIBUTION)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].indexOf(name);
    push(out, text, start, start + name.length, placeEnd, 'org-media-attribution');
  }
  return out;
}

/** Adds the outlet after a place that opens it (`台湾|TVBS`), unless no name is left or it is `本报`. */
function push(out: OrgSpan[], text: string, start: number, end: number, placeEnd: ReadonlyMap<number, number>, rule: string): void {
  const after = placeEnd.get(start);
  const from = after !== undefined && end - after >= 2 ? after : start;
  const name = text.slice(from, end);
  if (name.length < 2 || NOT_MEDIA_NAMES.has(name)) return;
  out.push({ start: from, end, rule });
}

/**
 * The outlet of a glued dateline ends at `end`: the segmenter's word ending there when it holds
 * the outlet's end and two characters more (`华景网/nz`), else the name word before a lone end
 * (`全景/网`); a verb or other word there names no outlet.
 */
function pushGlued(out: OrgSpan[], text: string, end: number, tokens: ClauseTokens): void {
  const words = tokens.tokensAround(Math.max(0, end - MAX_MEDIA_NAME), end);
  const last = words.find((t) => t.end === end);
  if (!last) return;
  const before = last.end - last.start === 1 ? words.find((t) => t.end === last.start) : last;
  if (!before || !/^(?:n|nz|nt|ns|nr|j|x|eng)$/u.test(before.tag)) return;
  const start = before.start;
  if (end - start < 3 || NOT_MEDIA_NAMES.has(text.slice(start, end))) return;
  out.push({ start, end, rule: 'org-media-dateline' });
}
