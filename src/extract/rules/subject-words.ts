// Words that find the `subject` of a quantity (SPEC.md): what it counts or measures.
// quantity/subject.ts reads the noun after a measure word (`233名党员干部` -> `党员干部`) or
// the metric before the amount (`面积达11万平方米` -> `面积`, `同比增长17.2%` -> `同比增长`).

/**
 * Verbs that link a metric to its amount and are not part of the subject:
 * `面积达11万平方米`, `财源建设完成8.4亿元`, `人数达到144万`, `比例提升至17.2%`.
 * (`增长`, `下降` are not here: in `同比增长17.2%` they are the metric itself.)
 */
export const LINKING_VERBS: readonly string[] = [
  '达到', '达', '为', '是', '完成', '实现', '共计', '累计', '合计', '总计', '共', '计', '约',
  '增加至', '增加到', '增长至', '增长到', '增至', '提升至', '提升到', '提高至', '提高到',
  '下降至', '下降到', '降至', '降到', '减少至', '减少到', '突破', '超过', '突破了', '达到了',
  '有', '占', '仅', '只有', '高达', '多达', '已达', '已',
];

/**
 * Where a subject stops, after a measure word or before the amount: particles, conjunctions
 * and the verbs that follow a counted noun (`7个单位荣获`, `6000余名志愿者参与`, `2支40名年轻
 * 党员组成`). Longest first is applied by the code.
 */
export const SUBJECT_STOP_WORDS: readonly string[] = [
  '的', '和', '与', '及', '以及', '等', '或', '是', '在', '到', '为', '被', '把', '将', '对', '向', '从',
  '了', '着', '都', '均', '已', '也', '还', '并', '共', '全部', '分别', '获', '获得', '荣获', '获评',
  '参与', '参加', '组成', '受', '受益', '进行', '开展', '实现', '完成', '纳入', '落实', '提供',
  '得到', '成为', '达到', '达', '通过', '进入', '入驻', '以上', '以下', '左右', '其中', '包括',
  '这', '那', '该', '此', '每', '其', '占', '现有', '共有', '共计', '累计', '合计', '超过', '以来', '今年', '去年', '明年', '目前', '当天', '当年', '截至', '设立', '设置', '建立', '建设', '用于', '进', '走进', '发放', '购置', '购买',
];

/** Scope words that open a metric phrase but are not the metric: `全市注册志愿者人数`. */
export const SCOPE_PREFIXES: readonly string[] = [
  '全市', '全省', '全区', '全县', '全国', '全镇', '全年', '全街', '街道', '社区', '今年', '去年', '当年',
  '累计', '共计', '其中', '同时', '目前', '已经', '已', '共', '并', '还', '共有', '现有', '各类', '各项',
];

/**
 * Last characters (or words) of a metric noun before an amount: `零售额`, `面积`, `比例`,
 * `好评率`, `投资`, `善款`. Measures other than money, percent and counts need one of these
 * (or a linking verb) before the amount, so `设置24小时` gets no subject.
 */
export const METRIC_ENDINGS: readonly string[] = [
  '额', '量', '数', '率', '积', '资', '值', '入', '出', '费', '款', '金', '价', '比', '例', '重',
  '长', '度', '高', '宽', '深', '温', '时间', '时长', '规模', '增长', '下降', '增加', '减少',
  '提高', '提升', '产值', '人口', '距离',
];

/**
 * Words that start with a stop word but belong to the subject: `占地面积` (not `占` + `地面积`),
 * `占比`.
 */
export const SUBJECT_KEEP_WORDS: readonly string[] = ['占地', '占比', '每股'];
