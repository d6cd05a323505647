// Date words of Chinese news, as flat data. The date extractor (src/extract/date/) turns these
// tables into sticky regexes (escaped, longest word first); nothing here is matched by hand.
//
// Guards: many of these words are also substrings of ordinary words. `notBefore` lists
// characters that, standing just before the word, show it is part of something else
// (`失去年轻人` holds 去年, `如今年轻人` holds 今年); `notAfter` does the same on the right
// (`今日头条` is a name, `去年轻化` a verb phrase).

export interface GuardedWord {
  readonly word: string;
  readonly notBefore?: string;
  /** Words that, ending just before, lift `notBefore`: `经过去年` is 经过 + 去年, not 过去. */
  readonly butAfter?: readonly string[];
  readonly notAfter?: readonly string[];
  readonly example: string;
}

/** A year named relative to the article's year: 今年 -> ref year, 去年 -> ref year - 1. */
export interface RelativeYearWord extends GuardedWord {
  readonly offset: number;
  /** Counted from the year said before, not the article's: `11月15日至次年3月15日`. */
  readonly anaphoric?: boolean;
}

/** Verbs ending in 去/上/下 swallow the next 年 (`过去年代`, `失去年轻人`, `以上年龄`). */
const AGE_WORDS = ['轻', '龄', '纪', '代', '华'];

export const RELATIVE_YEARS: readonly RelativeYearWord[] = [
  { word: '今年', offset: 0, notBefore: '如当', notAfter: AGE_WORDS, example: '今年' },
  { word: '本年度', offset: 0, notBefore: '基资成根样日', example: '本年度' },
  // 去 ends many verbs: 过去 失去 离去 回去 出去 进去 上去 下去 死去 逝去 除去 老去
  { word: '去年', offset: -1, notBefore: '过失离回出进上下死逝除老拿带送归', notAfter: AGE_WORDS,
    butAfter: ['经过', '通过', '超过', '越过', '度过', '胜过', '高过', '低过'], example: '经过去年的调整' },
  { word: '本年', offset: 0, notBefore: '基资成根样日版读', notAfter: [...AGE_WORDS, '级'], example: '创下本年最高价' },
  { word: '上年度', offset: -1, notBefore: '以加', example: '上年度' },
  { word: '上年', offset: -1, notBefore: '以加赶马爬晚早', notAfter: AGE_WORDS, example: '比上年增长' },
  { word: '前年', offset: -2, notBefore: '提此之以目眼面向跟超空生事从年', notAfter: [...AGE_WORDS, '度'], example: '前年' },
  // 说明年度报告, 发明年: 明 ends many words, and 明年度 is rarely "next fiscal year"
  { word: '明年', offset: 1, notBefore: '说证表声光文透发鲜聪简英申查标阐精分开昌贤高黎清严廉', notAfter: [...AGE_WORDS, '度'], example: '明年' },
  // 后 ends many words before 年: 此后年均, 今后年, 以后, 然后, 落后, 前后, 随后, 往后
  { word: '后年', offset: 2, notBefore: '此今之以而然其最先随落前往日背滞延推退', notAfter: [...AGE_WORDS, '均', '度', '内', '间', '份'], example: '后年' },
  // 次年 / 翌年 count from the date before them (a heating season: 11月15日至次年3月15日);
  // alone, that date is unknown and so is the year
  { word: '次年', offset: 1, anaphoric: true, example: '11月15日至次年3月15日' },
  { word: '翌年', offset: 1, anaphoric: true, example: '12月至翌年2月' },
  { word: '来年', offset: 1, notBefore: '年近多百千万原后', notAfter: AGE_WORDS, example: '来年' },
];

/** A month named relative to the article's month: 上月 -> ref month - 1. */
export interface RelativeMonthWord extends GuardedWord {
  readonly offset: number;
}

export const RELATIVE_MONTHS: readonly RelativeMonthWord[] = [
  { word: '上个月', offset: -1, example: '上个月' },
  { word: '下个月', offset: 1, example: '下个月' },
  { word: '本月', offset: 0, notBefore: '基资成根样日版读', example: '本月10日' },
  // 以上月 (以上 + 月...), 上月球: 上 and 下 end and start many words
  { word: '上月', offset: -1, notBefore: '以加赶马爬晚早登', notAfter: ['球', '亮', '台', '饼'], example: '上月' },
  { word: '下月', offset: 1, notBefore: '以落月', notAfter: ['球', '亮', '台', '饼'], example: '下月' },
];

