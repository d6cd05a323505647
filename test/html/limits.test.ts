// Pages over the caps of src/input/html/limits.ts (size, nesting depth, attributes on one
// element) fail alone: one `zhnews: <path>: <reason>` line, and the files after them are read.
// Page warnings (no article, charset mismatch) reach stderr too, one line per page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes, ZhnewsError } from '../../src/index.js';
import { checkMarkup, MAX_ATTRIBUTES, MAX_DEPTH, MAX_PAGE_BYTES } from '../../src/input/html/limits.js';
import { jsonl, zhnews } from '../helpers/cli.js';

const PROSE = '本报讯 今年以来，全市共完成投资1.47亿元，新建改造城市道路100公里，惠及居民1.2万户。';
const page = (body: string): string => `<!doctype html><html><head><meta charset="utf-8"><title>标题</title></head><body>${body}</body></html>`;
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

const deep = page(`${'<div>'.repeat(MAX_DEPTH + 1)}<p>${PROSE}</p>`);
const wide = page(`<div ${Array.from({ length: MAX_ATTRIBUTES + 1 }, (_, i) => `data-a${i}="1"`).join(' ')}><p>${PROSE}</p></div>`);

function failure(bytes: Uint8Array): ZhnewsError {
  try {
    extractBytes(bytes, { doc: 'x.html' });
  } catch (err) {
    if (err instanceof ZhnewsError) return err;
    throw err;
  }
  throw new Error('no failure');
}

describe('caps before parsing', () => {
  it('a page nested deeper than the cap fails with E_PAGE_LIMIT', () => {
    expect(failure(utf8(deep))).toMatchObject({ code: 'E_PAGE_LIMIT', path: 'x.html', message: expect.stringContaining('nested over') });
  });

  it('an element with more attributes than the cap fails with E_PAGE_LIMIT', () => {
    expect(failure(utf8(wide))).toMatchObject({ code: 'E_PAGE_LIMIT', message: expect.stringContaining('attributes') });
  });

  it('a page larger than the cap fails with E_PAGE_LIMIT before it is decoded', () => {
    const big = new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x20);
    big.set(utf8('<!doctype html><html><body>'));
    expect(failure(big)).toMatchObject({ code: 'E_PAGE_LIMIT', message: expect.stringContaining('MiB') });
  });

  it('depth that parsers mend does not count: <p> after <p>, unclosed inline tags in paragraphs, end tags', () => {
    const paragraphs = `<p><font>${PROSE}`.repeat(MAX_DEPTH + 10);
    const closed = `<div><span>${PROSE}</span></div>`.repeat(MAX_DEPTH + 10);
    expect(() => checkMarkup(page(paragraphs), 'a.html')).not.toThrow();
    expect(() => checkMarkup(page(closed), 'b.html')).not.toThrow();
    expect(() => checkMarkup(page(`${'<font>'.repeat(MAX_DEPTH - 2)}${PROSE}`), 'c.html')).not.toThrow();
  });

  it('markup inside scripts and comments is not counted', () => {
    const s = page(`<script>var t = "${'<div>'.repeat(MAX_DEPTH + 1)}";</script><!-- ${'<div>'.repeat(MAX_DEPTH + 1)} --><p>${PROSE}</p>`);
    expect(() => checkMarkup(s, 'c.html')).not.toThrow();
  });
});

describe('the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zhnews-limits-'));
  writeFileSync(join(dir, 'a-deep.html'), deep);
  writeFileSync(join(dir, 'b-wide.html'), wide);
  writeFileSync(join(dir, 'c-good.html'), page(`<h1>济南投资建设新闻</h1><p>${PROSE}</p>`));
  writeFileSync(join(dir, 'd-empty.html'), page('<ul><li><a href="/1">首页</a></li></ul>'));

  it.each([['1'], ['2']])('one failure line per page over a cap, the rest read (--jobs %s)', async (jobs) => {
    const run = await zhnews(['extract', '--format', 'jsonl', '--jobs', jobs, dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`zhnews: ${join(dir, 'a-deep.html')}: not read: elements nested over ${MAX_DEPTH} deep`);
    expect(run.stderr).toContain(`zhnews: ${join(dir, 'b-wide.html')}: not read: an element with ${MAX_ATTRIBUTES + 1} attributes`);
    expect(jsonl(run.stdout).filter((r) => r.type === 'money').map((r) => r.doc)).toEqual([join(dir, 'c-good.html')]);
  });

  it.each([['jsonl', '2'], ['json', '1'], ['pretty', '1']])('a page warning goes to stderr as one line (%s, --jobs %s)', async (format, jobs) => {
    const run = await zhnews(['extract', '--format', format, '--jobs', jobs, join(dir, 'c-good.html'), join(dir, 'd-empty.html')]);
    expect(run.status).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(lines).toEqual([`zhnews: ${join(dir, 'd-empty.html')}: warning: no article text found in the page: no mentions`]);
  });
});
