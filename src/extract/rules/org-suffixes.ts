// Words that end an organization name: `济南市民政局`, `济宁市第一救助管理站`, `山东大学`,
// `安心微基金`, `历城城发鑫盛物业`. org/org-spans.ts reads the name leftwards to a place
// (`济宁市`), an administrative prefix (`省`, `市`) or, for the suffixes marked `named`, to a
// left boundary (`携手|安心微基金`).
import { BUSINESS_SUFFIXES } from './org-business.js';

export interface OrgSuffix {
  readonly id: string;
  readonly word: string;
  /** Fewest characters between the start and the suffix: `山东大学` 0, `市慈善总会` 1, `派出所` 2. */
  readonly minBody: number;
  /** Most characters allowed there (default 10): `济宁市政府` 0, so not `济南市创建全国法治政府`. */
  readonly maxBody?: number;
  /** True when an administrative prefix alone names the body: `市红十字会` (but `市委` does not). */
  readonly prefixAlone?: boolean;
  /** True when a proper name without a place may carry it: `安心微基金`, `腾讯公司`. */
  readonly named?: boolean;
  /** Characters that, right after it, show the suffix is part of another word (`局面`, `站点`). */
  readonly blockNext?: string;
  /** Only as a sub-unit chained onto a body (`济南市委` + `宣传部`), never a body's own suffix. */
  readonly chainOnly?: boolean;
  /** As a sub-unit it may follow a body with nothing between: `济南局` + `集团` + `有限公司`. */
  readonly chainBare?: boolean;
  /** A line of business after a short company name (`华泰证券`): rules/org-business.ts. */
  readonly business?: boolean;
  /** A word that ends like a body but names none: a public building (`体育馆`), `工厂`. The read ends with no name. */
  readonly site?: boolean;
  /** A place alone may stand before it as the name (`山东黄金`, `北京银行`): business rows only. */
  readonly placeName?: boolean;
  readonly example: string;
}

