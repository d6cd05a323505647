// Units of measure after a number: what type the amount is, its canonical unit and the exact
// factor to that unit (a fraction num/den, so 1亩 = 2000/3 m2 and 1斤 = 1/2 kg stay exact
// until one final division). Counts (measure words) are in measure-words.ts, time spans below.
// The regexes are built from `words` (escaped, longest first), so `平方米` wins over `米` and
// `个百分点` over the measure word `个`. Traditional forms stand beside simplified ones (`個月`).
import type { QuantityType } from '../types.js';
import { currencyRules } from './currencies.js';

export interface UnitRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly type: Exclude<QuantityType, 'duration' | 'count'>;
  /** The canonical unit: `CNY`, `m2`, `%`, `pp`, `m`, `kg`, `L`, `°C`. */
  readonly unit: string;
  /** value = number × num / den. */
  readonly num: number;
  readonly den: number;
  readonly example: string;
}

export const UNITS: readonly UnitRule[] = [
  // money: the number already carries 万/亿 (`1.47亿元`), so only the currency word is a unit
  { id: 'money-yuan', words: ['元', '元人民币', '人民币', '块钱'], type: 'money', unit: 'CNY', num: 1, den: 1, example: '382元' },
  // every other currency: rules/currencies.ts (ICU names and news short forms), by ISO code
  ...currencyRules(new Set(['元', '元人民币', '人民币', '块钱'])),
  // percent: `个百分点` is a difference of percentages, kept apart as `pp`
  { id: 'percent-sign', words: ['%'], type: 'percent', unit: '%', num: 1, den: 1, example: '17.2%' },
  { id: 'percent-permille', words: ['‰'], type: 'percent', unit: '%', num: 1, den: 10, example: '5‰' },
  { id: 'percent-point', words: ['个百分点', '百分点', '個百分點'], type: 'percent', unit: 'pp', num: 1, den: 1, example: '0.5个百分点' },
  // `两成` = 20 %, `3成` = 30 %; `一成不变` is an idiom (bare 一 is never read), `三成员` a compound
  { id: 'percent-cheng', words: ['成'], type: 'percent', unit: '%', num: 10, den: 1, example: '两成' },
  // area in square metres; 1亩 = 10000/15 m2 (市制)
  { id: 'area-sqm', words: ['平方米', '平米', '㎡', 'm²', 'm2'], type: 'area', unit: 'm2', num: 1, den: 1, example: '11万平方米' },
  { id: 'area-sqkm', words: ['平方公里', '平方千米', 'km²', 'km2'], type: 'area', unit: 'm2', num: 1000000, den: 1, example: '3平方公里' },
  { id: 'area-hectare', words: ['公顷'], type: 'area', unit: 'm2', num: 10000, den: 1, example: '5公顷' },
  { id: 'area-mu', words: ['亩', '畝'], type: 'area', unit: 'm2', num: 2000, den: 3, example: '300亩' },
  // length in metres: SI (`km`, `cm`, `mm` as printed in Latin letters too), 市制 (1丈 = 10/3 m,
  // 1尺 = 1/3 m, 1寸 = 1/30 m), imperial by their exact SI definitions (1英寸 = 0.0254 m,
  // 1英尺 = 0.3048 m, 1英里 = 1609.344 m) and the nautical mile (1852 m). `里` is left out:
  // `村里`, `这里` make it a poor unit; `公分` is the centimetre.
  { id: 'length-m', words: ['米', 'm'], type: 'length', unit: 'm', num: 1, den: 1, example: '50米' },
  { id: 'length-km', words: ['公里', '千米', 'km', 'KM', 'Km'], type: 'length', unit: 'm', num: 1000, den: 1, example: '5公里' },
  { id: 'length-dm', words: ['分米', 'dm'], type: 'length', unit: 'm', num: 1, den: 10, example: '3分米' },
  { id: 'length-cm', words: ['厘米', '釐米', '公分', 'cm', 'CM'], type: 'length', unit: 'm', num: 1, den: 100, example: '30厘米' },
  { id: 'length-mm', words: ['毫米', 'mm', 'MM'], type: 'length', unit: 'm', num: 1, den: 1000, example: '8毫米' },
  { id: 'length-um', words: ['微米', 'μm'], type: 'length', unit: 'm', num: 1, den: 1000000, example: '5微米' },
  { id: 'length-nm', words: ['纳米', 'nm'], type: 'length', unit: 'm', num: 1, den: 1000000000, example: '28纳米' },
  { id: 'length-zhang', words: ['丈'], type: 'length', unit: 'm', num: 10, den: 3, example: '3丈' },
  { id: 'length-chi', words: ['尺', '市尺'], type: 'length', unit: 'm', num: 1, den: 3, example: '6尺' },
  { id: 'length-cun', words: ['寸', '市寸'], type: 'length', unit: 'm', num: 1, den: 30, example: '3寸' },
  { id: 'length-inch', words: ['英寸', '吋'], type: 'length', unit: 'm', num: 254, den: 10000, example: '2.7英寸' },
  { id: 'length-foot', words: ['英尺', '呎'], type: 'length', unit: 'm', num: 3048, den: 10000, example: '10英尺' },
  { id: 'length-mile', words: ['英里', '哩'], type: 'length', unit: 'm', num: 1609344, den: 1000, example: '3英里' },
  { id: 'length-nautical-mile', words: ['海里', '浬'], type: 'length', unit: 'm', num: 1852, den: 1, example: '12海里' },
  // weight in kilograms; 1斤 = 0.5 kg, 1市两 = 0.05 kg (市制); `两` alone is left out: it is also
  // the numeral 2. 1磅 = 0.45359237 kg and 1盎司 = 28.349523125 g (international definitions).
  // A one-digit `g` (`4g`, `5g`) is a network generation, not grams (quantity/match.ts).
  { id: 'weight-kg', words: ['公斤', '千克', 'kg', 'KG', 'Kg'], type: 'weight', unit: 'kg', num: 1, den: 1, example: '20公斤' },
  { id: 'weight-g', words: ['克', 'g'], type: 'weight', unit: 'kg', num: 1, den: 1000, example: '500克' },
  { id: 'weight-mg', words: ['毫克', 'mg'], type: 'weight', unit: 'kg', num: 1, den: 1000000, example: '50毫克' },
  { id: 'weight-ug', words: ['微克', 'μg'], type: 'weight', unit: 'kg', num: 1, den: 1000000000, example: '20微克' },
  { id: 'weight-pound', words: ['磅'], type: 'weight', unit: 'kg', num: 45359237, den: 100000000, example: '10磅' },
  { id: 'weight-ounce', words: ['盎司'], type: 'weight', unit: 'kg', num: 28349523125, den: 1000000000000, example: '3盎司' },
  { id: 'weight-liang', words: ['市两'], type: 'weight', unit: 'kg', num: 1, den: 20, example: '3市两' },
  { id: 'weight-ton', words: ['吨', '噸'], type: 'weight', unit: 'kg', num: 1000, den: 1, example: '3吨' },
  { id: 'weight-jin', words: ['斤', '市斤'], type: 'weight', unit: 'kg', num: 1, den: 2, example: '3斤' },
  // volume in litres; 1立方米 = 1000 L
  { id: 'volume-l', words: ['升', '公升', 'L'], type: 'volume', unit: 'L', num: 1, den: 1, example: '5升' },
  { id: 'volume-ml', words: ['毫升', 'ml', 'mL'], type: 'volume', unit: 'L', num: 1, den: 1000, example: '250毫升' },
  { id: 'volume-cm3', words: ['立方厘米'], type: 'volume', unit: 'L', num: 1, den: 1000, example: '500立方厘米' },
  { id: 'volume-m3', words: ['立方米', '立方', 'm³', 'm3'], type: 'volume', unit: 'L', num: 1000, den: 1, example: '2立方米' },
  // temperature in degrees Celsius (`度` alone is left out: `一度`, `力度`)
  { id: 'temperature-c', words: ['℃', '°C', '摄氏度'], type: 'temperature', unit: '°C', num: 1, den: 1, example: '21℃' },
];

