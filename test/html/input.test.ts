// The parts of reading a news page, one phenomenon each: charset sniffing, telling a page from
// text, timestamps and date lines, site names in titles, meta lines, and pages built to break
// the reader (nothing may throw but an undecodable file).
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/index.js';
import { looksLikeHtml, readHtmlPage } from '../../src/input/html.js';
import { decodeHtml, sniffCharset } from '../../src/input/html/charset.js';
import { stripSiteName } from '../../src/input/html/title.js';
import { authorFromLines, dateFromLines, isMetaLine, sourceFromLines } from '../../src/input/html/meta-lines.js';
import { findDate, parseTimestamp } from '../../src/input/html/page-date.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const gbk = (s: string): Uint8Array => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: s });
const page = (body: string, head = '<meta charset="utf-8">'): string => `<!doctype html><html><head>${head}<title>标题</title></head><body>${body}</body></html>`;
const PROSE = '本报讯 今年以来，全市共完成投资1.47亿元，新建改造城市道路100公里，惠及居民1.2万户，群众满意度达到95%以上。';

describe('charset', () => {
  it.each([
    ['<meta charset="GBK">', 'gbk'],
    ['<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">', 'gb2312'],
    ["<meta content='text/html;charset=UTF-8' http-equiv='Content-Type'>", 'utf-8'],
    ['<?xml version="1.0" encoding="GB18030"?><html>', 'gb18030'],
    ['<html><head><title>无声明</title>', null],
  ])('%s -> %s', (head, want) => {
    expect(sniffCharset(utf8(head))).toBe(want);
  });

  it('reads a GB2312 declaration as GB18030, GBK-only characters included', () => {
    const d = decodeHtml(gbk(page(`<p>记者 王喆</p>`, '<meta charset="gb2312">')), null);
    expect(d).toMatchObject({ encoding: 'gb18030', declared: 'gb2312' });
    expect(d.text).toContain('王喆');
  });

  it('reads UTF-8 bytes under a stale GB declaration as UTF-8, with a warning', () => {
    const p = readHtmlPage(utf8(page(`<h1>济南投资新闻</h1><p>${PROSE}</p>`, '<meta charset="gbk">')), 'x.html');
    expect(p.encoding).toBe('utf-8');
    expect(p.text).toContain('1.47亿元');
    expect(p.warnings).toEqual([expect.stringContaining('declares charset gbk but was read as utf-8')]);
  });

  it('reads GBK bytes without a declaration by the UTF-8 check and GB18030', () => {
    const p = readHtmlPage(gbk(page(`<p>${PROSE}</p>`, '')), 'x.html');
    expect(p).toMatchObject({ encoding: 'gb18030', warnings: [] });
    expect(p.text).toContain('惠及居民1.2万户');
  });

  it('decodes a declared Big5 page with the Big5 decoder', () => {
    const big5 = new Uint8Array([...utf8('<html><head><meta charset="big5"></head><body><p>'), 0xa4, 0xa4, 0xa4, 0xe5, ...utf8('</p></body></html>')]);
    expect(decodeHtml(big5, null)).toMatchObject({ encoding: 'big5', text: expect.stringContaining('中文') });
  });
});

describe('a page or text', () => {
  it.each([
    ['<!DOCTYPE html><html>', null, true],
    ['\uFEFF  <html lang="zh">', null, true],
    ['<?xml version="1.0"?>\n<!-- 稿件 123 -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0">', null, true],
    ['今年完成投资1.47亿元', 'a.html', true],
    ['今年完成投资1.47亿元', 'a.txt', false],
    ['<b>加粗</b>的文字', null, false],
    ['<!-- 没有结束的注释', null, false],
  ])('%j (%s) -> %s', (text, path, want) => {
    expect(looksLikeHtml(utf8(text), path)).toBe(want);
  });

  it('sniffs a page on standard input (doc `-`) and reads it as one', () => {
    const doc = extractBytes(utf8(page(`<h1>济南新闻标题</h1><p>${PROSE}</p>`)), { doc: '-', types: 'money' });
    expect(doc.title).toBe('济南新闻标题');
    expect(doc.mentions.map((m) => m.text)).toEqual(['1.47亿元']);
  });
});

describe('publication dates', () => {
  it.each([
    ['2024-06-28T08:30:00+08:00', '2024-06-28'],
    ['2024-06-27T23:30:00Z', '2024-06-28'], // UTC: the day in Beijing
    ['2024-06-27T23:30:00.000+00:00', '2024-06-28'],
    ['2024-06-27T23:30:00-04:00', '2024-06-27'], // an explicit zone: the day as written
    ['20240628083000', '2024-06-28'],
    ['2024/6/8 10:00', '2024-06-08'],
    ['2024-02-30', null],
    ['1900-01-01', null],
    ['not a date', null],
  ])('%s -> %s', (s, want) => {
    const d = parseTimestamp(s);
    expect(d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null).toBe(want);
  });

  it('finds written dates, in Arabic or Chinese digits', () => {
    expect(findDate('来源：齐鲁晚报 2024年06月28日 星期五')).toEqual({ year: 2024, month: 6, day: 28 });
    expect(findDate('二〇二四年六月二十八日')).toEqual({ year: 2024, month: 6, day: 28 });
    expect(findDate('编号20240628号')).toBeNull();
  });
});

