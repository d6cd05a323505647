// Page furniture: navigation, share bars, related links, comment sections, footers, ads. Told
// by tag (<nav>, <footer>, <aside>) and by the words of class and id names (`share-bar`,
// `relatedNews`, `comment_list2`), then removed before the article is looked for.
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { allElements, countHan } from './blocks.js';
import { ARTICLE_HOLDER_SHARE, ARTICLE_SELECTORS, FURNITURE_WORDS, PROTECTING_SELECTORS } from './rules.js';

const WORDS: ReadonlySet<string> = new Set(FURNITURE_WORDS);
const FURNITURE_TAGS: ReadonlySet<string> = new Set(['nav', 'footer', 'aside', 'header']);
/** Never furniture, whatever their class says (`<body class="has-sidebar">`). */
const NEVER: ReadonlySet<string> = new Set(['html', 'body', 'article', 'main']);

/** `relatedNews_box2 share-bar` -> related, news, box, share, bar. */
export function classWords(el: Element): string[] {
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return names
    .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/u)
    .map((w) => w.toLowerCase().replace(/\d+$/u, ''))
    .filter(Boolean);
}

/**
 * True when `el` (or, with `ancestors`, anything around it) is furniture. `except` names words
 * to ignore: a headline sits in `article-header`, so `header` does not disqualify an <h1>.
 */
export function isFurniture(el: Element, ancestors = false, except: ReadonlySet<string> = new Set()): boolean {
  for (let node: AnyNode | null = el; node && node.type === 'tag'; node = ancestors ? node.parent : null) {
    const e = node as Element;
    const name = e.name.toLowerCase();
    if (NEVER.has(name)) continue;
    if (FURNITURE_TAGS.has(name) && !except.has(name)) return true;
    if (classWords(e).some((w) => WORDS.has(w) && !except.has(w))) return true;
  }
  return false;
}

/**
 * Removes furniture and hidden elements (`style="display:none"` dialogs, `hidden`), except what
 * holds a specific article container (a whole-page wrapper named `has-sidebar` around
 * `.TRS_Editor` stays) and what holds most of the page's prose: a name is a hint, and an app
 * root (`#__next`, `#app`) or a `share-article-wrap` around the article is no furniture.
 */
export function removeFurniture($: CheerioAPI): void {
  const protectedNodes = new Set<AnyNode>();
  for (const { selector } of ARTICLE_SELECTORS.slice(0, PROTECTING_SELECTORS)) {
    for (const el of $(selector).toArray()) {
      for (let n: AnyNode | null = el; n; n = n.parent) protectedNodes.add(n);
    }
  }
  const root = $.root().get(0);
  const elements = root ? allElements(root) : [];
  const prose = proseOf(elements);
  const body = elements.find((e) => e.name === 'body');
  const holder = (body ? (prose.get(body) ?? 0) : 0) * ARTICLE_HOLDER_SHARE;
  for (const el of elements) {
    if (!el.parent || protectedNodes.has(el) || !(isFurniture(el) || isHidden(el))) continue;
    if (holder > 0 && (prose.get(el) ?? 0) >= holder) continue;
    $(el).remove();
  }
}

function isHidden(el: Element): boolean {
  return el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true' || /display\s*:\s*none/iu.test(el.attribs.style ?? '');
}

/** Chinese characters under each element outside links, children first: one pass over the page. */
function proseOf(elements: readonly Element[]): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (let i = elements.length - 1; i >= 0; i -= 1) {
    const el = elements[i];
    if (!el) continue;
    let n = 0;
    if (el.name.toLowerCase() !== 'a') {
      for (const c of el.children) n += c.type === 'text' ? countHan(c.data) : c.type === 'tag' ? (prose.get(c as Element) ?? 0) : 0;
    }
    prose.set(el, n);
  }
  return prose;
}