/** ISO 8601 designators: `Y M W D` in the date part, `H M S` after `T`. */
export type DurationDesignator = 'Y' | 'M' | 'W' | 'D' | 'TH' | 'TM' | 'TS';

export interface DurationRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly designator: DurationDesignator;
  /** Designator steps per unit: a quarter (`个季度`) is 3 months. */
  readonly steps: number;
  /** `3年多`, `5天多`: a trailing 多 means "more than" (a count cannot take it: `7个多元化`). */
  readonly trailingDuo: boolean;
  readonly example: string;
}

// A length of time, never a date: `3个月` (not `3月`), `三年` (not `2024年`: the year guard in
// quantity/guards.ts leaves 4-digit years to the date extractor), `75周年`. `日` is left out:
// after a number it is almost always a day of the month (`28日`).
export const DURATIONS: readonly DurationRule[] = [
  { id: 'duration-year', words: ['年', '周年', '週年', '个年头'], designator: 'Y', steps: 1, trailingDuo: true, example: '三年' },
  { id: 'duration-quarter', words: ['个季度', '個季度'], designator: 'M', steps: 3, trailingDuo: false, example: '4个季度' },
  { id: 'duration-month', words: ['个月', '个多月', '個月', '個多月'], designator: 'M', steps: 1, trailingDuo: false, example: '3个月' },
  { id: 'duration-week', words: ['周', '週', '个星期', '個星期', '星期'], designator: 'W', steps: 1, trailingDuo: false, example: '2周' },
  { id: 'duration-day', words: ['天', '个工作日', '個工作日', '工作日'], designator: 'D', steps: 1, trailingDuo: true, example: '3天' },
  { id: 'duration-hour', words: ['小时', '个小时', '个多小时', '小時', '個小時', '個多小時'], designator: 'TH', steps: 1, trailingDuo: true, example: '24小时' },
  { id: 'duration-minute', words: ['分钟', '分鐘'], designator: 'TM', steps: 1, trailingDuo: false, example: '5分钟' },
  { id: 'duration-second', words: ['秒', '秒钟', '秒鐘'], designator: 'TS', steps: 1, trailingDuo: false, example: '30秒' },
];

