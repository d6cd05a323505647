// Page metadata from the markup (the title is in title.ts): the publication date
// (article:published_time and kin, JSON-LD, <time datetime>, script variables), and the author
// and source <meta> tags. The date lines printed near the title are in meta-lines.ts.
import type { CheerioAPI } from 'cheerio';
import type { RefDate } from '../../types.js';
import { isFurniture } from './furniture.js';
import { HEADER_WORDS } from './title.js';
import { cleanAuthor } from './meta-lines.js';
import { parseTimestamp } from './page-date.js';
import { AUTHOR_METAS, DATE_METAS, SCRIPT_DATE_NAMES, SOURCE_METAS } from './rules.js';

/** What JSON-LD (`<script type="application/ld+json">`) says about the article. */
export interface LinkedData {
  readonly headline: string | null;
  readonly datePublished: string | null;
}

/** Reads the first NewsArticle-like JSON-LD object; a broken block is skipped. */
export function readLinkedData($: CheerioAPI): LinkedData {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data, ...graph(data)];
    for (const item of items) {
      const o = item as { headline?: unknown; datePublished?: unknown } | null;
      if (!o || typeof o !== 'object') continue;
      const headline = typeof o.headline === 'string' ? o.headline : null;
      const datePublished = typeof o.datePublished === 'string' ? o.datePublished : null;
      if (headline || datePublished) return { headline, datePublished };
    }
  }
  return { headline: null, datePublished: null };
}

function graph(data: unknown): unknown[] {
  const g = (data as { '@graph'?: unknown } | null)?.['@graph'];
  return Array.isArray(g) ? g : [];
}

/** The content of the first <meta> whose property, name or itemprop is one of `names`. */
export function metaContent($: CheerioAPI, names: readonly string[]): string | null {
  const wanted = new Map(names.map((n, i) => [n.toLowerCase(), i]));
  let best: { rank: number; content: string } | null = null;
  for (const el of $('meta[content]').toArray()) {
    const key = (el.attribs.property ?? el.attribs.name ?? el.attribs.itemprop ?? '').toLowerCase();
    const rank = wanted.get(key);
    const content = (el.attribs.content ?? '').trim();
    if (rank === undefined || !content || (best && best.rank <= rank)) continue;
    best = { rank, content };
  }
  return best?.content ?? null;
}

/** Publication date from the markup, in the order of trust; null when the markup has none. */
export function markupDate($: CheerioAPI, ld: LinkedData): RefDate | null {
  const meta = metaContent($, DATE_METAS);
  const times = $('time[datetime]').toArray().filter((t) => !isFurniture(t, true, HEADER_WORDS)).map((t) => t.attribs.datetime ?? '');
  for (const s of [meta, ld.datePublished, ...times]) {
    const d = s ? parseTimestamp(s) : null;
    if (d) return d;
  }
  return null;
}

export function metaAuthor($: CheerioAPI): string | null {
  const author = metaContent($, AUTHOR_METAS);
  return author === null ? null : cleanAuthor(author);
}

/** `<meta name="source" content="来源：人民网">` -> `人民网`. */
export function metaSource($: CheerioAPI): string | null {
  const s = metaContent($, SOURCE_METAS);
  return s ? s.replace(/^(?:信息|稿件|文章|新闻)?来源\s*[:：]\s*/u, '').trim() || null : null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** `var ct = "1655355000"`, `"publish_time":"2022-07-21 16:40:12"`, `publishTime:1711076760000`: a name, `=` or `:`, a value. */
const SCRIPT_DATE = new RegExp(
  `(?<![\\w$.])["']?(?:${SCRIPT_DATE_NAMES.map(escape).join('|')})["']?\\s*[:=]\\s*(?:"([^"\\n]{0,40})"|'([^'\\n]{0,40})'|(\\d{10}(?:\\d{3})?)(?!\\d))`,
  'gu',
);

/** The first publication time held in a script variable of the page (scripts must still be in the page). */
export function scriptDate($: CheerioAPI): RefDate | null {
  for (const el of $('script').toArray()) {
    const code = $(el).text();
    for (const m of code.matchAll(SCRIPT_DATE)) {
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      const d = value ? parseTimestamp(value) : null;
      if (d) return d;
    }
  }
  return null;
}
