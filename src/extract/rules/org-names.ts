// Bodies of the central state that news names without a place and often without a suffix the
// rules could read (`国务院`, `财政部`, `新华社`, `全国人大常委会`): a closed list, as the
// divisions gazetteer is for places. Names that open with `国家`, `中共` or `中央` and end in a
// suffix of rules/org-suffixes.ts (`国家统计局`, `中共济南市委`, `中央纪委`) are read by the
// rules, not listed here. A sub-unit may follow a listed name (`国务院` + `办公厅`).

import { KNOWN_BODIES } from './known-bodies.js';

export interface KnownOrg {
  readonly word: string;
  /** Characters that, right after the name, make it part of another word: `公安部门`, `外交部长`. */
  readonly blockNext?: string;
}

/** After a ministry's `部`: 部门 (a kind of office), 部长 (a title), 部署, 部分, 部位, 部队. */
const MINISTRY_BLOCK = '门长署分位队';

const MINISTRIES = [
  '外交部', '国防部', '教育部', '科学技术部', '科技部', '工业和信息化部', '工信部', '公安部',
  '国家安全部', '民政部', '司法部', '财政部', '人力资源和社会保障部', '人社部', '自然资源部',
  '生态环境部', '住房和城乡建设部', '住建部', '交通运输部', '水利部', '农业农村部', '商务部',
  '文化和旅游部', '文旅部', '退役军人事务部', '应急管理部', '审计署', '海关总署',
];

/** The central bodies below, then the named bodies of rules/known-bodies.ts (media, banks ...). */
export const KNOWN_ORGS: readonly KnownOrg[] = [
  ...MINISTRIES.map((word) => ({ word, blockNext: MINISTRY_BLOCK })),
  // `全国人大代表`, `全国政协委员` are titles of persons, not mentions of the body
  { word: '全国人民代表大会' },
  { word: '全国人大常委会' },
  { word: '全国人大', blockNext: '代' },
  { word: '全国政协', blockNext: '委' },
  { word: '国务院' },
  { word: '中共中央' },
  { word: '中央军委' },
  { word: '最高人民法院' },
  { word: '最高人民检察院' },
  { word: '全国总工会' },
  { word: '全国妇联' },
  { word: '共青团中央' },
  { word: '新华社' },
  { word: '中新社' },
  { word: '人民日报社' },
  { word: '中央广播电视总台' },
  ...KNOWN_BODIES,
];

/**
 * Openings of a national body's name before a body and a suffix: `国家|统计|局`,
 * `中共|济南市|委`, `中央|纪|委`, `共青团|四川省|委`. Only where a name may begin (`据|国家统计局`).
 */
export const NATIONAL_PREFIXES: readonly string[] = ['国家', '中共', '中央', '共青团'];

/** Characters after a national prefix that show it is an attribute, not a name: `国家级`. */
export const NATIONAL_PREFIX_BLOCK = '级队';

/**
 * A company's legal form and line of business, written between its name and `有限公司`,
 * `公司` or `集团`: `比亚迪|股份|有限公司`, `华为|技术|有限公司`, `山东高速|集团|有限公司`.
 */
export const COMPANY_WORDS: readonly string[] = [
  '股份', '控股', '有限责任', '有限', '集团', '技术', '科技', '实业', '投资', '发展', '信息',
  '网络', '电子', '贸易', '商贸', '传媒', '文化', '建设', '工程', '置业', '地产', '房地产',
  '物流', '能源', '环保', '医药', '生物', '农业', '食品', '咨询', '教育', '汽车', '机械',
  '材料', '服务', '管理', '智能', '数字', '新能源',
];