export interface BareAmountRule {
  readonly id: string;
  /** Metric nouns that stand just before the amount (a linking verb may come between). */
  readonly words: readonly string[];
  readonly type: 'count' | 'money';
  /** The unit of the record: `""` for a count, the currency for money. */
  readonly unit: string;
  /** Only numbers with 万/亿 (`投资3.5亿`): a plain `收入3000` could be anything. */
  readonly needsMagnitude: boolean;
  readonly example: string;
}

// Amounts written without a unit, whose metric noun says what they are: `人数达到144万` is a
// count (unit ""), `总投资3.5亿` is money. The number must end its phrase (a mark follows),
// so `人口920万人` stays a count with the measure word 人.
export const BARE_AMOUNTS: readonly BareAmountRule[] = [
  {
    id: 'count-metric',
    words: ['人数', '户数', '人口', '数量', '总量', '总数', '次数', '家数', '个数', '件数', '客流', '客流量', '访问量', '阅读量', '浏览量', '点击量', '播放量', '销量', '用户数', '会员数', '粉丝数'],
    type: 'count',
    unit: '',
    needsMagnitude: false,
    example: '注册志愿者人数达到144万，',
  },
  {
    // a people noun before a number with 万/亿: `惠及群众10万，`, `游客达2.3万，`
    id: 'count-people',
    words: ['群众', '居民', '市民', '游客', '观众', '志愿者', '党员', '学生', '职工', '农民', '网友', '用户', '粉丝', '患者', '旅客', '乘客', '人员'],
    type: 'count',
    unit: '',
    needsMagnitude: true,
    example: '接待游客达2.3万，',
  },
  {
    id: 'money-metric',
    words: ['投资', '资金', '收入', '营收', '产值', '销售额', '成交额', '交易额', '营业额', '金额', '总额', '税收', '利润', '生产总值', 'GDP', '预算', '融资', '贷款', '善款', '捐款'],
    type: 'money',
    unit: 'CNY',
    needsMagnitude: true,
    example: '项目总投资3.5亿，',
  },
];
