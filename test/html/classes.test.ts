// The classes of news pages one rule at a time, each with the cases that must not change:
// site names in titles, timestamps, unlabelled and split date lines, script variables, what
// counts as furniture (by name, by content, hidden) and what never does (the article's holder).
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from '../../src/input/html.js';
import { isKeywordDump } from '../../src/input/html/blocks.js';
import { dateFromLines, isMetaLine, sourceFromLines } from '../../src/input/html/meta-lines.js';
import { parseTimestamp } from '../../src/input/html/page-date.js';
import { stripSiteName } from '../../src/input/html/title.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (body: string, head = '<title>标题</title>'): ReturnType<typeof readHtmlPage> =>
  readHtmlPage(utf8(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`), 'x.html');
const PROSE = '本报讯 今年以来，全市共完成投资1.47亿元，新建改造城市道路100公里，惠及居民1.2万户，群众满意度达到95%以上。';
const MORE = '下一步，全市将继续推进城市更新行动，计划再改造老旧小区86个，新增停车位2300余个。';

describe('site names in titles', () => {
  it.each([
    ['一季度新能源车销量创新高-华夏新闻网', '一季度新能源车销量创新高'],
    ['国产车规级芯片发布-EE 电子工程专辑', '国产车规级芯片发布'],
    ['我国首个海上二氧化碳封存示范工程投用--经济参考日报', '我国首个海上二氧化碳封存示范工程投用'],
    ['沿海港口集装箱吞吐量同比增长7.8% 港航在线', '沿海港口集装箱吞吐量同比增长7.8%'],
    ['热点 - 观潮号', '热点'],
    ['济南新闻_济南要闻_齐鲁网', '济南新闻'],
    ['G20峰会-杭州', 'G20峰会-杭州'],
    ['2024-06-28济南要闻', '2024-06-28济南要闻'],
    ['淄博：夜间经济带动消费增长 上半年接待游客4800万人次', '淄博：夜间经济带动消费增长 上半年接待游客4800万人次'],
    ['两会代表热议 民生新闻', '两会代表热议 民生新闻'],
  ])('%s -> %s', (title, want) => {
    expect(stripSiteName(title)).toBe(want);
  });

  it('a part equal to og:site_name is the site, whatever its ending', () => {
    expect(stripSiteName('港口吞吐量再创新高-海风', '海风')).toBe('港口吞吐量再创新高');
  });

  it('og:title cut at an unescaped quote gives way to the heading it starts', () => {
    const p = read(`<h1>市民说"家门口的公园"越来越多了</h1><p>${PROSE}</p>`, '<meta property="og:title" content="市民说"家门口的公园"越来越多了"><title>x</title>');
    expect(p.title).toBe('市民说"家门口的公园"越来越多了');
  });

  it('a <title> that is only a channel name gives way to the main heading; a kicker <h3> does not', () => {
    const p = read(`<h3>科研成果走出实验室</h3><h2>高校技术转移中心一年促成专利转让460件</h2><p>${PROSE}</p>`, '<title>科技频道</title>');
    expect(p.title).toBe('高校技术转移中心一年促成专利转让460件');
  });
});

describe('timestamps', () => {
  it.each([
    ['1655355000', { year: 2022, month: 6, day: 16 }],
    ['1711076760000', { year: 2024, month: 3, day: 22 }],
    ['1711039000', { year: 2024, month: 3, day: 22 }], // 16:36 UTC on the 21st is past midnight in Beijing
    ['20240628', { year: 2024, month: 6, day: 28 }],
    ['2021-12-03 08:00:00', { year: 2021, month: 12, day: 3 }],
    ['123456789', null],
  ])('%s', (s, want) => {
    expect(parseTimestamp(s)).toEqual(want);
  });
});

describe('date lines', () => {
  it.each([
    ['星河网 2023-03-08 09:15:02', true],
    ['2024-03-22 11:06 春城资讯', true],
    ['发表于 2023-05-19 10:02', true],
    ['截至2023年3月8日，全市共有居民1.2万户', false],
    ['2023年3月8日上午，市政府召开新闻发布会', false],
  ])('%s -> meta line %s', (line, want) => {
    expect(isMetaLine(line)).toBe(want);
  });

  it('the name before an unlabelled date is the source only when it reads as a site', () => {
    expect(sourceFromLines(['星河网 2023-03-08 09:15:02'])).toBe('星河网');
    expect(sourceFromLines(['张海涛 2023-03-08 09:15'])).toBeNull();
  });

  it('a date printed in pieces is joined; pieces with words between are not', () => {
    expect(dateFromLines(['作者：山野手记', '2019', '09/07', '19:02'])).toEqual({ year: 2019, month: 9, day: 7 });
    expect(dateFromLines(['2019', '共有', '09/07'])).toBeNull();
  });

  it('a script variable gives the date only when the page shows none', () => {
    const script = '<script>var publishTime = "2021-05-01 10:00:00"; var ctx = "1655355000";</script>';
    expect(read(`${script}<h1>济南投资建设新闻</h1><p>${PROSE}</p>`).date).toEqual({ year: 2021, month: 5, day: 1 });
    expect(read(`${script}<h1>济南投资建设新闻</h1><div>2024-06-28 08:30</div><p>${PROSE}</p>`).date).toEqual({ year: 2024, month: 6, day: 28 });
    expect(read(`<script>var actx = "1655355000"; var x = { ct: "" };</script><h1>济南投资建设新闻</h1><p>${PROSE}</p>`).date).toBeNull();
  });
});

describe('furniture and what holds the article', () => {
  it('an app root or a wrapper named `share` around the article is no furniture; a share bar inside it is', () => {
    const p = read(`<div id="app"><div class="share-wrap"><p>${PROSE}</p><p>${MORE}</p><div class="share-bar">分享到微信朋友圈</div></div></div>`);
    expect(p.text).toBe(`标题\n\n${PROSE}\n\n${MORE}`);
  });

  it('hidden elements are no text', () => {
    const p = read(`<div class="c"><p>${PROSE}</p><div style="display: none"><p>请选择您要反馈的问题类型，我们会尽快处理。</p></div><p hidden>隐藏的说明文字</p></div>`);
    expect(p.text).toBe(`标题\n\n${PROSE}`);
  });

  it('<section><span> paragraphs without <p> are one article, not its longest paragraph', () => {
    const sections = [PROSE, MORE, '市民张先生说，小区改造后出行方便多了。'].map((t) => `<section><span>${t}</span></section>`).join('');
    expect(read(`<div class="rich">${sections}</div>`).text).toBe(`标题\n\n${PROSE}\n\n${MORE}\n\n市民张先生说，小区改造后出行方便多了。`);
  });

  it('widget and prompt lines go; prose with the same words stays', () => {
    const widgets = ['字体：大 中 小', 'A+ A-', '剩余60%内容，登录后可继续阅读', '扫描二维码 关注我们', '你怎么看？欢迎在评论区留言讨论', '觉得不错就点个赞吧'];
    const prose = ['许多市民欢迎分享单车进入小区。', '市民在APP注册后可查看社保缴费记录。', '两国领导人一起讨论了合作事项。'];
    const p = read(`<div class="c"><p>${PROSE}</p>${[...widgets, ...prose].map((l) => `<p>${l}</p>`).join('')}</div>`);
    expect(p.text).toBe(['标题', PROSE, ...prose].join('\n\n'));
  });

  it('a keyword list is no prose; a list of words in a sentence is', () => {
    expect(isKeywordDump('芯片 半导体 集成电路 晶圆 封装 测试 存储 模拟芯片 功率器件 传感器 汽车电子 工业控制')).toBe(true);
    expect(isKeywordDump('参展企业来自芯片、半导体、集成电路、晶圆、封装、测试、存储、传感器等领域。')).toBe(false);
  });

  it('<body class="article"> is not the article box', () => {
    const dump = '芯片 半导体 集成电路 晶圆 封装 测试 存储 模拟芯片 功率器件 传感器 汽车电子 工业控制 消费电子 物联网';
    const p = readHtmlPage(utf8(`<html><head><title>标题</title></head><body class="single article"><div class="entry"><p>${PROSE}</p><p>${MORE}</p></div><div class="seo">${dump}</div></body></html>`), 'x.html');
    expect(p.text).toBe(`标题\n\n${PROSE}\n\n${MORE}`);
  });
});
