// Where the article is: the first known content container (rules.ts) that holds real prose,
// else the element whose paragraphs hold the most Chinese text (Readability's idea, kept
// small). Either must look like an article and not like a list of teasers or links.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { blocksOf, countHan, isElement, isKeywordDump, isLinkBlock } from './blocks.js';
import { ARTICLE_SELECTORS, BLOCK_TAGS } from './rules.js';

/** Fewer Chinese characters of prose than the shortest news brief (`本报讯 …` of two sentences): no article. */
export const MIN_ARTICLE_HAN = 40;
/** The article holds at least this share of the page's prose; a teaser on a list page does not. */
const MIN_SHARE = 0.3;

const WHOLE_PAGE: ReadonlySet<string> = new Set(['html', 'body']);

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
    // `<body class="single article">` is the whole page, never the article box
    const best = richest($(selector).toArray().filter(isElement).filter((el) => !WHOLE_PAGE.has(el.name.toLowerCase())));
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
 * Text belongs to its nearest block element (inline <span>, <font>, <strong> run on; links do
 * not count). A block that is one paragraph (a <p>, or a <section>/<div> with no <br>: WeChat
 * and self-media editors write `<section><span>…</span></section>`) credits its parent with its
 * Chinese text and its grandparent with half; a block whose text runs over <br>s
 * (`<div>段一<br><br>段二</div>`, `<td><font>…</font>`, text right in <body>: old CMSs) holds
 * the paragraphs itself: it credits itself, and its parent with half. A keyword list credits
 * nothing. The element with the most credit holds the article.
 */
function densest($: CheerioAPI): Element | null {
  const body = $('body').get(0);
  if (!body || body.type !== 'tag') return null;
  const score = new Map<Element, number>();
  const credit = (el: AnyNode | null, n: number): void => {
    if (el && el.type === 'tag') score.set(el as Element, (score.get(el as Element) ?? 0) + n);
  };
  for (const [block, { text, br }] of textByBlock(body as Element)) {
    if (isKeywordDump(text)) continue;
    const han = countHan(text);
    if (han === 0) continue;
    const paragraph = block !== body && (block.name.toLowerCase() === 'p' || !br);
    const holder = paragraph ? block.parent : block;
    credit(holder, han);
    credit(holder?.parent ?? null, han / 2);
  }
  let best: Element | null = null;
  for (const [el, n] of score) if (!best || n > (score.get(best) ?? 0)) best = el;
  return best;
}

interface BlockText {
  text: string;
  /** A <br> among the block's own inline content. */
  br: boolean;
}

/** The text outside links of each block element, inline descendants included; one walk, iterative. */
function textByBlock(root: Element): Map<Element, BlockText> {
  const out = new Map<Element, BlockText>();
  const stack: { node: AnyNode; block: Element }[] = [{ node: root, block: root }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, block } = step;
    if (node.type === 'text') {
      const t = out.get(block) ?? { text: '', br: false };
      t.text += node.data;
      out.set(block, t);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (name === 'a') continue;
    if (name === 'br') {
      out.set(block, { text: out.get(block)?.text ?? '', br: true });
      continue;
    }
    const own = el === root || BLOCK_TAGS.has(name) ? el : block;
    for (let i = el.children.length - 1; i >= 0; i -= 1) {
      const child = el.children[i];
      if (child) stack.push({ node: child, block: own });
    }
  }
  return out;
}
