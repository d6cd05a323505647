// Organizations news names without a suffix the rules could read: closed lists, each from a
// public list named on its group. org/org-spans.ts matches them as it matches the central
// bodies of rules/org-names.ts (longest first, sub-units chained on: `联合国安理会`).
import type { KnownOrg } from './org-names.js';

const names = (list: string, blockNext?: string): KnownOrg[] =>
  list
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => (blockNext === undefined ? { word } : { word, blockNext }));

export const KNOWN_BODIES: readonly KnownOrg[] = [
  // Central and national media: the 中央新闻单位 list of the Central Propaganda Department
  // (新华社, 人民日报, 中央广播电视总台 and its channels, 中新社 ...), with the short names they
  // sign with, and the large portals licensed by the Cyberspace Administration. `大众日报社` is
  // read whole by the 报社 suffix.
  ...names(`人民日报 人民网 新华网 光明日报 经济日报 解放军报 中国日报 中央电视台 央视 中央人民广播电台
    中国国际广播电台 中国新闻社 中新网 中国青年报 工人日报 农民日报 法制日报 法治日报 科技日报 中国妇女报
    环球时报 参考消息 证券时报 中国证券报 上海证券报 证券日报 第一财经 新京报 南方日报 南方周末 羊城晚报
    北京青年报 北京晚报 新民晚报 文汇报 解放日报 扬子晚报 齐鲁晚报 大众日报 澎湃新闻 财新 新浪 搜狐 网易
    腾讯 凤凰网 凤凰卫视 香港商报 大公报 文汇网 明报 星岛日报 东方日报 联合报 中国时报 自由时报 中央社
    路透社 美联社 法新社 合众国际社 塔斯社 共同社 时事社 韩联社 安莎社 德新社 埃菲社 半岛电视台
    美国有线电视新闻网 英国广播公司 纽约时报 华盛顿邮报 华尔街日报 金融时报 泰晤士报 卫报 读卖新闻 朝日新闻`, '社'),
  // Banks, exchanges and financial regulators by their usual short names: the list of large
  // commercial banks and joint-stock banks of the CBIRC, the exchanges of the CSRC's list, and
  // the regulators of the State Council's list of ministries, commissions and agencies.
  ...names('中国银行 中国工商银行 工商银行 中国农业银行 农业银行 中国建设银行 建设银行 交通银行 中国邮政储蓄银行 招商银行 工行 农行 中行 建行 交行 招行 民生银行 兴业银行 浦发银行 中信银行 光大银行 华夏银行 平安银行 广发银行 邮储银行 国开行 进出口银行 农发行', '长'),
  ...names('央行 美联储 欧洲央行 世行', '长'),
  ...names('上交所 深交所 港交所 北交所 纽交所 纳斯达克 伦交所 东交所 中金所 上期所 大商所 郑商所'),
  ...names(`证监会 银监会 保监会 银保监会 国家金融监督管理总局 发改委 国资委 卫健委 卫生部 国家发改委 国家卫健委
    外管局 国家外汇管理局 统计局 国家统计局 税务总局 市场监管总局 国家市场监督管理总局 工商总局 新闻出版署
    广电总局 民航局 中国民航局 铁道部 信息产业部 建设部 农业部 文化部 人事部 劳动部 国土资源部 环保部`, '门长署分位队'),
  // International bodies: the United Nations and its specialized agencies and programmes (the
  // UN system chart), and the regional and economic organizations of the Chinese MFA's list.
  ...names(`联合国 安理会 联合国安理会 联合国大会 世界卫生组织 世卫组织 世界贸易组织 世贸组织 国际货币基金组织
    世界银行 国际劳工组织 联合国教科文组织 教科文组织 粮农组织 国际原子能机构 联合国儿童基金会
    国际奥委会 国际足联 亚足联 欧足联 国际奥林匹克委员会 国际红十字会 红十字国际委员会 国际刑警组织
    欧盟 欧洲联盟 欧共体 东盟 东南亚国家联盟 北约 北大西洋公约组织 非盟 非洲联盟 阿盟 阿拉伯国家联盟
    上合组织 上海合作组织 亚太经合组织 经合组织 石油输出国组织 欧佩克 二十国集团 七国集团 金砖国家
    独联体 英联邦 亚投行 亚洲开发银行 亚行 世界经济论坛 国际能源署 国际法院 国际刑事法院`),
  // Political parties: the parties of China (the CPC and the eight democratic parties, by
  // their full and short names) and the main parties of Taiwan, Hong Kong, and of large states.
  ...names(`中国共产党 共产党 中共 中国国民党革命委员会 民革 中国民主同盟 民盟 中国民主建国会 民建 中国民主促进会
    民进 中国农工民主党 农工党 中国致公党 致公党 九三学社 台湾民主自治同盟 台盟 国民党 中国国民党 民进党
    亲民党 台联党 时代力量 民主党 共和党 工党 保守党 自由民主党 自民党 社会党 统一俄罗斯党
    国大党 印度人民党 基督教民主联盟 社会民主党`, '员派'),
  // Sports leagues and associations news names alone (the 中华全国体育总会 member list).
  ...names('中国足协 中国篮协 足协 篮协 中超 中甲 CBA NBA 中国奥委会'),
];
