// The text of an element as paragraphs, the way a reader sees it: every block element (<p>,
// <div>, <li>, <td>, <h1> ...) and every <br> starts a new paragraph; inline elements (<a>,
// <span>, <strong>) run on; runs of HTML white space fold to one space. Each paragraph
// remembers how much of it sat inside links, so lists of related links can be told from prose.
import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS } from './rules.js';

export interface Block {
  readonly text: string;
  /** Characters (after folding) that came from inside <a> elements. */
  readonly linkChars: number;
}

interface Walk {
  blocks: Block[];
  text: string;
  linkChars: number;
}

/** Paragraphs of an element in document order, trimmed, empty ones left out. */
export function blocksOf(root: AnyNode): Block[] {
  const w: Walk = { blocks: [], text: '', linkChars: 0 };
  // An explicit stack, not recursion: broken pages nest thousands of unclosed <font>s deep.
  const stack: Step[] = [{ node: root, inLink: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    if ('end' in step) flush(w);
    else visit(step.node, step.inLink, w, stack);
  }
  flush(w);
  return w.blocks;
}

type Step = { readonly node: AnyNode; readonly inLink: boolean } | { readonly end: true };

function visit(node: AnyNode, inLink: boolean, w: Walk, stack: Step[]): void {
  if (node.type === 'text') {
    // HTML folds ASCII white space only: `&nbsp;` and the ideographic indent `　　` stay until trim.
    const s = node.data.replace(/[ \t\n\r\f]+/gu, ' ');
    w.text += s;
    if (inLink) w.linkChars += s.trim().length;
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return; // comments, scripts, styles, directives
  const el = node as Element;
  const name = node.type === 'tag' ? el.name.toLowerCase() : '';
  if (name === 'br') return flush(w);
  const block = BLOCK_TAGS.has(name);
  if (block) {
    flush(w);
    stack.push({ end: true });
  }
  const link = inLink || name === 'a';
  for (let i = el.children.length - 1; i >= 0; i -= 1) {
    const child = el.children[i];
    if (child) stack.push({ node: child, inLink: link });
  }
}

function flush(w: Walk): void {
  const text = w.text.trim().replace(/ {2,}/gu, ' ');
  if (text) w.blocks.push({ text, linkChars: Math.min(w.linkChars, text.length) });
  w.text = '';
  w.linkChars = 0;
}

/** cheerio's toArray() gives nodes; selectors only ever match elements. */
export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/** Every element under (and including) `root`, in document order; iterative, linear in depth. */
export function allElements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag') out.push(node as Element);
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const c = children[i];
      if (c) stack.push(c);
    }
  }
  return out;
}

/** Chinese characters in a string: the measure of "real text" on a Chinese page. */
export function countHan(s: string): number {
  return s.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** A paragraph made mostly of link text: a related-links list, a tag cloud, a pager. */
export function isLinkBlock(b: Block): boolean {
  return b.linkChars > 0 && b.linkChars >= b.text.length * 0.5;
}

/** Words this many or more, space-separated, with no punctuation: an SEO keyword list (`芯片 半导体 集成电路 …`), not prose. */
const KEYWORD_DUMP_WORDS = 12;

/** True for a line of bare keywords: no sentence or clause punctuation, many words. */
export function isKeywordDump(text: string): boolean {
  if (/[，。！？；：、,.!?;:]/u.test(text)) return false;
  return text.split(/\s+/u).length >= KEYWORD_DUMP_WORDS;
}
