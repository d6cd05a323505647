// News pages: HTML bytes in; the article text, title, publication date, source and author out.
// The steps: decode (BOM, declared charset, UTF-8 check), parse (cheerio with parse5, which
// mends broken markup as browsers do), read the metadata while the page is whole, remove
// furniture, find the article, and lay it out as paragraphs separated by a blank line:
//
//   济南投资1.47亿元建设养老服务中心        <- the title
//                                            <- blank line
//   本报济南6月28日讯 今年……               <- first paragraph of the article
//
// Mention offsets refer to this text (it is what `--with-text` puts in the document record).
import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import type { RefDate } from '../types.js';
import { findArticle } from './html/article.js';
import type { Element } from 'domhandler';
import { blocksOf, isKeywordDump, isLinkBlock, type Block } from './html/blocks.js';
import { charsetMismatch, decodeHtml } from './html/charset.js';
import { removeFurniture } from './html/furniture.js';
import { checkMarkup, checkPageSize } from './html/limits.js';
import { markupDate, metaAuthor, metaContent, metaSource, readLinkedData, scriptDate } from './html/meta.js';
import { authorFromLines, dateFromLines, isMetaLine, sourceFromLines } from './html/meta-lines.js';
import { DROP_TAGS, FURNITURE_LINES } from './html/rules.js';
import { fold, headline, pageTitle } from './html/title.js';

export { looksLikeHtml } from './html-sniff.js';

export interface HtmlPage {
  /** The article text: the title, a blank line, then paragraphs separated by blank lines; '' when none. */
  readonly text: string;
  readonly title: string | null;
  readonly date: RefDate | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

/** How many lines around the headline hold its date/source line (some sites print it above). */
const LINES_BEFORE_TITLE = 2;
const LINES_AFTER_TITLE = 6;
/** Meta lines are dropped from the article only near its start: `责任编辑：` at the end is a byline. */
const META_LINES_AT_START = 4;
/** Lines just before the article (a date line under a headline that is no heading) and after its end. */
const LINES_BEFORE_ARTICLE = 6;
const LINES_AFTER_ARTICLE = 3;
/** Lines at the article's end that may hold its date (`编辑：刘洋 2022-09-02`). */
const LINES_AT_END = 3;

/** Reads one page. Throws ZhnewsError when the bytes cannot be decoded at all or the page is over a cap (limits.ts). */
export function readHtmlPage(bytes: Uint8Array, path: string | null): HtmlPage {
  checkPageSize(bytes, path);
  const decoded = decodeHtml(bytes, path);
  checkMarkup(decoded.text, path);
  const $ = loadCheerio().load(decoded.text);
  const ld = readLinkedData($);
  const fromScript = scriptDate($);
  $('script, style, noscript, template').remove();
  const title = pageTitle($, ld, metaContent($, ['og:title', 'twitter:title']));
  const near = nearTitle($, title);
  const markup = { date: markupDate($, ld), author: metaAuthor($), source: metaSource($) };
  $(DROP_TAGS).remove();
  removeFurniture($);
  const article = findArticle($);
  const around = article ? linesAround($, article) : { before: [], after: [] };
  const blocks = article ? blocksOf(article).filter((b) => !isLinkBlock(b)).map((b) => b.text) : [];
  const head = [...near, ...around.before, ...blocks.slice(0, META_LINES_AT_START)];
  const tail = [...blocks.slice(-LINES_AT_END), ...around.after];
  const body = articleParagraphs(blocks, [title, headlineText($)]);
  const warnings: string[] = [];
  if (charsetMismatch(decoded)) warnings.push(`the page declares charset ${decoded.declared} but was read as ${decoded.encoding}`);
  if (body.length === 0) warnings.push('no article text found in the page: no mentions');
  return {
    text: body.length === 0 ? '' : [...(title ? [title] : []), ...body].join('\n\n'),
    title,
    date: markup.date ?? dateFromLines(head) ?? dateFromLines(tail.filter(isMetaLine)) ?? fromScript,
    source: sourceFromLines(head) ?? markup.source,
    author: authorFromLines(head) ?? markup.author,
    encoding: decoded.encoding,
    warnings,
  };
}

/** The lines printed just around the headline: the line that reads as the title, else the <h1>. */
function nearTitle($: CheerioAPI, title: string | null): string[] {
  const body = $('body').get(0);
  if (!body) return [];
  const lines = blocksOf(body).map((b: Block) => b.text);
  const h = headline($);
  const anchors = [title, h ? $(h).text() : null].filter((a): a is string => Boolean(a)).map(fold);
  for (const wanted of anchors) {
    const i = lines.findIndex((l) => fold(l) === wanted);
    if (i >= 0) return lines.slice(Math.max(0, i - LINES_BEFORE_TITLE), i + 1 + LINES_AFTER_TITLE).filter((_, k, a) => a[k] !== lines[i]);
  }
  return [];
}

/** Marks the article's place in the page, reads the page's lines, and gives the ones just before and after it. */
function linesAround($: CheerioAPI, article: Element): { before: string[]; after: string[] } {
  const body = $('body').get(0);
  if (!body || !article.parent || article === body) return { before: [], after: [] };
  const start = $('<div></div>').text(ARTICLE_MARK);
  const end = $('<div></div>').text(ARTICLE_MARK);
  $(article).before(start).after(end);
  const lines = blocksOf(body).filter((b) => !isLinkBlock(b)).map((b) => b.text);
  start.remove();
  end.remove();
  const i = lines.indexOf(ARTICLE_MARK);
  const j = lines.lastIndexOf(ARTICLE_MARK);
  return { before: lines.slice(Math.max(0, i - LINES_BEFORE_ARTICLE), i), after: lines.slice(j + 1, j + 1 + LINES_AFTER_ARTICLE) };
}

/** Text no page prints: it stands where the article starts and ends while the page's lines are read. */
const ARTICLE_MARK = '\u0001zhnews-article\u0001';

function headlineText($: CheerioAPI): string | null {
  const h = headline($);
  return h ? $(h).text() : null;
}

/** The article's paragraphs without the headline, furniture lines and the meta lines at its start. */
function articleParagraphs(blocks: readonly string[], titles: readonly (string | null)[]): string[] {
  const skip = new Set(titles.filter((t): t is string => Boolean(t)).map(fold));
  return blocks.filter((line, i) => {
    if (skip.has(fold(line))) return false;
    if (FURNITURE_LINES.some((re) => re.test(line)) || isKeywordDump(line)) return false;
    return !(i < META_LINES_AT_START && isMetaLine(line));
  });
}


type CheerioModule = typeof import('cheerio');
let cheerio: CheerioModule | null = null;

/** cheerio (with parse5) costs ~0.3 s to load: only a run that meets a page pays it. */
function loadCheerio(): CheerioModule {
  cheerio ??= createRequire(import.meta.url)('cheerio') as CheerioModule;
  return cheerio;
}
