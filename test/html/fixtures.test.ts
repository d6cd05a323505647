// The news-page fixtures (fixtures/html/): for each, the title, publication date, source,
// author and encoding the page gives, and a few mentions that must come out of its article
// text with offsets into that text (the `text` of the document record).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/index.js';
import { DocumentRecord } from '../../src/record.js';

interface Expected {
  readonly title: string | null;
  readonly ref_date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly encoding: string;
  /** [type, text, value] of mentions that must be found. */
  readonly mentions: readonly (readonly [string, string, string | number | null])[];
  /** Text that must not reach the article: navigation, comments, ads, footers, meta lines. */
  readonly absent: readonly string[];
}

const FIXTURES: Record<string, Expected> = {
  'gbk-trs.html': {
    title: '济宁市投资2.3亿元改造老旧小区 惠及居民1.2万户',
    ref_date: '2024-06-28', // <meta name="PubDate">
    source: '济宁日报',
    author: '王喆', // 喆 is GBK, not GB2312: the page declares gb2312 and is read as GB18030
    encoding: 'gb18030',
    mentions: [
      ['money', '9800万元', 98000000],
      ['area', '45万平方米', 450000],
      ['date', '6月27日', '2024-06-27'],
      ['date', '今年10月底', '2024-10'],
      ['person', '李秀兰', '李秀兰'],
    ],
    absent: ['当前位置', '发布时间', '字号', '分享到', '相关新闻', '版权所有', '999万次', '5000个'],
  },
  'date-in-text.html': {
    title: '烟台港上半年货物吞吐量同比增长6.5%', // <title> without `- 胶东在线`
    ref_date: '2024-07-02', // only in `来源：烟台日报　2024年07月02日 09:15`
    source: '烟台日报',
    author: null, // the meta line names an editor, not an author
    encoding: 'utf-8',
    mentions: [
      ['date', '昨天', '2024-07-01'],
      ['weight', '2.3亿吨', 230000000000],
      ['date', '明年', '2025'],
      ['person', '张海涛', '张海涛'],
    ],
    absent: ['首页', '热点排行', '37℃', 'Copyright', '来源：'],
  },
  'heavy-nav-comments.html': {
    title: '淄博：夜间经济带动消费增长 上半年接待游客4800万人次', // og:title
    ref_date: '2024-07-05', // article:published_time
    source: '大众网',
    author: '高远',
    encoding: 'utf-8',
    mentions: [
      ['date', '7月4日', '2024-07-04'],
      ['money', '520亿元', 52000000000],
      ['percent', '12.3%', 12.3],
      ['area', '超过30万平方米', 300000],
      ['person', '王建国', '王建国'],
    ],
    absent: ['枣庄', '分享到', '标签', '相关新闻', '网友评论', '500元', '2个小时', '热榜', '8%', 'ICP', '搜索'],
  },
  'broken-markup.html': {
    title: '威海市区今年将新增绿地面积50万平方米', // <title> without `_新浪新闻`
    ref_date: '2024-05-20', // the <font> line under a title that is no <h1>
    source: '威海晚报',
    author: null,
    encoding: 'utf-8',
    mentions: [
      ['date', '5月19日', '2024-05-19'],
      ['money', '约3.2亿元', 320000000],
      ['percent', '95%以上', 95],
      ['organization', '威海市住房和城乡建设局', '威海市住房和城乡建设局'],
    ],
    absent: ['新浪首页', '广告位', '99元', '版权所有'],
  },
};

const load = async (name: string): Promise<DocumentRecord> => extractFile(`fixtures/html/${name}`, { withText: true });

describe.each(Object.entries(FIXTURES))('%s', (name, want) => {
  it('gives title, publication date (as the reference date), source, author and encoding', async () => {
    const doc = await load(name);
    expect(DocumentRecord.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ title: want.title, ref_date: want.ref_date, ref_date_source: 'page', source: want.source, author: want.author, encoding: want.encoding });
    expect(doc.warnings).toBeUndefined();
  });

  it('finds the mentions of the article, with offsets into the article text', async () => {
    const doc = await load(name);
    const cps = [...(doc.text ?? '')];
    for (const m of doc.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    for (const [type, text, value] of want.mentions) {
      expect(doc.mentions, `${type} ${text}`).toContainEqual(expect.objectContaining({ type, text, value }));
    }
  });

  it('keeps page furniture out of the article text and keeps paragraph breaks', async () => {
    const doc = await load(name);
    for (const s of want.absent) expect(doc.text, s).not.toContain(s);
    expect(doc.text?.startsWith(`${want.title}\n\n`)).toBe(true);
    expect(doc.text).not.toMatch(/\n{3}|^\s|\s$/u);
  });
});

describe('a page that is not an article', () => {
  it('gives a document with no mentions and a warning, not a failure', async () => {
    const doc = await load('not-article.html');
    expect(DocumentRecord.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ title: '济南新闻', text: '', mentions: [], ref_date: null, ref_date_source: 'none' });
    expect(doc.warnings).toEqual([expect.stringContaining('no article text')]);
  });
});

describe('the reference date', () => {
  it('--ref-date wins over the page date', async () => {
    const doc = await extractFile('fixtures/html/date-in-text.html', { refDate: '2023-01-10' });
    expect(doc).toMatchObject({ ref_date: '2023-01-10', ref_date_source: 'option' });
    expect(doc.mentions).toContainEqual(expect.objectContaining({ text: '昨天', value: '2023-01-09' }));
  });
});

describe('the GBK fixture', () => {
  it('is GBK bytes, not UTF-8 (made by scripts/make-html-fixtures.mjs)', () => {
    const bytes = readFileSync('fixtures/html/gbk-trs.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder('gb18030').decode(bytes)).toContain('王喆');
  });
});
