// News pages in the shapes real sites print them, one class of page each (fixtures/html/): the
// title, the publication date (the reference date of the article), source, author and the
// article text must be right, and the furniture of the class must stay out of the text.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/index.js';
import { DocumentRecord } from '../../src/record.js';

interface Page {
  readonly file: string;
  readonly title: string;
  readonly ref_date: string;
  readonly source: string | null;
  readonly author: string | null;
  /** [type, text, value] of mentions that must be found; relative dates check the page date. */
  readonly mentions: readonly (readonly [string, string, string | number | null])[];
  /** The first and last paragraph of the article. */
  readonly first: string;
  readonly last: string;
  /** Text that must not reach the article. */
  readonly absent: readonly string[];
}

const CLASSES: Record<string, Page> = {
  'dates: an unlabelled date beside the source under the <h1> (portal)': {
    file: 'portal-unlabelled-date.html', title: '长江中游城市群今年开通跨省通办事项120项', ref_date: '2023-03-08', source: '星河网', author: null,
    mentions: [['date', '今年', '2023'], ['date', '3月8日', '2023-03-08']],
    first: '星河网武汉3月8日电', last: '（责编：张晓、李红）', absent: ['2023-03-08 09:15:02', '打印', '相关新闻', '版权所有'],
  },
  'dates and titles: no <h1>, the headline in an <h2> under a kicker <h3>, `<title>` only the paper\'s name, `来源：X  date` (national paper)': {
    file: 'paper-no-h1.html', title: '高校技术转移中心一年促成专利转让460件', ref_date: '2022-11-14', source: '光明时报', author: '韩雪梅',
    mentions: [['money', '18.6亿元', 1860000000], ['date', '明年', '2023']],
    first: '本报北京11月13日电', last: '建立技术经理人职称评价制度。', absent: ['当前位置', '来源：', '上一篇', '版权所有'],
  },
  'dates and titles: `发表于 …`, the headline in `.title`, `<title>` only a channel name (city paper)': {
    file: 'city-posted-at.html', title: '江城老旧小区加装电梯今年已完工215部', ref_date: '2023-05-19', source: null, author: '周敏',
    mentions: [['date', '5月18日', '2023-05-18'], ['money', '20万元', 200000]],
    first: '记者从江城市住房和城乡建设局了解到', last: '进一步降低居民出资比例。', absent: ['发表于', '热读', '江城地铁5号线'],
  },
  'dates and titles: a date line between a lead block and the article, the heading continues a shorter `<title>`': {
    file: 'lead-then-date.html', title: '海岛渔村变身民宿集群 去年接待游客38万人次', ref_date: '2023-04-11', source: null, author: null,
    mentions: [['date', '去年', '2022'], ['money', '2.4亿元', 240000000]],
    first: '清晨六点', last: '让游客跟着渔民出海。', absent: ['2023-04-11 08:40:26', '东海在线'],
  },
  'dates: the date line after the article\'s end': {
    file: 'date-after-article.html', title: '秋粮收购启动 今年最低收购价稻谷每斤上调1分钱', ref_date: '2022-09-02', source: null, author: null,
    mentions: [['date', '今年', '2022']],
    first: '国家有关部门日前发布通知', last: '并纳入粮食行业信用记录。', absent: ['编辑：刘洋', '联系我们'],
  },
  'dates: a date split over elements (`2019` / `09/07` / `19:02`), `|` before the site name (self-media)': {
    file: 'split-date.html', title: '小县城里的非遗竹编：一年卖出4万件', ref_date: '2019-09-07', source: null, author: '山野手记',
    mentions: [['date', '去年', '2018']],
    first: '在赣南一个小县城', last: '让更多年轻人愿意回来学手艺。', absent: ['赞 128', '登录', '19:02'],
  },
  'dates: `<meta itemprop="dateCreated|dateUpdate">` over a visible date with no year': {
    file: 'meta-itemprop-no-year.html', title: '西部陆海新通道班列开行突破1万列', ref_date: '2021-12-03', source: '西南商报', author: null,
    mentions: [['date', '今年', '2021'], ['money', '超过500亿元', 50000000000]],
    first: '记者从重庆市口岸和物流办获悉', last: '一单到底。', absent: ['12-03 08:00', '来源：'],
  },
  'dates: `<meta name="publish_time">` over a visible two-digit year': {
    file: 'meta-publish-time.html', title: '滨海新区首批保障性租赁住房开始配租', ref_date: '2021-06-18', source: '滨海日报', author: null,
    mentions: [['date', '18日', '2021-06-18']],
    first: '记者18日从滨海新区住房保障中心获悉', last: '筹集保障性租赁住房5000套。', absent: ['21-06-18', '滨海新闻网'],
  },
  'article and dates: WeChat, text in <section>/<span> without <p>, the date only in `var ct` (a Unix time)': {
    file: 'wechat-article.html', title: '这个夏天，青山县的杨梅“飞”上了城里人的餐桌', ref_date: '2022-06-16', source: null, author: '苏晓禾',
    mentions: [['date', '今年', '2022'], ['money', '1.2亿元', 120000000], ['weight', '1800吨', 1800000]],
    first: '六月的青山县，漫山遍野的杨梅红透了。', last: '编辑：王可 | 审核：刘青',
    absent: ['点击上方蓝字', '长按识别二维码', '欢迎在评论区留言', '阅读原文', '在看', '喜欢此内容的人还喜欢'],
  },
  'article and dates: a single-page app under `#__next`, the date only in the app\'s JSON state': {
    file: 'spa-next-root.html', title: '一家县城面馆的十年：从3张桌子到23家分店', ref_date: '2022-07-21', source: null, author: '面香记',
    mentions: [['date', '今年', '2022'], ['money', '6元', 6]],
    first: '十年前，李春生在县城老车站旁', last: '尝试做预包装的牛肉汤料。', absent: ['下载APP', '下一篇', '作者：'],
  },
  'article and titles: `#__nuxt` and a `share-article-wrap` around the article, `og:title` cut at an unescaped `"`': {
    file: 'nuxt-share-wrapper.html', title: '市民说"家门口的公园"越来越多了', ref_date: '2024-03-22', source: '春城资讯', author: null,
    mentions: [['date', '去年', '2023'], ['area', '2000平方米以内', 2000], ['date', '今年', '2024']],
    first: '走出小区不到五分钟', last: '家住附近的退休教师杨淑芬说。', absent: ['分享到', '微博', 'QQ空间'],
  },
  'article and titles: `<body class="single article">`, a keyword dump, the headline only in `<title>` before `-EE 芯片评论`': {
    file: 'body-class-article.html', title: '国产车规级芯片实现量产交付', ref_date: '2023-10-26', source: null, author: '程一帆',
    mentions: [['money', '2.8亿元', 280000000], ['date', '明年', '2024']],
    first: '国内一家芯片设计企业26日宣布', last: '面向智能座舱的新一代产品。', absent: ['半导体设备', '芯片排行', '标签', '作者：'],
  },
  'article: font-size buttons, a log-in wall, a QR-code box, a prompt to comment and a hidden feedback dialog in the article box (trade site)': {
    file: 'trade-widgets.html', title: '化工园区安全风险智能化管控平台建设指南发布', ref_date: '2023-07-14', source: '中国化工装备网', author: '罗文静',
    mentions: [['date', '2025年底', '2025-12']],
    first: '近日，有关部门发布', last: '有利于避免重复建设。', absent: ['字体', 'A+', '剩余60%', '二维码', '欢迎在评论区留言', '反馈', '提交'],
  },
  'titles: the site name after a plain space, no heading; an unlabelled date line with a source': {
    file: 'title-plain-space.html', title: '沿海港口集装箱吞吐量一季度同比增长7.8%', ref_date: '2024-04-18', source: '港航在线', author: null,
    mentions: [['percent', '7.8%', 7.8]],
    first: '交通运输部最新数据显示', last: '装卸效率提高了约20%。', absent: ['来源：', '版权所有'],
  },
  'titles: `--` before the paper\'s name, the headline in `<h2 id="headline">` (national paper)': {
    file: 'paper-double-dash.html', title: '我国首个海上二氧化碳封存示范工程投用', ref_date: '2022-04-12', source: null, author: '陶然',
    mentions: [['weight', '约30万吨', 300000000]],
    first: '本报记者 陶然', last: '集中输送到海上封存。', absent: ['版次', '数字报'],
  },
  'titles: `-` without spaces before the site name in `og:title` and `<title>`': {
    file: 'title-nospace-dash.html', title: '一季度新能源乘用车零售销量创同期新高', ref_date: '2024-04-09', source: '华夏新闻网', author: null,
    mentions: [['percent', '约30%', 30]],
    first: '据行业协会统计', last: '有望继续保持增长态势。', absent: ['华夏新闻网'],
  },
};

