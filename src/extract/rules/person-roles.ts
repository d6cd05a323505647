// The words around a name that make it certain: byline roles (`记者 史安琪`), titles and
// descriptions before a name (`局长李明`, `市民张先生`, `候选对象王勇获评`), titles after it
// (`李明局长`, `张先生`), and the words that may follow a name (`王勇获评`, `李明表示`).
// Each row's `example` is run as a test (test/unit/person-rules.test.ts): `[[ ]]` marks the name.

import { TITLE_WORDS } from './person-titles.js';

export interface BylineRole {
  readonly id: string;
  /** As written in bylines; the regex is built longest first (`本报记者` before `记者`). */
  readonly words: readonly string[];
  /** The canonical role put into the `role` field. */
  readonly role: string;
  /** True when the word is too common in prose to lead a byline without `:` or `/`. */
  readonly colon: boolean;
  readonly example: string;
}

export const BYLINE_ROLES: readonly BylineRole[] = [
  {
    id: 'byline-reporter',
    words: ['记者', '本报记者', '首席记者', '见习记者', '实习记者', '特约记者', '全媒体记者',
      '融媒体记者', '摄影记者', '大众新闻记者', '新华社记者'],
    role: '记者', colon: false, example: '记者 [[史安琪]]',
  },
  { id: 'byline-correspondent', words: ['通讯员', '特约通讯员'], role: '通讯员', colon: false, example: '通讯员 [[赵亮]]' },
  { id: 'byline-intern', words: ['实习生'], role: '实习生', colon: false, example: '实习生 [[李艳斐]]' },
  { id: 'byline-editor', words: ['编辑', '本版编辑', '美编'], role: '编辑', colon: false, example: '编辑:[[于海震]]' },
  { id: 'byline-chief-editor', words: ['责任编辑', '责编'], role: '责任编辑', colon: false, example: '责任编辑 [[侯波]]' },
  { id: 'byline-layout', words: ['组版', '排版', '版式'], role: '组版', colon: false, example: '组版:[[侯波]]' },
  { id: 'byline-proof', words: ['校对', '审读', '审核', '审校', '终审', '二审', '三审'], role: '校对', colon: false, example: '校对:[[王文文]]' },
  { id: 'byline-production', words: ['策划', '统筹', '监制', '制图', '设计', '视频', '海报'], role: '制作', colon: true, example: '统筹:[[王文文]]' },
  { id: 'byline-photo', words: ['摄影', '摄像'], role: '摄影', colon: false, example: '摄影 [[马璇]]' },
  { id: 'byline-text-photo', words: ['文/图', '图/文', '文/片', '图/片'], role: '文/图', colon: false, example: '文/图 [[张如意]]' },
  { id: 'byline-text', words: ['文', '文字', '撰文'], role: '文', colon: true, example: '文/[[张如意]]' },
];

export interface TitleRule {
  readonly id: string;
  readonly words: readonly string[];
  /** Job titles go into `role` (`局长李明` -> role 局长); descriptions (`市民`) do not. */
  readonly isRole: boolean;
  readonly example: string;
}

/**
 * Words that stand right before a name: `局长李明`, `市民张先生`, `候选对象王勇获评`.
 * Only words that name a person's position or kind, so what follows is a name or nothing.
 */
const TITLE_ROWS: readonly TitleRule[] = [
  {
    id: 'title-government',
    words: ['局长', '副局长', '厅长', '副厅长', '处长', '副处长', '科长', '副科长', '主任',
      '副主任', '书记', '副书记', '党组书记', '市长', '副市长', '县长', '副县长', '区长',
      '副区长', '镇长', '乡长', '村长', '省长', '副省长', '部长', '副部长', '主席', '副主席',
      '秘书长', '站长', '所长', '馆长', '队长', '组长', '支书', '委员', '巡视员', '调研员'],
    isRole: true, example: '局长[[李明]]表示',
  },
  {
    id: 'title-institution',
    words: ['院长', '副院长', '校长', '副校长', '社长', '会长', '副会长', '理事长', '董事长',
      '总经理', '副总经理', '经理', '总监', '总裁', '厂长', '行长', '园长', '教授', '研究员',
      '医生', '医师', '主任医师', '护士长', '老师', '教师', '律师', '民警', '警官', '法官',
      '检察官', '主持人', '负责人', '创始人', '设计师', '工程师', '专家', '教练'],
    isRole: true, example: '院长[[王文文]]介绍',
  },
  {
    id: 'title-state',
    words: ['总书记', '国家主席', '总理', '副总理', '国务委员', '委员长', '大使', '发言人'],
    isRole: true, example: '国家主席[[习近平]]在会见时指出',
  },
  {
    id: 'title-description',
    words: ['市民', '村民', '居民', '网友', '游客', '乘客', '患者', '家属', '家长', '业主',
      '店主', '摊主', '志愿者', '党员', '老党员', '退役军人', '选手', '运动员', '学生',
      '同学', '员工', '职工', '工作人员', '环卫工人', '快递员', '外卖员', '司机', '老兵',
      '对象', '候选人', '楷模', '模范', '标兵', '先进个人', '获得者', '犯罪嫌疑人', '嫌疑人',
      '被告人', '当事人', '受助人', '爱心人士', '好人', '领导', '市领导', '区领导', '县领导',
      '省领导', '嘉宾', '代表', '人大代表', '政协委员', '得主', '传承人', '艺术家', '作家',
      '院士', '博士', '导演', '演员', '歌手', '社工', '网格员', '消防员', '队员', '辅警',
      '冠军', '村支书', '老人', '独居老人', '孩子', '小朋友', '农民', '工人', '护士', '村医',
      // kin and kinds of person news names people by: `友人蔡明哲`, `女子孙丽芸`, `妻子赵文英`
      '友人', '男子', '女子', '少女', '少年', '妻子', '丈夫', '男友', '女友', '母亲', '父亲',
      '儿子', '女儿'],
    isRole: false, example: '市民[[张先生]]享受着',
  },
];