export const ORG_SUFFIXES: readonly OrgSuffix[] = [
  // Government bodies: bureau, department, commission, office, centre, station.
  { id: 'org-bureau', word: '局', minBody: 1, blockNext: '面势部限促外长', example: '[[济南市民政局]]' },
  { id: 'org-department', word: '厅', minBody: 1, blockNext: '堂长', example: '[[省民政厅]]' },
  { id: 'org-commission', word: '委员会', minBody: 1, example: '[[济南市发展和改革委员会]]' },
  { id: 'org-organizing-committee', word: '组委会', minBody: 1, named: true, example: '[[上海马拉松组委会]]宣布' },
  { id: 'org-management-committee', word: '管委会', minBody: 0, example: '[[济南高新区管委会]]发布' },
  { id: 'org-committee', word: '委', minBody: 0, maxBody: 4, blockNext: '员托屈派婉', example: '[[济南市委]]' },
  { id: 'org-general-office', word: '办公厅', minBody: 0, example: '[[国务院办公厅]]印发' },
  { id: 'org-office-room', word: '办公室', minBody: 0, example: '[[济南市政府办公室]]' },
  { id: 'org-office', word: '办', minBody: 1, blockNext: '理法好事实学案结件公', example: '[[济南市国动办]]' },
  { id: 'org-congress-committee', word: '常委会', minBody: 0, example: '[[济南市人大常委会]]召开会议' },
  // `人大代表`, `政协委员` are titles of persons; `人大常委会` is read by the row above
  { id: 'org-congress', word: '人大', minBody: 0, maxBody: 0, blockNext: '代常', example: '[[济南市人大]]' },
  { id: 'org-cppcc', word: '政协', minBody: 0, maxBody: 0, blockNext: '委', example: '[[济南市政协]]' },
  { id: 'org-government', word: '人民政府', minBody: 0, maxBody: 0, example: '[[济南市人民政府]]' },
  { id: 'org-government-short', word: '政府', minBody: 0, maxBody: 0, example: '[[济宁市政府]]' },
  { id: 'org-centre', word: '中心', minBody: 2, blockNext: '城环工区地点', example: '[[济宁市社会福利中心]]' },
  { id: 'org-station', word: '站', minBody: 2, blockNext: '点位岗台立长', example: '[[济宁市第一救助管理站]]' },
  { id: 'org-section', word: '处', minBody: 2, blockNext: '理置于在罚长', example: '[[济宁市民政局婚姻登记处]]' },
  { id: 'org-institute', word: '研究院', minBody: 0, named: true, example: '[[济南市规划设计研究院]]' },
  { id: 'org-institute-small', word: '研究所', minBody: 0, named: true, example: '[[济南市农业研究所]]' },
  { id: 'org-bureau-office', word: '事务所', minBody: 2, named: true, example: '[[山东德衡律师事务所]]' },
  { id: 'org-police', word: '派出所', minBody: 0, example: '[[泉城路派出所]]' },
  { id: 'org-court', word: '法院', minBody: 0, example: '[[济南市中级人民法院]]' },
  { id: 'org-procuratorate', word: '检察院', minBody: 0, example: '[[济南市人民检察院]]' },
  { id: 'org-academy', word: '院', minBody: 2, blockNext: '落子内外长线', example: '[[中国科学院]]' },
  { id: 'org-hall', word: '馆', minBody: 2, blockNext: '藏长', example: '[[济南市第二殡仪馆]]' },
  { id: 'org-weather-station', word: '气象台', minBody: 0, prefixAlone: true, example: '[[省气象台]]发布寒潮蓝色预警' },
  // Associations, societies, funds.
  { id: 'org-federation', word: '总会', minBody: 1, example: '[[市慈善总会]]' },
  { id: 'org-association', word: '协会', minBody: 1, named: true, example: '[[济南市作家协会]]' },
  { id: 'org-society', word: '学会', minBody: 1, named: true, blockNext: '议', example: '[[山东省医学会]]' },
  { id: 'org-chamber', word: '商会', minBody: 1, named: true, example: '[[温州商会]]' },
  { id: 'org-union', word: '联合会', minBody: 1, example: '[[济南市妇女联合会]]' },
  { id: 'org-foundation', word: '基金会', minBody: 1, named: true, example: '[[济南市慈善基金会]]' },
  // People's organizations, named by their short form after the place or prefix alone.
  { id: 'org-trade-union', word: '总工会', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[市总工会]]' },
  { id: 'org-women-federation', word: '妇联', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[济南市妇联]]' },
  { id: 'org-disabled-federation', word: '残联', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[区残联]]' },
  { id: 'org-arts-federation', word: '文联', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[省文联]]' },
  { id: 'org-science-association', word: '科协', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[市科协]]' },
  { id: 'org-commerce-federation', word: '工商联', minBody: 0, maxBody: 0, prefixAlone: true, example: '[[济南市工商联]]' },
  { id: 'org-youth-league', word: '团委', minBody: 0, maxBody: 0, prefixAlone: true, example: '召开[[市团委]]全会' },
  { id: 'org-red-cross', word: '红十字会', minBody: 0, prefixAlone: true, example: '[[济南市红十字会]]' },
  { id: 'org-studio', word: '工作室', minBody: 2, named: true, example: '成立[[闵子骞社区安晴工作室]]' },
  { id: 'org-fund', word: '基金', minBody: 2, named: true, blockNext: '会', example: '携手[[安心微基金]]向' },
  { id: 'org-cooperative', word: '合作社', minBody: 2, named: true, example: '[[泗水县惠民种植专业合作社]]' },
  // Media.
  { id: 'org-tv-station', word: '电视台', minBody: 2, named: true, example: '[[山东广播电视台]]报道' },
  { id: 'org-newspaper', word: '报社', minBody: 2, named: true, example: '[[大众日报社]]' },
  { id: 'org-publisher', word: '出版社', minBody: 2, named: true, example: '[[山东人民出版社]]' },
  // Schools, hospitals, universities.
  { id: 'org-university', word: '大学', minBody: 0, named: true, blockNext: '生习', example: '[[山东大学]]' },
  { id: 'org-college', word: '学院', minBody: 0, named: true, example: '[[济南职业学院]]' },
  { id: 'org-primary-school', word: '小学', minBody: 0, named: true, blockNext: '生习', example: '向[[济宁市洸河路小学]]捐赠' },
  { id: 'org-middle-school', word: '中学', minBody: 0, named: true, blockNext: '生习', example: '[[济南第一中学]]' },
  { id: 'org-kindergarten', word: '幼儿园', minBody: 1, named: true, example: '[[济南市实验幼儿园]]' },
  { id: 'org-hospital', word: '医院', minBody: 1, named: true, example: '[[济宁任城凤凰怡康医院]]' },
  // Companies and banks.
  { id: 'org-limited-company', word: '有限公司', minBody: 1, named: true, chainBare: true, example: '[[山东高速集团有限公司]]' },
  { id: 'org-company', word: '公司', minBody: 2, named: true, example: '[[济南公交公司]]' },
  // Hotels, cinemas and places of custody: businesses and bodies with premises.
  { id: 'org-hotel', word: '酒店', minBody: 2, maxBody: 8, named: true, blockNext: '业式管', example: '入住[[三亚湾景度假酒店]]' },
  { id: 'org-guesthouse', word: '宾馆', minBody: 2, maxBody: 6, named: true, example: '在[[友谊宾馆]]举行' },
  { id: 'org-cinema', word: '影城', minBody: 2, maxBody: 6, named: true, example: '[[万达影城]]' },
  { id: 'org-detention', word: '看守所', minBody: 0, example: '[[台北看守所]]' },
  // Teams: a place and `队` (`辽宁队`, `中国女队`, `加拿大海军舰艇编队`), or a national side by
  // its sport (`中国女排`). The place is required: `医疗队`, `施工队` name no one.
  { id: 'org-team', word: '队', minBody: 0, maxBody: 6, blockNext: '员长伍列形友部里内', example: '[[辽宁队]]17号' },
  { id: 'org-women-volleyball', word: '女排', minBody: 0, maxBody: 2, example: '[[中国女排]]夺冠' },
  { id: 'org-men-volleyball', word: '男排', minBody: 0, maxBody: 2, example: '[[中国男排]]' },
  { id: 'org-women-basketball', word: '女篮', minBody: 0, maxBody: 2, example: '[[中国女篮]]' },
  { id: 'org-men-basketball', word: '男篮', minBody: 0, maxBody: 2, example: '[[中国男篮]]' },
  { id: 'org-women-football', word: '女足', minBody: 0, maxBody: 2, example: '[[中国女足]]' },
  { id: 'org-men-football', word: '男足', minBody: 0, maxBody: 2, example: '[[中国男足]]' },
  { id: 'org-property', word: '物业', minBody: 2, example: '引进[[历城城发鑫盛物业]]' },
  // Factories, clubs and troupes: `X厂` (`第二机床厂`, `分厂`), `X俱乐部`, `X艺术团`; a kind of them (`水泥厂`, `足球俱乐部`) names no one.
  { id: 'org-factory', word: '厂', minBody: 2, maxBody: 8, named: true, blockNext: '长房家区商子里内方矿部址休主', example: '[[济南第二机床厂]]' },
  { id: 'org-branch-factory', word: '分厂', minBody: 0, chainOnly: true, blockNext: '长', example: '[[济南第二机床厂铸造分厂]]' },
  { id: 'org-club', word: '俱乐部', minBody: 2, maxBody: 6, named: true, example: '[[泰山足球俱乐部]]' },
  { id: 'org-troupe', word: '艺术团', minBody: 2, maxBody: 6, named: true, blockNext: '体', example: '[[东方红艺术团]]演出' },
  { id: 'org-song-dance-troupe', word: '歌舞团', minBody: 2, maxBody: 6, named: true, example: '[[海政歌舞团]]演出' },
  { id: 'org-drama-troupe', word: '话剧团', minBody: 2, maxBody: 6, named: true, example: '[[青年话剧团]]排演' },
  // A state's congress after its name: `美国国会` (`国会议员` is a title).
  { id: 'org-congress-foreign', word: '国会', minBody: 0, maxBody: 0, blockNext: '议员', example: '[[美国国会]]通过法案' },
  // Public buildings and sites end in the suffixes of bodies but are places (SPEC: named sites);
  // `工厂` is any factory (`陕西工厂`).
  ...'体育馆 美术馆 博物馆 展览馆 档案馆 纪念馆 图书馆 科技馆 体育场 体育中心 展览中心 会展中心 工厂'.split(' ').map(
    (word): OrgSuffix => ({ id: 'org-site', word, minBody: 0, site: true, example: `在[[省${word}]]举行` }),
  ),
  // Party bodies and sub-units: also the tail of a longer name (`山东大学党委`).
  { id: 'org-party-branch', word: '党支部', minBody: 0, example: '[[济南市福利彩票中心党支部]]' },
  { id: 'org-party-general-branch', word: '党总支', minBody: 0, example: '[[济南市民政局党总支]]' },
  { id: 'org-party-committee', word: '党委', minBody: 0, example: '[[山东大学党委]]' },
  { id: 'org-party-working-committee', word: '党工委', minBody: 0, example: '[[山大路街道党工委]]' },
  { id: 'org-street-office', word: '街道办事处', minBody: 0, example: '[[山大路街道办事处]]' },
  { id: 'org-branch-bank', word: '分行', minBody: 0, example: '[[中国人民银行济南分行]]' },
  { id: 'org-sub-branch', word: '支行', minBody: 0, example: '[[中国银行济南历下支行]]' },
  { id: 'org-department-unit', word: '部', minBody: 2, maxBody: 4, chainOnly: true, blockNext: '门长署分位队', example: '[[济南市委宣传部]]' },
  { id: 'org-branch-company', word: '分公司', minBody: 0, example: '[[中国移动济南分公司]]' },
  ...BUSINESS_SUFFIXES,
];

/**
 * One-character administrative prefixes that open a body's name without a place name:
 * `省民政厅`, `市慈善总会`, `区城管局`. Only where a phrase can begin (`召开|市慈善总会`), never
 * inside a word (`全市民政系统`, `城市`).
 */
export const ORG_PREFIXES = '省市区县镇乡';

/** Words a prefix character opens, so no body follows it: `市场|对`, `县城|里`, `省份`, `区域`. */
export const PREFIX_WORDS: readonly string[] = ['市场', '市值', '市价', '区域', '区别', '区间', '省份', '县城', '乡村', '镇定'];
