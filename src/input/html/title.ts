// The headline of a page. Sources, in order of trust: `og:title` (unless a site cut it short
// at an unescaped `"`: then the heading or `<title>` that continues it), the JSON-LD headline,
// a heading the `<title>` repeats (`<h2>`, `<div class="art-title">`: pages without an <h1>),
// the <h1>, then `<title>` without its site name; a `<title>` that is only a channel or site
// name (`本地新闻`, `光明时报`) gives way to the page's main heading.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { classWords, isFurniture } from './furniture.js';
import type { LinkedData } from './meta.js';
import { BLOCK_TAGS, SITE_NAME_ENDINGS, SITE_NAME_ENDINGS_AFTER_SPACE, TITLE_WORDS } from './rules.js';

/** Headers are furniture for the text, but the headline stands in one (`<header class="article-header"><h1>`). */
export const HEADER_WORDS: ReadonlySet<string> = new Set(['header', 'head']);
const TITLE_WORD_SET: ReadonlySet<string> = new Set(TITLE_WORDS);
/** A heading shorter than this is a section name (`济南要闻`, `热读`), not a headline. */
const MIN_HEADING = 5;
const MAX_HEADING = 100;
/** A `<title>` left this short once the site name is gone, repeating no heading, names a channel. */
const MAX_CHANNEL_NAME = 8;

interface Heading {
  readonly text: string;
  /** 1 for <h1> ... 5 for <h5>; 2 for an element named `title`. */
  readonly level: number;
}

export function pageTitle($: CheerioAPI, ld: LinkedData, og: string | null): string | null {
  const siteName = clean($('meta[property="og:site_name"]').attr('content') ?? '') || null;
  const raw = clean($('title').first().text());
  const docTitle = raw ? stripSiteName(raw, siteName) : '';
  const headings = headingsOf($);
  const ogTitle = og ? stripSiteName(clean(og), siteName) : '';
  if (ogTitle) return longerCut(ogTitle, [...headings.map((h) => h.text), docTitle]);
  if (ld.headline) return clean(ld.headline);
  // a heading the <title> repeats, or continues: `<title>海岛渔村变身民宿集群_东海在线` over a longer heading
  const repeated = headings.filter((h) => fold(raw).includes(fold(h.text)) || (docTitle.length >= MIN_HEADING && fold(h.text).startsWith(fold(docTitle))));
  if (repeated.length) return repeated.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  const h1 = headings.find((h) => h.level === 1);
  if (h1) return h1.text;
  const main = [...headings].sort((a, b) => a.level - b.level)[0];
  if (main && docTitle.length <= MAX_CHANNEL_NAME) return main.text;
  return docTitle || main?.text || null;
}

/** `市民说` from `<meta property="og:title" content="市民说"家门口的公园"…">`: the text it is a cut of. */
function longerCut(og: string, others: readonly string[]): string {
  const f = fold(og);
  return others.filter((t) => fold(t).startsWith(f)).reduce((a, b) => (b.length > a.length ? b : a), og);
}

/** The first <h1> outside navigation, logos and comments (the date and meta lines are looked for around it). */
export function headline($: CheerioAPI): Element | null {
  return $('h1').toArray().find((h) => !isFurniture(h, true, HEADER_WORDS) && $(h).text().trim().length >= 4) ?? null;
}

/** <h1>-<h5> and elements named `title`/`headline` that hold one line of text, outside furniture. */
function headingsOf($: CheerioAPI): Heading[] {
  const out: Heading[] = [];
  for (const el of $('h1, h2, h3, h4, h5, [class*="itle"], [id*="itle"], [class*="eadline"], [id*="eadline"]').toArray()) {
    const name = el.name.toLowerCase();
    const level = /^h[1-5]$/u.test(name) ? Number(name[1]) : classWords(el).some((w) => TITLE_WORD_SET.has(w)) ? 2 : 0;
    if (level === 0 || name === 'title' || name === 'meta') continue;
    if (el.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has((c as Element).name.toLowerCase()))) continue;
    const text = clean($(el).text());
    if (text.length < MIN_HEADING || text.length > MAX_HEADING || isFurniture(el, true, HEADER_WORDS)) continue;
    out.push({ text, level });
  }
  return out;
}

/**
 * `济南投资1.47亿元 - 齐鲁网`, `标题_新浪新闻_新浪网`, `齐鲁网 | 标题`, `标题--经济参考日报`: split
 * at the separators sites put between headline and site name, leave out the parts that read as
 * site names, keep the longest. A dash without spaces (`标题-中新网`) and a plain space
 * (`标题 港航在线`) split only before a site name: `2024-06-28`, `——记某某`, `G20峰会-杭州` stay.
 */
export function stripSiteName(title: string, siteName: string | null = null): string {
  let parts = title.split(/\s+[-–—|·]\s+|\s*[_|｜丨]\s*|\s+-{1,2}\s*|\s*-{2,}\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) parts = splitBeforeSite(title, siteName);
  if (parts.length < 2) return title;
  const headlines = parts.filter((p) => !isSiteName(p, SITE_NAME_ENDINGS, siteName));
  const pool = headlines.length ? headlines : parts;
  return pool.reduce((a, b) => (b.length > a.length ? b : a));
}

function splitBeforeSite(title: string, siteName: string | null): string[] {
  const dash = /^(.*\D)-(?!\d)(.{2,16})$/u.exec(title);
  if (dash?.[1] && dash[2] && isSiteName(dash[2], SITE_NAME_ENDINGS, siteName)) return [dash[1], dash[2]];
  const space = /^(.*\S)\s+(\S{2,12})$/u.exec(title);
  if (space?.[1] && space[2] && isSiteName(space[2], SITE_NAME_ENDINGS_AFTER_SPACE, siteName)) return [space[1], space[2]];
  return [title];
}

function isSiteName(part: string, endings: readonly string[], siteName: string | null): boolean {
  if (siteName && fold(part) === fold(siteName)) return true;
  return part.length <= 16 && !/\d/u.test(part) && endings.some((e) => part.endsWith(e));
}

function clean(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** White space does not tell two headlines apart: `济南 投资` = `济南投资`. */
export function fold(s: string): string {
  return s.replace(/\s+/gu, '');
}
