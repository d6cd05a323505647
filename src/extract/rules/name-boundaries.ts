// Where a name may begin. Chinese has no spaces, so the left edge of `百花公园社区` in
// `重点推进百花公园社区` or of `安心微基金` in `携手安心微基金` is found by what stands
// before it: a function character, a verb or adverb of the news genre, a time word. The
// place and organization rules scan left from a suffix and stop at the first of these.

/**
 * Characters that never stand inside a place or organization name (particles, pronouns,
 * prepositions, measure words): `在建鑫社区开展` -> `建鑫社区`. Deliberately left out, as they
 * stand in real names: 和 (和平路, 住房和城乡建设局), 于 (于家村), 向 (向阳街道), 会 (社会福利中心),
 * 能 (能源局), 应 (应急管理局), 曾 (曾家村), 有, 对, 到, 等.
 */
export const STOP_CHARS =
  '的了在与及或把被让使给由往为是该其这那此我你他她它们也都就并而且又还再已要可需因即仍各每个之以到进去赴入不没';

/**
 * Words that end right before a name: verbs and adverbs that take a place or a body as object
 * (`推进`, `携手`, `成立`, `走进`), and time words (`今年`, `近日`). Two to four characters.
 */
export const STOP_WORDS: readonly string[] = [
  // verbs of building, setting up, taking part
  '推进', '推动', '开展', '打造', '成立', '引进', '举办', '举行', '落户', '召开',
  '主办', '承办', '协办', '支持', '参与', '参加', '配合', '邀请', '委托', '授予', '表彰',
  '获评', '荣获', '评为', '入选', '选派', '派出', '发布', '印发', '出台', '制定', '设立', '建立',
  '组建', '筹建', '挂牌', '揭牌', '命名', '新建', '扩建', '改建', '修建', '改造', '拆迁', '整治',
  '实施', '启动', '完成', '统筹', '联合', '携手', '联手', '牵头', '带领', '率领', '依托',
  '围绕', '结合', '对接', '协同', '共建', '签约', '签订', '帮扶', '支援', '捐赠', '资助',
  '看望', '慰问', '调研', '视察', '考察', '检查', '督导', '督查', '走访',
  '提升', '完善', '加强', '加快', '深化', '落实', '贯彻', '认真', '积极', '持续', '全力', '重点',
  '全面', '不断', '进一步', '成为', '作为', '包括', '涵盖', '覆盖', '通过', '经过', '获得', '得到',
  '谱写', '书写', '绘就', '描绘', '奏响', '开创', '续写',
  '受到', '报道', '介绍', '表示', '认为', '指出', '强调', '要求', '希望', '发现', '看到',
  // verbs of moving and being somewhere
  '位于', '地处', '坐落', '来到', '走进', '前往', '深入', '参观', '途经', '抵达', '到达', '返回',
  '回到', '离开', '来自', '赶赴', '奔赴', '进驻', '入驻', '进入', '走向', '迈向', '面向', '毗邻',
  '邻近', '靠近', '沿着', '穿过', '流经', '登上', '游览', '驻扎', '居住', '就读',
  '毕业', '留在', '住在', '设在', '位在',
  // time words and connectives
  '今年', '去年', '明年', '近日', '日前', '目前', '此前', '近年', '以来', '期间', '同时', '此外',
  '其中', '当前', '随后', '之后', '以后', '最近', '近期', '当天', '当日', '昨天', '今天', '明天',
  '以及', '或者', '并且', '但是', '因为', '所以', '如果', '虽然', '对于', '关于', '根据', '按照',
  '为了', '由于', '经由', '针对', '随着', '已经', '正在', '还将', '将会', '一直', '先后', '相继',
];

/**
 * Words that make what stands before a suffix a kind, not a name: `城市社区`, `老旧小区`,
 * `示范村`, `慈善基金`. A candidate name equal to one of them, or made of one of them and a
 * determiner, is refused.
 */
export const GENERIC_NAME_WORDS: readonly string[] = [
  '城市', '农村', '城乡', '乡村', '基层', '和谐', '美丽', '文明', '示范', '贫困', '重点', '特色',
  '老旧', '居民', '商业', '步行', '休闲', '生态', '湿地', '森林', '文化', '主题', '智慧', '红色',
  '绿色', '党建', '全国', '全省', '全市', '全区', '全县', '所在', '周边', '附近', '当地', '本地',
  '各地', '沿线', '沿街', '临街', '中心', '核心', '重要', '主要', '传统', '历史', '现代', '新型',
  '大型', '小型', '相关', '有关', '市级', '省级', '国家级', '区级', '县级', '行政', '自然', '城中',
  '慈善', '公益', '专项', '科技', '投资', '物业', '发展', '产业', '引导', '建设', '管理', '服务',
  '社会', '民营', '国有', '私营', '外资', '合资', '股份', '有限', '责任', '控股', '新', '老',
  '旅游', '网红', '热门', '著名', '知名', '周围', '辖区', '社区', '小区', '街道', '片区', '园区',
  '乡镇', '家庭', '养老', '医疗', '体育', '游乐', '停车', '城区', '市区', '郊区', '景区', '山区', '老城',
  // a unit's duty relation to a place, not its name: `包保社区`, `结对村`, `共建社区`
  '包保', '包联', '包挂', '联系', '结对', '共建', '帮扶', '对口', '挂包', '驻点', '试点', '网格',
  // the tail of a date before a name: `2024年度技能大师工作室` is a kind of studio
  '年度', '季度', '年底', '年初', '年末',
];

/** Characters that begin a determiner phrase, never a name: `全市社区`, `各村`, `该公司`. */
export const DETERMINER_CHARS = '全各该本每某此这那其我你他哪多几数诸另同首';
