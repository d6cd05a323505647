// Companies named before a line of business, with no legal suffix: `华泰证券`, `山东黄金`,
// `中博传媒`, `新闻集团`. The words are the sector names that listed companies carry in their
// short names: the divisions of the CSRC industry classification of listed companies and the
// section and division names of GB/T 4754 (国民经济行业分类), in the short forms exchanges print
// (`证券`, `地产`, `药业`, `电子`). org/org-business.ts takes the name on the left from the
// segmenter's words, so `两市基金`, `下跌基金`, `商业银行` name no one.
import type { OrgSuffix } from './org-suffixes.js';

/**
 * Characters after a business word that make it a trade or a market, not a firm: `银行业`,
 * `证券类`. `股` is judged on the segmenter's words (`地产|股` a trade, `集团|股价` a firm's).
 */
const TRADE = '业界类市板价';


/** A place alone names the firm before these (`山东黄金`, `北京银行`); not before `基金`, `汽车`. */
const PLACE_NAMED = new Set(['证券', '银行', '信托', '黄金', '矿业', '镍业', '铝业', '钢铁', '糖业', '药业', '电气', '远洋', '航空', '置业']);

/**
 * Business words that are also everyday nouns of the trade (`农业`, `科技`, `汽车`, `保险`):
 * before them only a proper name counts (a name word of the segmenter, or the pieces of an
 * unknown one), never a common noun (`现代科技`, `农业保险`, `报业集团`). Before the others a
 * common noun may be the name (`招商证券`, `民生银行`): `X证券` is seldom anything but a firm.
 */
export const PROPER_NAME_ONLY: ReadonlySet<string> = new Set(
  '保险 集团 农业 科技 汽车 软件 电子 电器 医药 化工 航空 通信 娱乐 传媒 影业 黄金 动力 电气 钢铁 矿业'.split(' '),
);

const row = (id: string, word: string, example: string, blockNext = ''): OrgSuffix => ({
  id: `org-business-${id}`,
  word,
  minBody: 2,
  maxBody: 4,
  named: true,
  business: true,
  ...(PLACE_NAMED.has(word) ? { placeName: true } : {}),
  // `济南局` + `集团` + `有限公司`, `住友信托` + `银行`: these may follow a name with nothing between
  ...(word === '集团' || word === '银行' ? { chainBare: true } : {}),
  blockNext: TRADE + blockNext,
  example,
});

export const BUSINESS_SUFFIXES: readonly OrgSuffix[] = [
  // Finance (CSRC J: 货币金融服务, 资本市场服务, 保险业).
  row('securities', '证券', '[[华泰证券]]今天公告', '法化交投报日时部'),
  row('bank', '银行', '[[招商银行]]今日公告称', '卡家账'),
  row('insurance', '保险', '[[华泰保险]]理赔人员赶到', '金费单条法'),
  row('trust', '信托', '[[中信信托]]发行', '产计资'),
  row('futures', '期货', '[[中粮期货]]研究员', '交合'),
  row('holdings', '控股', '[[复星控股]]旗下', '权子集'),
  row('shares', '股份', '[[福耀股份]]涨停', '制合有额比数'),
  row('investment-adviser', '投顾', '据[[国信投顾]]统计'),
  // Real estate (CSRC K: 房地产业).
  row('real-estate', '地产', '[[中航地产]]发布公告', '商税项'),
  row('property', '置业', '[[金地置业]]开盘'),
  // Groups and holding firms: a name before `集团` (`新闻集团`, `三毛集团`).
  row('group', '集团', '[[山东高速集团]]', '化'),
  // Manufacturing and mining (CSRC B, C; GB/T 4754 B, C).
  row('gold', '黄金', '[[湖南黄金]]发布公告', '周饰价'),
  row('mining', '矿业', '[[金川矿业]]公告'),
  row('nickel', '镍业', '[[金川镍业]]停牌'),
  row('aluminium', '铝业', '[[中国铝业]]公告'),
  row('steel', '钢铁', '[[宝山钢铁]]发布公告', '产'),
  row('sugar', '糖业', '[[广农糖业]]增发'),
  row('pharma', '药业', '[[恒瑞药业]]公告'),
  row('medicine', '医药', '[[华润医药]]公告', '费品'),
  row('chemical', '化工', '[[万华化工]]公告', '品'),
  row('electronics', '电子', '[[士兰电子]]今日停牌', '产商邮书版'),
  row('appliances', '电器', '[[美的电器]]公告', '产商'),
  row('electric', '电气', '[[上海电气]]公告', '化'),
  row('motors', '汽车', '[[长城汽车]]公告', '产商站票城展'),
  row('power', '动力', '[[潍柴动力]]公告', '学源'),
  row('agriculture', '农业', '[[隆平农业]]公告', '税区局部'),
  row('shipping', '远洋', '[[大连远洋]]公告', '捕渔运'),
  row('airline', '航空', '[[东方航空]]公告', '港站器母'),
  // Media and entertainment (CSRC R: 文化、体育和娱乐业; I: 信息传输、软件).
  row('media', '传媒', '[[华闻传媒]]与对方合作'),
  row('film', '影业', '[[华谊影业]]出品'),
  row('entertainment', '娱乐', '[[华谊娱乐]]出品', '圈性场'),
  row('technology', '科技', '[[华谊科技]]公告', '馆园人创'),
  row('software', '软件', '[[金山软件]]公告', '园产'),
  row('telecom', '通信', '[[中兴通信]]公告', '费网号'),
];

/** Business words and `公司`: a name never ends in one (`民生银行|控股` is a verb there, not a firm). */
export const BUSINESS_WORDS: ReadonlySet<string> = new Set(['公司', ...BUSINESS_SUFFIXES.map((r) => r.word)]);

/**
 * Words that say which kind of firm, not which one: before a business word they make a kind
 * (`商业银行`, `指数基金`, `企业集团`). From the categories of the banking, fund and company
 * laws (商业银行法, 证券投资基金法, 公司法) and the fund types of the CSRC classification.
 */
export const KIND_MODIFIERS: ReadonlySet<string> = new Set(
  `商业 投资 中央 外资 外国 国有 民营 私人 地方 城市 农村 村镇 合作 政策性 开发 储蓄 网上 网络 手机
  贷款 发卡 存款 托管 代理 主办 结算 大型 中小 小型 股份制 上市 全国性 区域性 各家 各大 多家 这家 该行
  指数 货币 债券 股票 混合 偏股 偏债 封闭 开放 保本 分级 私募 公募 医保 社保 养老 公积金 产业 风险 对冲
  主权 创投 专项 发展 救助 慈善 教育 住房 企业 跨国 控股 媒体 金融 人寿 财产 社会 医疗 失业 工伤 责任
  现货 国际 实物 纸 期货 证券 银行 保险 基金 信托 新兴 传统 高新 数码 信息 电子 中资 内资 港资 台资
  外贸 工业 商贸 物流 家电 国产 进口 合资 独资 民族 本土 海外 境外 境内 全球 世界 大陆 两岸 沪深 两市
  新 老 小 大 该 本 此 这 那`.split(/\s+/u).filter(Boolean),
);
