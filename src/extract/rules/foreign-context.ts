// The words beside a run of transliteration characters that make it a foreign person's name
// (person/foreign-context.ts): a title or honorific after it (`哈里斯首相`, `布兰德先生`), or,
// where the run opens a clause, a verb of speaking or a word of the news report's register
// that follows people (`米勒说，`, `萨莫诺夫今天抵达`, `戈尔登一行`). A title before the run is
// read from the person title tables (person/cues.ts isTitleWord).
// Each row's `example` is run as a test (test/unit/foreign-person.test.ts): `[[ ]]` marks the name.
//
// Source: general knowledge of the news register: the offices of state, diplomacy, parliament,
// church and army that international news names after a foreign name, and the verbs and time
// words a report puts after the person it quotes. Words that also follow the name of a firm or
// a club (`总裁`, `主帅`, `董事长`, `的`, `在`) are left out: `索尼总裁`, `阿森纳主帅`.

export interface ForeignCueRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly example: string;
}

/**
 * Descriptions before a foreign name in sports and international news that the person title
 * tables do not hold: `主裁判马尔科维奇`, `车手卡洛维奇`, `其男友布兰德`.
 */
export const FOREIGN_DESCRIPTIONS: readonly ForeignCueRule[] = [
  {
    id: 'foreign-description-before',
    words: ['外援', '裁判', '主裁判', '男友', '女友', '丈夫', '妻子', '遗孀', '毒枭', '影星',
      '歌星', '影帝', '影后', '歌手', '车手', '棋手', '拳手', '骑手', '球员', '主力', '射手'],
    example: '本场主裁判[[马尔科维奇]]和助理裁判',
  },
];

/** Titles and honorifics after a foreign name. */
export const FOREIGN_TITLES_AFTER: readonly ForeignCueRule[] = [
  {
    id: 'foreign-honorific-after',
    words: ['先生', '女士', '夫人', '小姐', '太太', '博士', '爵士'],
    example: '对此,[[卡普兰]]女士解释说',
  },
  {
    id: 'foreign-head-of-state-after',
    words: ['总统', '副总统', '总理', '副总理', '首相', '副首相', '国王', '女王', '王子', '亲王',
      '公主', '王储', '天皇', '皇后'],
    example: '[[戈尔登]]总统今天抵达',
  },
  {
    id: 'foreign-office-after',
    words: ['外长', '国务卿', '部长', '副部长', '大使', '特使', '议员', '参议员', '众议员',
      '秘书长', '副秘书长', '主席', '副主席', '法官', '主教', '将军', '元帅', '教授'],
    example: '访[[米勒斯]]副秘书长',
  },
];

/** Words after a foreign name that opens a clause: speaking, reporting, the report's time words. */
export const FOREIGN_FOLLOWERS: readonly ForeignCueRule[] = [
  {
    id: 'foreign-speaker',
    words: ['说', '称', '讲', '表示', '指出', '强调', '认为', '宣布', '透露', '承认', '坦言', '声称',
      '回答', '补充说', '介绍说', '告诉', '谈到', '提到', '呼吁', '警告', '重申', '说道', '宣称'],
    example: '。[[米勒]]说,谈判仍在继续',
  },
  {
    id: 'foreign-reported',
    words: ['今天', '昨天', '前天', '日前', '近日', '当天', '当晚', '随后', '一行', '等人', '夫妇',
      '本人', '多次', '则', '曾经', '此前', '早些时候'],
    example: '[[萨莫诺夫]]今天抵达',
  },
];