/** Day-of-day periods a relative day word may already carry (今晚 = this evening). */
export type Period = 'am' | 'noon' | 'pm' | 'night';

/** A day named relative to the article's day: 昨天 -> ref day - 1. */
export interface RelativeDayWord extends GuardedWord {
  readonly offset: number;
  readonly period?: Period;
}

export const RELATIVE_DAYS: readonly RelativeDayWord[] = [
  { word: '今天', offset: 0, notBefore: '如当', example: '今天' },
  // 今日头条 is a name; 今日 as "today" stands before a verb, a period or punctuation
  { word: '今日', offset: 0, notBefore: '如当', notAfter: ['头', '说', '谈', '关注', '聚焦', '看点'], example: '今日起' },
  { word: '昨天', offset: -1, example: '昨天' },
  { word: '昨日', offset: -1, example: '昨日' },
  { word: '明天', offset: 1, notBefore: '光说', example: '明天' },
  { word: '前天', offset: -2, notBefore: '提之空目以此', notAfter: ['数'], example: '前天' },
  { word: '大前天', offset: -3, example: '大前天' },
  { word: '大后天', offset: 3, example: '大后天' },
  // 后天 is also "acquired" (先天与后天, 后天形成)
  { word: '后天', offset: 2, notBefore: '先与和及', notAfter: ['性', '形成', '的', '因素', '失', '获得', '习得', '培养', '努力', '不足'], example: '后天' },
  // 前日 and 前晚 count from the article's day (Hong Kong and Taiwan usage); the eve of an
  // event is written 前一日 / 前一晚. Not inside 提前, 目前, 此前, 之前, 日前
  { word: '前日', offset: -2, notBefore: '提空目以此之日', example: '公司前日发布' },
  { word: '前晚', offset: -2, period: 'pm', notBefore: '提空目以此之', example: '前晚6时举行' },
  { word: '今晨', offset: 0, period: 'am', example: '今晨' },
  { word: '今晚', offset: 0, period: 'pm', example: '今晚8时' },
  { word: '昨晚', offset: -1, period: 'pm', example: '昨晚' },
  { word: '昨夜', offset: -1, period: 'night', example: '昨夜' },
];

/** 上周五, 本周三, 下星期一: the week relative to the article's week, ISO weeks (Monday first). */
export const WEEK_OFFSETS: Readonly<Record<string, number>> = { 上: -1, 本: 0, 这: 0, 下: 1 };
export const WEEK_WORDS: readonly string[] = ['星期', '礼拜', '周'];
/** ISO weekday numbers: Monday 1 … Sunday 7 (日 and 天 both name Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * Parts of a year. Where the span is known the value is a range (上半年 -> 01-01/06-30);
 * 年初 / 年底 have no fixed span, so they keep month precision (年初 -> YYYY-01, 年底 -> YYYY-12),
 * as the gold does for `今年年初` -> `2024-01` and `今年3月底` -> `2024-03`.
 */
export interface PartOfYear extends GuardedWord {
  /** [month, day] of the first and last day, for a range. */
  readonly from?: readonly [number, number];
  readonly to?: readonly [number, number];
  /** Month precision: 年初 -> 1. */
  readonly month?: number;
  readonly example: string;
}

const QUARTERS: readonly PartOfYear[] = [
  ['一', '1', [1, 1], [3, 31]],
  ['二', '2', [4, 1], [6, 30]],
  ['三', '3', [7, 1], [9, 30]],
  ['四', '4', [10, 1], [12, 31]],
].flatMap(([cn, ar, from, to]) =>
  [`第${cn}季度`, `${cn}季度`, `第${ar}季度`, `${ar}季度`].map((word) => ({
    word,
    from: from as [number, number],
    to: to as [number, number],
    example: `今年${word}`,
  })),
);

export const PARTS_OF_YEAR: readonly PartOfYear[] = [
  { word: '上半年', from: [1, 1], to: [6, 30], example: '今年上半年' },
  { word: '下半年', from: [7, 1], to: [12, 31], example: '下半年' },
  // 此后半年, 之前半年 are half a year after or before something
  { word: '前半年', from: [1, 1], to: [6, 30], notBefore: '此之其随以最然退职婚', example: '今年前半年' },
  { word: '后半年', from: [7, 1], to: [12, 31], notBefore: '此之其随以最然退职婚', example: '后半年' },
  { word: '前三季度', from: [1, 1], to: [9, 30], example: '2023年前三季度' },
  ...QUARTERS,
  { word: '年初', month: 1, example: '年初' },
  { word: '年底', month: 12, example: '年底' },
  { word: '年末', month: 12, example: '2023年年末' },
];