describe('titles', () => {
  it.each([
    ['济南投资1.47亿元建设养老服务中心 - 齐鲁网', '济南投资1.47亿元建设养老服务中心'],
    ['济南投资1.47亿元建设养老服务中心_新浪新闻_新浪网', '济南投资1.47亿元建设养老服务中心'],
    ['齐鲁网 | 济南投资1.47亿元建设养老服务中心', '济南投资1.47亿元建设养老服务中心'],
    ['奋进新征程——记济南市民政局', '奋进新征程——记济南市民政局'],
    ['2024-06-28济南要闻', '2024-06-28济南要闻'],
  ])('%s -> %s', (title, want) => {
    expect(stripSiteName(title)).toBe(want);
  });
});

describe('meta lines', () => {
  const lines = ['2024-06-28 08:30:15  来源：大众日报  作者：张三 李四  责任编辑：王五'];
  it('give date, source and author, each cut at the next field', () => {
    expect(dateFromLines(lines)).toEqual({ year: 2024, month: 6, day: 28 });
    expect(sourceFromLines(lines)).toBe('大众日报');
    expect(authorFromLines(lines)).toBe('张三 李四');
    expect(sourceFromLines(['信息来源：济南市民政局　发布日期：2024-06-28'])).toBe('济南市民政局');
    expect(authorFromLines(['文/图 本报记者 赵明'])).toBe('赵明');
    expect(authorFromLines(['作者：大众网记者 高远 李梅'])).toBe('高远 李梅');
  });

  it('are never prose: an interview line or a sentence with a date is kept', () => {
    expect(isMetaLine('记者：今年的投资计划完成得怎么样？')).toBe(false);
    expect(isMetaLine('2024年6月28日，济南市召开会议，部署下半年工作。')).toBe(false);
    expect(isMetaLine('原文：这是一段引文')).toBe(false);
    expect(isMetaLine('2024年06月28日 08:30 星期五')).toBe(true);
  });
});

describe('pages built to break the reader', () => {
  const read = (html: string): ReturnType<typeof readHtmlPage> => readHtmlPage(utf8(html), 'x.html');

  it('an empty file and a page with no body text give no text and a warning', () => {
    for (const html of ['', '<html></html>', page('<nav><a href="/">首页</a></nav>')]) {
      const p = read(html);
      expect(p.text).toBe('');
      expect(p.warnings).toEqual([expect.stringContaining('no article text')]);
    }
  });

  it('text with no tags at all is the article', () => {
    expect(read(PROSE).text).toBe(PROSE);
  });

  // Deep trees are slow (parse5 and domutils' tree search are quadratic in depth), but never a stack overflow.
  it('5,000 unclosed <font> tags and 5,000 nested <div>s do not overflow the stack', () => {
    expect(read(page(`${'<font>'.repeat(5000)}${PROSE}`)).text).toBe(`标题\n\n${PROSE}`);
    expect(read(page(`${'<div>'.repeat(5000)}${PROSE}${'</div>'.repeat(5000)}`)).text).toBe(`标题\n\n${PROSE}`);
  });

  it('an unterminated comment hides the rest, as in browsers, without a crash', () => {
    expect(read(page(`<p>${PROSE}</p><!-- 广告 <p>${PROSE}</p>`)).text).toBe(`标题\n\n${PROSE}`);
  });

  it('<br>-separated paragraphs in a <div> become paragraphs', () => {
    const p = read(page(`<div>　　${PROSE}<br><br>　　${PROSE}<br>　　${PROSE}</div>`));
    expect(p.text).toBe(['标题', PROSE, PROSE, PROSE].join('\n\n'));
  });

  it('a teaser list of <article>s is no article', () => {
    const teaser = `<article><h2><a href="/1">济南投资1.47亿元建设养老服务中心</a></h2><p>${PROSE}</p></article>`;
    expect(read(page(teaser.repeat(8))).warnings).toEqual([expect.stringContaining('no article text')]);
  });

  it('any string of markup pieces is read without an exception', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<div class="content">', '</div>', '<br>', '<a href=x>', '</a>', '<!--', '-->', '<script>', '</script>', '<h1>', '</h1>', '<', '>', '&', '&nbsp;', '"', '发布时间：2024-06-28', '来源：', PROSE, '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const p = read(parts.join(''));
        expect(typeof p.text).toBe('string');
        expect(p.text).not.toMatch(/^\s|\s$|\n{3}/u);
      }),
      { numRuns: 300 },
    );
  });
});
