// Where the article is: the first known content container (rules.ts) that holds real prose,
// else the element whose paragraphs hold the most Chinese text (Readability's idea, kept
// small). Either must look like an article and not like a list of teasers or links.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { allElements, blocksOf, countHan, isElement, isLinkBlock } from './blocks.js';
import { ARTICLE_SELECTORS } from './rules.js';

/** Fewer Chinese characters of prose than the shortest news brief (`本报讯 …` of two sentences): no article. */
export const MIN_ARTICLE_HAN = 40;
/** The article holds at least this share of the page's prose; a teaser on a list page does not. */
const MIN_SHARE = 0.3;

interface Prose {
  readonly han: number;
  readonly proseBlocks: number;
  readonly linkBlocks: number;
}

/** The article element, or null for a page that has none (a channel index, a login page). */
export function findArticle($: CheerioAPI): Element | null {
  const body = $('body').get(0);
  const pageHan = body ? measure(body).han : 0;
  if (pageHan < MIN_ARTICLE_HAN) return null;
  for (const { selector } of ARTICLE_SELECTORS) {
    const best = richest($(selector).toArray().filter(isElement));
    if (best && isArticle(best.prose, pageHan)) return best.el;
  }
  const dense = densest($);
  return dense && isArticle(measure(dense), pageHan) ? dense : null;
}

function measure(el: AnyNode): Prose {
  const blocks = blocksOf(el);
  const links = blocks.filter(isLinkBlock);
  const prose = blocks.filter((b) => !isLinkBlock(b));
  return { han: prose.reduce((n, b) => n + countHan(b.text), 0), proseBlocks: prose.length, linkBlocks: links.length };
}

/** Prose enough, a fair share of the page, and not mostly links (`<li><a>headline</a></li>` lists). */
function isArticle(p: Prose, pageHan: number): boolean {
  if (p.han < MIN_ARTICLE_HAN || p.han < pageHan * MIN_SHARE) return false;
  return !(p.linkBlocks >= 3 && p.linkBlocks > p.proseBlocks * 0.7);
}

function richest(els: readonly Element[]): { el: Element; prose: Prose } | null {
  let best: { el: Element; prose: Prose } | null = null;
  for (const el of els) {
    const prose = measure(el);
    if (!best || prose.han > best.prose.han) best = { el, prose };
  }
  return best;
}

/**
 * Each <p> credits its parent with its Chinese text and its grandparent with half; any other
 * element that holds text directly (`<div>段一<br><br>段二</div>`, `<td><font>…</font>`, text
 * right in <body>: common in old CMSs) credits itself, and its parent with half. The element
 * with the most credit holds the article.
 */
function densest($: CheerioAPI): Element | null {
  const score = new Map<Element, number>();
  const credit = (el: AnyNode | null, n: number): void => {
    if (el && el.type === 'tag') score.set(el as Element, (score.get(el as Element) ?? 0) + n);
  };
  for (const p of $('p').toArray()) {
    const han = countHan($(p).text()) - countHan($(p).find('a').text());
    credit(p.parent, han);
    credit(p.parent?.parent ?? null, han / 2);
  }
  const body = $('body').get(0);
  for (const el of body ? allElements(body) : []) {
    if (el.name === 'p') continue;
    const han = countHan(el.children.map((c) => (c.type === 'text' ? c.data : '')).join(''));
    if (han === 0) continue;
    credit(el, han);
    credit(el.parent, han / 2);
  }
  let best: Element | null = null;
  for (const [el, n] of score) if (!best || n > (score.get(best) ?? 0)) best = el;
  return best;
}
