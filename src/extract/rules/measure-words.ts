// Measure words (量词) and counted nouns that make a number a `count`: `233名`, `40余项`,
// `1.8万人次`, `三面`. The unit of the record is the word as written.
//
// Deliberate gaps, each a precision choice on news text:
// - A bare `一` before a measure word (`一个国家`, `一项重点`, `一把手`) is the indefinite
//   article "a/an" far more often than the number 1: quantity/guards.ts never reads it (the
//   gold marks these optional). `一百名`, `十一个`, `约一个月` are numbers and are read.
// - A bare `二` (`二期`, `二次会议`) is an ordinal: a count says `两` (`两项`, `两次`).
// - `级` (`三级联动`, `5级台风`), `号`, `路`, `线`, `楼`, `版`, `步` and `等` number things
//   rather than count them (`6号线`, `3.0版`, `一等奖`), so they are not here.
export interface MeasureWordRule {
  readonly id: string;
  readonly words: readonly string[];
  /**
   * True for words that are usually ordinals without `第` (`三届二次理事会议`, `十四届全国人大`,
   * `三期工程`): they count only after a counting verb (`连续三届`, `举办5期`) or before a
   * punctuation mark (`已举办三届。`).
   */
  readonly needsCue?: boolean;
  readonly example: string;
}

export const MEASURE_WORDS: readonly MeasureWordRule[] = [
  // people
  { id: 'mw-people', words: ['名', '人', '人次', '位', '户', '口人'], example: '233名' },
  // things, places and institutions
  { id: 'mw-general', words: ['个', '项', '件', '处', '家', '所', '座', '栋', '幢', '间', '套', '份'], example: '9处' },
  { id: 'mw-containers', words: ['箱', '盒', '袋', '包', '瓶', '桶'], example: '10箱' },
  { id: 'mw-vehicles-machines', words: ['辆', '台', '架', '艘', '部'], example: '6辆' },
  { id: 'mw-long-flat', words: ['条', '张', '面', '块', '片', '根', '支', '枚', '把', '本', '册', '篇', '幅', '封', '盏', '颗', '粒'], example: '24条' },
  { id: 'mw-groups-kinds', words: ['批', '类', '种', '款', '组', '队', '对', '双', '层', '道', '门', '棵', '株', '只', '头', '匹', '桌', '堂', '笔', '顿', '首', '台套'], example: '5类' },
  // events and occurrences
  { id: 'mw-events', words: ['次', '场', '轮', '趟', '起', '宗', '例', '场次', '班次', '架次', '车次', '批次', '户次', '件次'], example: '440次' },
  // age: `80岁以上老人`; a count of years of age, not a length of time
  // traditional forms of the commonest words (`兩個`, `三項`)
  { id: 'mw-traditional', words: ['個', '項', '處', '張', '條', '輛', '臺', '間', '場', '隊', '組', '門', '筆', '歲'], example: '兩個' },
  { id: 'mw-age', words: ['岁', '周岁'], example: '80岁' },
  // ordinal unless a counting verb is near: `连续三届` counts, `三届二次理事会议` numbers
  { id: 'mw-editions', words: ['届', '期'], needsCue: true, example: '连续举办三届' },
];
