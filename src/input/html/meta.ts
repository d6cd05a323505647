// Page metadata from the markup: the title (og:title, <h1>, <title> without the site name),
// the publication date (article:published_time and kin, JSON-LD, <time datetime>), and the
// author and source <meta> tags. The date lines printed near the title are in meta-lines.ts.
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { RefDate } from '../../extract/types.js';
import { isFurniture } from './furniture.js';
import { cleanAuthor } from './meta-lines.js';
import { parseTimestamp } from './page-date.js';
import { AUTHOR_METAS, DATE_METAS, SOURCE_METAS } from './rules.js';

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

/** The headline: og:title, JSON-LD headline, the article's <h1>, then <title> without the site name. */
export function pageTitle($: CheerioAPI, ld: LinkedData): string | null {
  const candidates = [metaContent($, ['og:title', 'twitter:title']), ld.headline, headingText($), $('title').first().text()];
  for (const c of candidates) {
    const t = c ? stripSiteName(c.replace(/\s+/gu, ' ').trim()) : '';
    if (t) return t;
  }
  return null;
}

/**
 * Headers are furniture for the article text, but the headline and its date stand in one
 * (`<header class="article-header"><h1>…</h1><time>`); a site logo is an <h1> in `.logo`.
 */
const HEADER_WORDS: ReadonlySet<string> = new Set(['header', 'head']);

/** The first <h1> outside navigation, logos and comments. */
export function headline($: CheerioAPI): Element | null {
  return $('h1').toArray().find((h) => !isFurniture(h, true, HEADER_WORDS) && $(h).text().trim().length >= 4) ?? null;
}

function headingText($: CheerioAPI): string | null {
  const h = headline($);
  return h ? $(h).text() : null;
}

/**
 * `济南投资1.47亿元 - 齐鲁网`, `标题_新浪新闻_新浪网`, `齐鲁网 | 标题`: split at the separators
 * sites put between headline and site name and keep the longest part (site names are short).
 * A dash without spaces stays: `2024-06-28`, `——记某某` are part of a title.
 */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[-–—|·]\s+|\s*[_|｜丨]\s*|\s+-{1,2}\s*|\s*--\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
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
