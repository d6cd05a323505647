// The html writer without a browser: streaming shape, escaping, nested and crossing marks,
// and the CLI asking for the text once.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlWriter } from '../../src/output/html.js';
import type { DocumentRecord, Mention } from '../../src/record.js';
import { zhnews } from '../helpers/cli.js';

const base = { doc: 'a.txt', context: '' } as const;
const work: Mention = { ...base, kind: 'entity', type: 'work', text: '《2024年地图》', start: 2, end: 11, value: '2024年地图' };
const year: Mention = { ...base, kind: 'date', type: 'date', text: '2024年', start: 3, end: 8, value: '2024' };
const money: Mention = { ...base, kind: 'quantity', type: 'money', text: '1.47亿元', start: 13, end: 19, value: 147000000, unit: 'CNY', approx: null, subject: '投资' };

function doc(text: string, mentions: Mention[], extra: Partial<DocumentRecord> = {}): DocumentRecord {
  return { doc: 'a.txt', title: null, ref_date: null, ref_date_source: 'none', encoding: 'utf-8', text, mentions, ...extra };
}

function render(...docs: DocumentRecord[]): string {
  const w = htmlWriter();
  return w.begin() + docs.map((d) => w.document(d)).join('') + w.end();
}

describe('htmlWriter', () => {
  it('streams: a head, one section per document, a closing footer', () => {
    const w = htmlWriter();
    expect(w.begin()).toMatch(/^<!DOCTYPE html>[\s\S]*<style>[\s\S]*<body>/u);
    expect(w.document(doc('甲', []))).toMatch(/^<section class="doc" id="d1">[\s\S]*<\/section>\n$/u);
    expect(w.document(doc('乙', []))).toContain('id="d2"');
    expect(w.end()).toBe('<footer class="run">2 documents</footer>\n</body>\n</html>\n');
  });

  it('nests a mention inside another and labels quantities with value and unit', () => {
    const $ = load(render(doc('学习《2024年地图》，投资1.47亿元。', [work, year, money])));
    expect($('mark#d1-m0 > mark#d1-m1').length).toBe(1);
    const outer = $('mark#d1-m0').clone();
    outer.find('.lbl').remove();
    expect(outer.text()).toBe('《2024年地图》');
    expect($('mark#d1-m2 .lbl').text()).toBe('money147000000 CNY');
    expect($('mark#d1-m2').attr('title')).toBe('money: 147000000 CNY · subject 投资 · @13-19');
    expect($('table.quantities tbody tr td').toArray().map((td) => $(td).text())).toEqual(['1.47亿元', 'money', '147000000 CNY', '', '投资', '13-19']);
  });

  it('leaves a mention that crosses another unmarked instead of breaking the markup', () => {
    const crossing: Mention = { ...year, text: '年地图》，投', start: 7, end: 14 };
    const $ = load(render(doc('学习《2024年地图》，投资1.47亿元。', [work, crossing, money])));
    expect($('mark').length - $('.legend mark').length).toBe(2);
    expect($('.text').text().replace(/(work|money147000000 CNY)/gu, '')).toBe('学习《2024年地图》，投资1.47亿元。');
  });

  it('counts offsets in code points: a character outside the BMP is one', () => {
    const rare: Mention = { ...base, kind: 'entity', type: 'person', text: '王𠀀', start: 0, end: 2, value: '王𠀀' };
    const after: Mention = { ...money, start: 4, end: 10 };
    const $ = load(render(doc('王𠀀投资1.47亿元', [rare, after])));
    expect($('mark#d1-m0').contents().first().text()).toBe('王𠀀');
    expect($('mark#d1-m1').contents().first().text()).toBe('1.47亿元');
  });

  it('escapes every input string', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = render(doc('<b>x</b>', [], { doc: '<i>.html', title: '<script>', source: '"源"', author: '<u>', warnings: ['<w>'] }));
    expect(html).not.toMatch(/<(?:b|i|u|w|script)>/u);
  });

  it('says so when the record carries no text', () => {
    const { text: _text, ...noText } = doc('x', [money]);
    expect(render(noText)).toContain('not in the record');
  });
});

describe('zhnews extract --format html', () => {
  it('prints the article text once, marked, and one section per input', async () => {
    const run = await zhnews(['extract', '--format', 'html', '-q', 'fixtures/html/date-in-text.html', '-'], { input: '今年完成投资1.47亿元。' });
    expect(run.status).toBe(0);
    const $ = load(run.stdout);
    expect($('section.doc').length).toBe(2);
    expect(run.stdout.split('创历史同期新高').length - 1).toBe(1);
    expect($('section.doc').first().find('h2').text()).toBe('烟台港上半年货物吞吐量同比增长6.5%');
    expect($('section.doc').last().find('.text').text()).toContain('今年');
  });

  it('json never gets the text unless asked, even though html does', async () => {
    const json = JSON.parse((await zhnews(['extract', '--format', 'json', '-'], { input: '今年完成投资1.47亿元。' })).stdout) as object[];
    expect(json[0]).not.toHaveProperty('text');
  });
});