/**
 * After a year that ends in 年, 初/底/末 share its 年: `2023年底`, `去年底`, `今年初`.
 * `2024年初步完成` is 初步 (preliminary), not 年初: the guards keep such words out.
 */
export const YEAR_SUFFIX_PARTS: readonly (PartOfYear & GuardedWord)[] = [
  { word: '初', month: 1, notAfter: ['步', '心', '衷', '级', '次', '创', '见', '稿', '赛', '审', '选', '始', '期'], example: '今年初' },
  { word: '底', month: 12, notAfter: ['线', '气', '层', '子', '色', '部', '下', '蕴', '数', '片'], example: '2023年底' },
  { word: '末', month: 12, notAfter: ['端', '尾', '位', '班', '梢'], example: '去年末' },
];

/**
 * Standalone parts of a year must not follow these (`每年年底`, `跨年底`, `新年初一`, `大年初八`
 * is a festival day, not 年初); nor a
 * word that points at another quarter (`上一季度` is the quarter before, not Q1; `该季度`).
 */
export const PART_OF_YEAR_NOT_BEFORE = '每年个周新跨全当同次往历逐十百千上下该这那本大';

/**
 * Parts of a month: the value keeps month precision (`今年3月底` -> `2024-03`), since 月底 has
 * no agreed span. Bare 中 is left out: `5月中国经济` is not mid-May.
 */
export const MONTH_PARTS: readonly GuardedWord[] = [
  { word: '上旬', example: '5月上旬' },
  { word: '中旬', example: '5月中旬' },
  { word: '下旬', example: '5月下旬' },
  { word: '初', notAfter: YEAR_SUFFIX_PARTS[0]?.notAfter ?? [], example: '3月初' },
  { word: '底', notAfter: YEAR_SUFFIX_PARTS[1]?.notAfter ?? [], example: '今年3月底' },
  { word: '末', notAfter: YEAR_SUFFIX_PARTS[2]?.notAfter ?? [], example: '3月末' },
];

/**
 * Vague time words: a `date` with value null (SPEC, "Relative dates"). Only words that in news
 * always point at a time near the article's date; 今后, 未来 and 每月 are not dates.
 */
export const VAGUE_WORDS: readonly GuardedWord[] = [
  { word: '近日', notBefore: '接靠邻贴亲将最', notAfter: ['本', '报'], example: '近日' },
  // 日前 is also 节日前, 生日前, 工作日前: only after a non-date character
  { word: '日前', notBefore: '节生作假期月数今昨明前每工号礼末首当次同翌', example: '记者日前获悉' },
  { word: '近期', notBefore: '接靠临将最', example: '近期' },
  { word: '近年来', notBefore: '接靠临将', example: '近年来' },
  { word: '近年', notBefore: '接靠临将', notAfter: ['底', '末', '初', '终', '关', '前', '中', '度'], example: '近年' },
  { word: '目前', example: '截至目前' },
  // 应当前往, 当前来: 当 ends 应当, 理当, 相当 ...
  { word: '当前', notBefore: '应理相充正便担适恰', notAfter: ['往', '去', '来'], example: '当前' },
];

/** How a festival's day is found in a given year. */
export type FestivalDay =
  | { readonly calendar: 'gregorian'; readonly month: number; readonly day: number }
  | { readonly calendar: 'lunar'; readonly month: number; readonly day: number; readonly shift?: number }
  | { readonly calendar: 'solar-term'; readonly month: number; readonly term: SolarTerm };

/** The solar terms news names as days (their dates: src/extract/date/lunar-table.ts). */
export type SolarTerm = 'qingming' | 'xiazhi' | 'dongzhi';

export interface Festival extends GuardedWord {
  readonly on: FestivalDay;
}

const lunar = (month: number, day: number, shift?: number): FestivalDay =>
  shift === undefined ? { calendar: 'lunar', month, day } : { calendar: 'lunar', month, day, shift };
const gregorian = (month: number, day: number): FestivalDay => ({ calendar: 'gregorian', month, day });
/** A solar term: its day in each year comes from the generated calendar table. */
const term = (month: number, name: SolarTerm): FestivalDay => ({ calendar: 'solar-term', month, term: name });

