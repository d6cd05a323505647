// Measure words (量词) and counted nouns that make a number a `count`: `233名`, `40余项`,
// `1.8万人次`, `三面`, `179.24万股`, `3050.46点`, `6倍`. The unit of the record is the word as
// written.
//
// Where the words come from: the classifier inventory of the standard reference grammars and
// dictionaries of measure words (Chao, *A Grammar of Spoken Chinese*, ch. 7: individual,
// group, container, partitive and verbal classifiers; the headword list of 《现代汉语量词用法
// 词典》-style dictionaries), plus the counting words of news registers that such lists file as
// 准量词: market (`股`, `手`, `点`), sports (`分`, `胜`, `负`, `局`, `球`), scale (`级`, `倍`).
// Units of measure (metres, kilograms ...) are in units.ts, lengths of time there too.
//
// Deliberate gaps, each a precision choice on news text:
// - A bare `一` before a measure word (`一个国家`, `一项重点`, `一把手`) is the indefinite
//   article "a/an" far more often than the number 1: quantity/guards.ts never reads it (the
//   gold marks these optional). `一百名`, `十一个` are numbers and are read.
// - A bare `二` (`二期`, `二次会议`) is an ordinal: a count says `两` (`两项`, `两次`).
// - `号`, `路`, `线`, `楼`, `版`, `等`, `环`, `班`, `副` number or rank things (`6号线`, `3.0版`,
//   `一等奖`, `三环`, `3副局长`) rather than count them; `回`, `口`, `声`, `发`, `平` start too
//   many words after a number (`回应`, `口罩`, `发展`, `平台`) to be worth their rare counts.
// - One-character words that begin common words after a number (`3分公司`, `5手机`) are cut
//   by quantity-exclusions.ts UNIT_COMPOUNDS.
export interface MeasureWordRule {
  readonly id: string;
  readonly words: readonly string[];
  /**
   * True for words that are usually ordinals without `第` (`三届二次理事会议`, `十四届全国人大`,
   * `三期工程`): they count only after a counting verb (`连续三届`, `举办5期`) or before a
   * punctuation mark (`已举办三届。`).
   */
  readonly needsCue?: boolean;
  /**
   * Words that, right after the measure word, make it a count; without one the word is a
   * grade in a name (`三级医院`, `5A级景区`) and no count. A decimal number always counts
   * (`3.9级`). A sentence mark after the word counts too.
   */
  readonly countsBefore?: readonly string[];
  /** Only after Arabic digits: `十分重要` is "very", `三点` a clock time, `32.3分` points. */
  readonly arabicOnly?: boolean;
  /** An integer up to 24 is a clock hour (`3点`, `24点`), not index points (`3000点`). */
  readonly clockHour?: boolean;
  readonly example: string;
}

export const MEASURE_WORDS: readonly MeasureWordRule[] = [
  // people
  { id: 'mw-people', words: ['名', '人', '人次', '位', '户', '口人'], example: '233名' },
  // individual classifiers: things, places and institutions
  { id: 'mw-general', words: ['个', '项', '件', '处', '家', '所', '座', '栋', '幢', '间', '套', '份', '样', '具', '尊'], example: '9处' },
  // containers and portions (容器量词)
  { id: 'mw-containers', words: ['箱', '盒', '袋', '包', '瓶', '桶', '罐', '杯', '碗', '盘', '筐', '篮', '壶'], example: '10箱' },
  { id: 'mw-vehicles-machines', words: ['辆', '台', '架', '艘', '部', '列'], example: '6辆' },
  // shape classifiers: long, flat, small and round things
  {
    id: 'mw-long-flat',
    words: ['条', '张', '面', '块', '片', '根', '支', '枝', '枚', '把', '本', '册', '卷', '篇', '幅', '封', '盏', '颗', '粒', '滴', '扇', '堵', '页', '尾'],
    example: '24条',
  },
  // group, kind and collective classifiers
  {
    id: 'mw-groups-kinds',
    words: ['批', '类', '种', '款', '组', '队', '对', '双', '层', '道', '门', '棵', '株', '朵', '只', '头', '匹', '桌', '堂', '笔', '顿', '首', '台套', '群', '串', '束', '捆', '堆', '帮', '伙', '剂', '针'],
    example: '5类',
  },
  // parts of a text
  { id: 'mw-text-parts', words: ['章', '节', '段', '句', '条款'], example: '12章' },
  // verbal classifiers: events and occurrences
  { id: 'mw-events', words: ['次', '场', '轮', '趟', '起', '宗', '例', '番', '阵', '遍', '场次', '班次', '架次', '车次', '批次', '户次', '件次'], example: '440次' },
  // markets: shares, lots of 100 shares, votes
  { id: 'mw-market', words: ['股', '手', '票'], example: '179.24万股' },
  // index points (`3050.46点`); `3点` is a clock time, so small integers are left out
  { id: 'mw-index-points', words: ['点'], arabicOnly: true, clockHour: true, example: '3050.46点' },
  // sports: points, wins and losses, sets and goals (`32.3分`; `十分` is "very")
  { id: 'mw-sports-points', words: ['分'], arabicOnly: true, example: '32.3分' },
  { id: 'mw-sports-results', words: ['胜', '负', '局', '球'], example: '9胜' },
  // multiples: `6倍`, `三倍` (`双倍` is read in quantity/special.ts)
  { id: 'mw-multiple', words: ['倍'], example: '6倍' },
  // magnitude and levels (`3.9级地震`, `冲上五十级的`); `三级医院` is a grade in a name
  { id: 'mw-level', words: ['级'], countsBefore: ['地震', '余震', '强震', '大风', '阵风', '台风', '的', '以上', '左右', '以下'], example: '5.8级地震' },
  // age: `80岁以上老人`; a count of years of age, not a length of time
  { id: 'mw-age', words: ['岁', '周岁'], example: '80岁' },
  // traditional forms of the commonest words (`兩個`, `三項`)
  { id: 'mw-traditional', words: ['個', '項', '處', '張', '條', '輛', '臺', '間', '場', '隊', '組', '門', '筆', '歲'], example: '兩個' },
  // ordinal unless a counting verb is near: `连续三届` counts, `三届二次理事会议` numbers
  { id: 'mw-editions', words: ['届', '期'], needsCue: true, example: '连续举办三届' },
];
