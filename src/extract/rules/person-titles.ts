// Titles as whole words, for the segmenter's candidates: a name read from jieba's tags is
// confirmed by the word before or after it (`省长王建国`, `王建国省长`, `主教练蔡斌`,
// `审判长孙立新`, `国务秘书施密特`). jieba hands over whole words (`外交大臣`, `市委书记`), so a
// word is a title when this table lists it or when it has a title's shape: it ends in one of
// TITLE_ENDS (`……长`, `……员`, `……师`, `……记` ...) and is not one of NOT_TITLES.
//
// Source: general knowledge of the language: the offices of state, government, party, courts,
// companies and sport as news names them (heads of state and government, ministers,
// governors, mayors, secretaries, chairmen, judges, coaches and players by position,
// forecasters, experts), and the last characters that mark a Chinese job title (长 head,
// 员 member, 师 master, 记 secretary, 官 officer, 家 the master of an art ...).

/** Titles whose shape does not tell them: heads of state, positions in sport, professions. */
export const TITLE_WORDS: readonly string[] = [
  '总统', '副总统', '首相', '总理', '副总理', '国王', '女王', '王储', '亲王', '王子', '公主',
  '外长', '防长', '财长', '议长', '大臣', '国务卿', '国务秘书', '秘书', '大使', '公使', '参赞',
  '领事', '总领事', '特使', '总督', '州长', '参议员', '众议员', '议员', '主席', '副主席',
  '总书记', '书记', '主任', '副主任', '委员', '常委', '总裁', '副总裁', '董事', '总监',
  '经理', '总经理', '创始人', '负责人', '发言人', '代表', '同志', '先生', '女士', '夫人',
  '小姐', '教授', '副教授', '院士', '博士', '学者', '专家', '作家', '画家', '诗人', '歌手',
  '演员', '导演', '编剧', '主持人', '记者', '主帅', '主教练', '教练', '前锋', '中锋', '后卫',
  '门将', '边锋', '二传', '主攻', '副攻', '自由人', '球星', '老将', '新秀', '名将', '选手',
  '棋手', '车手', '旗手', '冠军', '亚军', '得主', '法官', '检察官', '审判长', '庭长',
  '律师', '警官', '将军', '上将', '中将', '少将', '大校', '上校', '元帅', '司令', '政委',
  '首席', '老板', '掌门人', '董事长', '理事长', '会长', '社长', '校长', '院长',
  '单打', '双打', '外援', '主力', '队员', '督察',
];

/**
 * Last characters of a title word (`外交大臣` is listed; `预报员`, `审判长`, `市委书记`,
 * `工程师` have the shape). A word of two characters or more that ends in one is a title.
 */
export const TITLE_ENDS = '长员师记官臣使理席裁督授练帅相家';

/** Words that end like a title but name no person's office: `成长`, `增长`, `动员`. */
export const NOT_TITLES: readonly string[] = [
  '成长', '增长', '生长', '延长', '擅长', '特长', '漫长', '专长', '见长', '助长', '年长',
  '动员', '人员', '全员', '满员', '裁员', '减员', '超员', '复员',
  '日记', '笔记', '登记', '标记', '印记', '传记', '牢记', '切记', '忘记', '铭记', '惦记',
  '处理', '管理', '办理', '治理', '道理', '整理', '代理', '原理', '心理', '地理', '物理',
  '合理', '清理', '审理', '受理', '料理', '护理', '修理', '梳理', '打理', '真理', '推理',
  '出席', '缺席', '列席', '即席',
  '天使', '即使', '假使', '致使', '迫使', '促使', '驱使', '指使', '行使',
  '体裁', '制裁', '仲裁', '独裁',
  '监督', '基督', '传授', '讲授', '面授', '函授', '训练', '熟练', '老练', '干练', '演练',
  '真相', '互相', '照相', '变相', '亮相', '竞相', '长相',
  '传统', '系统', '统统', '血统', '笼统', '一统',
  '国家', '大家', '人家', '回家', '全家', '农家', '自家', '娘家', '老家', '在家', '到家', '居家',
  '住家', '当家', '持家', '发家', '起家', '婆家', '东家', '亲家', '各家', '哪家', '这家', '那家',
  '本家', '厂家', '商家', '店家', '酒家', '儒家', '道家', '佛家', '皇家', '官家', '公家', '千家',
  '万家', '独家', '赢家', '输家', '庄家', '专家组',
];