/**
 * Festivals resolve to their day in the reference year (`端午` in a 2020 article -> 2020-06-25).
 * Bare 清明 / 元宵 are left out: `政治清明` and the food 元宵 are not dates.
 */
export const FESTIVALS: readonly Festival[] = [
  { word: '春节', on: lunar(1, 1), example: '春节' },
  // 除夕 is the day before 春节, in the same Gregorian year (春节 never falls before Jan 21)
  { word: '除夕', on: lunar(1, 1, -1), example: '除夕' },
  { word: '元宵节', on: lunar(1, 15), example: '元宵节' },
  { word: '端午节', on: lunar(5, 5), example: '端午节' },
  { word: '端午', on: lunar(5, 5), example: '端午' },
  { word: '七夕', on: lunar(7, 7), example: '七夕' },
  { word: '中秋节', on: lunar(8, 15), example: '中秋节' },
  { word: '中秋', on: lunar(8, 15), notAfter: ['月饼'], example: '中秋' },
  { word: '重阳节', on: lunar(9, 9), example: '重阳节' },
  { word: '元旦', on: gregorian(1, 1), example: '元旦' },
  // the number before a festival's name is part of it: `五四青年节`, not `青年节` alone
  { word: '三八妇女节', on: gregorian(3, 8), example: '三八妇女节' },
  { word: '妇女节', on: gregorian(3, 8), example: '妇女节' },
  { word: '五一劳动节', on: gregorian(5, 1), example: '五一劳动节' },
  { word: '五一国际劳动节', on: gregorian(5, 1), example: '五一国际劳动节' },
  { word: '国际劳动节', on: gregorian(5, 1), example: '国际劳动节' },
  { word: '劳动节', on: gregorian(5, 1), example: '劳动节' },
  // bare 五一 is the holiday (`五一期间`, `五一假期`), but also a name (`五一路`, `五一广场`)
  { word: '五一', on: gregorian(5, 1), notBefore: '十百千万零〇一二三四五六七八九第',
    notAfter: ['路', '广场', '大道', '大街', '街', '村', '桥', '中学', '小学', '剧场', '商场', '厂', '国际', '劳动'],
    example: '五一期间' },
  { word: '六一儿童节', on: gregorian(6, 1), example: '六一儿童节' },
  { word: '六一国际儿童节', on: gregorian(6, 1), example: '六一国际儿童节' },
  { word: '儿童节', on: gregorian(6, 1), example: '儿童节' },
  { word: '国庆节', on: gregorian(10, 1), example: '国庆节' },
  { word: '国庆', on: gregorian(10, 1), example: '中秋国庆双节' },
  { word: '植树节', on: gregorian(3, 12), example: '植树节' },
  { word: '五四青年节', on: gregorian(5, 4), example: '五四青年节' },
  { word: '青年节', on: gregorian(5, 4), example: '青年节' },
  { word: '八一建军节', on: gregorian(8, 1), example: '八一建军节' },
  { word: '建军节', on: gregorian(8, 1), example: '建军节' },
  { word: '教师节', on: gregorian(9, 10), example: '教师节' },
  { word: '圣诞节', on: gregorian(12, 25), example: '圣诞节' },
  { word: '中元节', on: lunar(7, 15), example: '中元节' },
  { word: '清明节', on: term(4, 'qingming'), example: '清明节' },
  { word: '夏至', on: term(6, 'xiazhi'), example: '夏至' },
  { word: '冬至', on: term(12, 'dongzhi'), example: '冬至' },
];

/** Spans that run across two years (`2012-13赛季`, `2014/2015学年`): a range of the two years. */
export const SEASON_WORDS: readonly string[] = ['赛季', '学年', '年度'];

/** Periods of the day before a clock time: 下午3时 -> 15:00. */
export const DAY_PERIODS: Readonly<Record<string, Period>> = {
  凌晨: 'night', 深夜: 'night', 半夜: 'night',
  早上: 'am', 早晨: 'am', 清晨: 'am', 上午: 'am', 早: 'am',
  中午: 'noon', 午间: 'noon',
  下午: 'pm', 午后: 'pm', 傍晚: 'pm', 晚上: 'pm', 晚间: 'pm', 夜间: 'pm', 晚: 'pm', 夜里: 'night',
};
