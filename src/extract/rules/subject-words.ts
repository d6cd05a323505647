// Words that find the `subject` of a quantity (SPEC.md): what it counts or measures.
// quantity/subject.ts reads the noun after a measure word (`233名党员干部` -> `党员干部`) or
// the metric before the amount (`面积达11万平方米` -> `面积`, `同比增长17.2%` -> `同比增长`).
// Each row's `example` holds one quantity whose subject is `subject` (null: none).

export interface SubjectWordRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly example: string;
  readonly subject: string | null;
}

/**
 * Verbs that link a metric to its amount and are not part of the subject. (`增长`, `下降` are
 * not here: in `同比增长17.2%` they are the metric itself.)
 */
export const LINKING_VERB_ROWS: readonly SubjectWordRule[] = [
  { id: 'link-reach', words: ['达到', '达', '达到了', '已达', '可达', '高达', '多达', '突破', '突破了', '超过'], example: '面积达11万平方米', subject: '面积' },
  { id: 'link-be', words: ['为', '是', '有', '占', '仅', '只有', '约', '只要', '仅需', '只需', '仅为'], example: '有效期为3年', subject: '有效期' },
  { id: 'link-complete', words: ['完成', '实现'], example: '工业产值完成8亿元', subject: '工业产值' },
  { id: 'link-total', words: ['共计', '累计', '合计', '总计', '共', '计', '已'], example: '发放保障资金共计2188.83万元', subject: '保障资金' },
  {
    id: 'link-change-to',
    words: ['增加至', '增加到', '增长至', '增长到', '增至', '提升至', '提升到', '提高至', '提高到', '下降至', '下降到', '降至', '降到', '减少至', '减少到'],
    example: '常住人口比例提升至17.2%',
    subject: '常住人口比例',
  },
];

/**
 * Where a subject stops, after a measure word or before the amount: particles, conjunctions,
 * pronouns, time words and the verbs that follow a counted noun. Longest first is applied by
 * the code.
 */
export const STOP_WORD_ROWS: readonly SubjectWordRule[] = [
  { id: 'stop-particle', words: ['的', '和', '与', '及', '以及', '等', '或', '了', '着', '都', '均', '也', '还', '并'], example: '实现无物业管理的206栋', subject: null },
  { id: 'stop-preposition', words: ['是', '在', '到', '为', '被', '把', '将', '对', '向', '从', '占', '用于', '通过'], example: '共对54人发放', subject: null },
  {
    id: 'stop-verb-after-noun',
    words: [
      '获', '获得', '荣获', '获评', '参与', '参加', '组成', '受', '受益', '进行', '开展', '实现', '完成', '纳入', '落实', '提供',
      '得到', '成为', '达到', '达', '进入', '入驻', '包括', '超过', '死亡', '受伤', '遇难', '失踪', '获救', '入选', '当选', '出席',
      '造成', '导致', '落户',
    ],
    example: '7个单位荣获省级最佳志愿服务组织',
    subject: '单位',
  },
  { id: 'stop-verb-before-metric', words: ['设立', '设置', '建立', '引进', '走进', '发放', '购置', '购买', '梳理', '制定', '接收', '招录', '印发', '出台', '建成', '新建', '打造', '培育', '认定',
    '骗取', '收取', '募集', '筹集', '拨付', '下达', '争取', '兑现'], example: '发放救助金3800余万元', subject: '救助金' },
  { id: 'stop-scope', words: ['已', '共', '全部', '分别', '其中', '现有', '共有', '共计', '累计', '合计', '以上', '以下', '左右', '以来'], example: '现有人口约800万人', subject: '人口' },
  { id: 'stop-adverb', words: ['持续', '继续', '不断', '正在', '陆续', '先后', '相继'], example: '300多家慈善超市网络加盟店持续提供', subject: '慈善超市网络加盟店' },
  { id: 'stop-pronoun', words: ['这', '那', '该', '此', '每', '其'], example: '对这个只有21℃的纳凉点', subject: null },
  { id: 'stop-time', words: ['今年', '去年', '明年', '目前', '当天', '当年', '截至'], example: '市民张先生今年65岁', subject: null },
];

/** Scope words that open a metric phrase but are not the metric: `全市注册志愿者人数`. */
export const SCOPE_PREFIX_ROWS: readonly SubjectWordRule[] = [
  { id: 'scope-area', words: ['全市', '全省', '全区', '全县', '全国', '全镇', '全街', '街道'], example: '街道财源建设完成8.4亿元', subject: '财源建设' },
  { id: 'scope-time', words: ['全年', '今年', '去年', '当年', '目前', '同时'], example: '全年旅游收入120亿元', subject: '旅游收入' },
  { id: 'scope-total', words: ['累计', '共计', '其中', '已经', '已', '共', '并', '还', '共有', '现有', '各类', '各项'], example: '全市共有各类养老机构120家', subject: '养老机构' },
];

/**
 * Last characters (or words) of a metric noun before an amount. Measures other than money,
 * percent and counts need one of these (or a linking verb) before the amount, so `设置24小时`
 * gets no subject.
 */
export const METRIC_ENDING_ROWS: readonly SubjectWordRule[] = [
  { id: 'metric-amount', words: ['额', '量', '数', '率', '值', '比', '例', '规模', '产值', '人口'], example: '降雨量50毫米', subject: '降雨量' },
  { id: 'metric-money', words: ['资', '收入', '投入', '支出', '产出', '费', '款', '金', '价'], example: '项目总投资约12亿元', subject: '项目总投资' },
  { id: 'metric-size', words: ['积', '重', '长', '度', '高', '宽', '深', '温', '速', '距离', '海拔', '占地'], example: '最低气温26℃', subject: '最低气温' },
  { id: 'metric-time', words: ['时间', '时长'], example: '累计服务时间3013小时', subject: '服务时间' },
  { id: 'metric-change', words: ['增长', '下降', '增加', '减少', '提高', '提升'], example: '比上年增加3万吨', subject: '比上年增加' },
];

/** Words that start with a stop word but belong to the subject: `占地面积`, `占比`, `达标率`. */
export const KEEP_WORD_ROWS: readonly SubjectWordRule[] = [
  { id: 'keep-party', words: ['被害人', '被告人', '被执行人', '被保险人', '受害人', '受益人'], example: '被害人钱款86万元', subject: '被害人钱款' },
  { id: 'keep-compound', words: ['占地', '占比', '占有', '达标', '每股'], example: '占地面积300亩', subject: '占地面积' },
  // 均 ("all") is a stop word, but not in an average: `人均可支配收入`, `均价`
  { id: 'keep-average', words: ['均价', '人均', '户均', '日均', '年均', '月均', '平均'], example: '城镇居民人均可支配收入42000元', subject: '城镇居民人均可支配收入' },
];

const flat = (rows: readonly SubjectWordRule[]): readonly string[] => rows.flatMap((r) => r.words);
export const LINKING_VERBS = flat(LINKING_VERB_ROWS);
export const SUBJECT_STOP_WORDS = flat(STOP_WORD_ROWS);
export const SCOPE_PREFIXES = flat(SCOPE_PREFIX_ROWS);
export const METRIC_ENDINGS = flat(METRIC_ENDING_ROWS);
export const SUBJECT_KEEP_WORDS = flat(KEEP_WORD_ROWS);