const load = async (name: string): Promise<DocumentRecord> => extractFile(`fixtures/html/${name}`, { withText: true });

describe.each(Object.entries(CLASSES))('%s', (_, want) => {
  it('gives title, publication date (as the reference date), source and author', async () => {
    const doc = await load(want.file);
    expect(DocumentRecord.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ title: want.title, ref_date: want.ref_date, ref_date_source: 'page', source: want.source, author: want.author });
    expect(doc.warnings).toBeUndefined();
  });

  it('gives the whole article and nothing else, and its mentions with offsets into it', async () => {
    const doc = await load(want.file);
    const paragraphs = (doc.text ?? '').split('\n\n');
    expect(paragraphs[0]).toBe(want.title);
    expect(paragraphs[1]?.startsWith(want.first), paragraphs[1]).toBe(true);
    expect(paragraphs.at(-1)?.endsWith(want.last), paragraphs.at(-1)).toBe(true);
    for (const s of want.absent) expect(doc.text, s).not.toContain(s);
    const cps = [...(doc.text ?? '')];
    for (const m of doc.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
    for (const [type, text, value] of want.mentions) {
      expect(doc.mentions, `${type} ${text}`).toContainEqual(expect.objectContaining({ type, text, value }));
    }
  });
});

describe('a single-page app that is a feed, not an article', () => {
  it('gives no mentions and a warning; `<title>` without the site name', async () => {
    const doc = await load('not-article-app.html');
    expect(doc).toMatchObject({ title: '热点', text: '', mentions: [], ref_date_source: 'none' });
    expect(doc.warnings).toEqual([expect.stringContaining('no article text')]);
  });
});