export const TITLES_BEFORE: readonly TitleRule[] = [
  ...TITLE_ROWS,
  {
    // the offices of rules/person-titles.ts that are no honorific: `审判长孙立新`, `主教练蔡斌`
    id: 'title-word',
    // (words of the rows above and of the byline roles keep their own rule)
    words: TITLE_WORDS.filter((w) => !['先生', '女士', '夫人', '小姐', '同志'].includes(w) &&
      !TITLE_ROWS.some((r) => r.words.includes(w)) && !BYLINE_ROLES.some((r) => r.words.includes(w))),
    isRole: true, example: '审判长[[孙立新]]宣布开庭',
  },
];

/**
 * Honorifics that make `surname + honorific` a name of its own: `张先生`, `李女士` (the gold
 * counts `市民张先生` as the person 张先生). After a full name they are left out of the name.
 */
export const HONORIFICS: readonly string[] = [
  '先生', '女士', '小姐', '老师', '师傅', '阿姨', '大爷', '大妈', '大姐', '大哥', '奶奶',
  '爷爷',
];

/**
 * Words that follow a full name and give its title: `李明局长`, `王文文先生`. A surname
 * alone before an honorific is a name of its own: `张先生`, `李女士` (the gold counts them).
 */
export const TITLES_AFTER: readonly TitleRule[] = [
  {
    id: 'title-after-job',
    words: ['局长', '副局长', '厅长', '处长', '科长', '主任', '书记', '市长', '县长', '区长',
      '院长', '校长', '董事长', '总经理', '经理', '主席', '教授', '医生', '律师', '警官',
      '同志', '总书记', '总理'],
    isRole: true, example: '采访了[[李明]]局长',
  },
  { id: 'title-after-honorific', words: HONORIFICS, isRole: false, example: '[[李女士]]说' },
  {
    // the dan ranks of go and chess players (初段 to 九段), written after the name
    id: 'title-after-rank',
    words: ['初段', '二段', '三段', '四段', '五段', '六段', '七段', '八段', '九段'],
    isRole: false, example: '。[[郑建平]]九段执黑胜出',
  },
];

/**
 * Speech verbs: after a closing quote, `NAME + verb` gives the speaker of the quotation:
 * `……。”王勇说。`, `”李艳斐表示,`.
 */
export const SPEECH_VERBS: readonly string[] = [
  '说', '表示', '介绍', '告诉', '坦言', '感慨', '笑着说', '回忆', '补充', '解释', '强调',
  '指出', '透露', '说道', '感叹', '谈到', '激动地说',
];

/**
 * What may follow a name in running text: speech and reporting verbs, award verbs,
 * particles. Used to tell where a name without spaces ends: `王勇获评` -> 王勇,
 * `王文文说` -> 王文文. Single characters here are never the last character of a name
 * read before them (`李明在会上` is 李明 + 在, not 李明在).
 */
export const NAME_FOLLOWERS: readonly string[] = [
  '说', '表示', '介绍', '告诉', '指出', '认为', '称', '讲', '谈到', '提到', '回忆', '坦言',
  '透露', '强调', '建议', '希望', '感叹', '笑着', '获', '荣获', '获评', '获得', '当选',
  '被', '在', '的', '是', '等', '和', '与', '及', '也', '还', '都', '就', '对', '将', '已',
  '正', '曾', '又', '把', '向', '给', '为', '从', '到', '跟', '同', '带领', '率', '率领',
  '同志', '一行', '主持', '出席', '参加', '陪同', '一起', '一家', '夫妇', '等人', '作',
  '做', '接受', '来到', '走进', '深入', '发现', '看到', '负责', '分管', '家中', '家里',
  '今年', '每天', '一直', '现场', '报道', '摄', '享受', '带着', '拿着', '正在', '已经',
  '夺得', '发表', '会见', '考察', '调研', '宣布', '看望', '慰问', '讲述', '提出', '担任',
  '随后', '先后', '通过', '所在',
];

export interface DoctrineRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly example: string;
}

/**
 * Words that name a body of thought after the person who holds it: `邓小平理论`,
 * `毛泽东思想`, `马克思主义`. The compound is no entity (SPEC lists no doctrines), so the
 * person inside it is a person mention. Source: general knowledge of the language, the
 * heads of the names of doctrines and schools (理论 theory, 思想 thought, 主义 -ism,
 * 学说 teaching).
 */
export const DOCTRINES: readonly DoctrineRule[] = [
  { id: 'person-doctrine-theory', words: ['理论', '学说'], example: '学习[[王建新]]理论' },
  { id: 'person-doctrine-thought', words: ['思想'], example: '宣传[[李建国]]思想' },
  { id: 'person-doctrine-ism', words: ['主义'], example: '信奉[[凯恩斯]]主义' },
];
