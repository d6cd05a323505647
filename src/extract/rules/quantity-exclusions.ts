// What looks like a number with a unit but is not a quantity (SPEC.md, "What is not a
// quantity or a date"). Three tables, each read by quantity/guards.ts:
// - SET_PHRASES: idioms, slogans and political set phrases with a numeral and a measure word:
//   a quantity whose number starts inside one is dropped (`千方百计`, `中央八项规定`).
// - UNIT_COMPOUNDS: a unit that is really the first character of a longer word, so the number
//   is not measured by it (`三年级` is a grade, `两位数` a size, `5部门` a set of offices).
// - ORDINAL_MARKERS: characters that make the next number an ordinal or a name (`第六届`).

export interface ExclusionRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly example: string;
}

export const SET_PHRASES: readonly ExclusionRule[] = [
  {
    id: 'idiom-numeral',
    words: [
      '千方百计', '千家万户', '万家灯火', '三番五次', '三令五申', '四面八方', '八面玲珑',
      '三天两头', '三头六臂', '三年五载', '三五成群', '两面三刀', '十年磨一剑', '十年树木',
      '千言万语', '千辛万苦', '千军万马', '九牛一毛', '五花八门', '四通八达', '七上八下',
      '三心二意', '十全十美', '一年四季', '百年大计', '千秋万代', '一干二净', '两条腿走路',
    ],
    example: '千方百计提高满意率',
  },
  {
    // Political and campaign set phrases: named formulas, not amounts
    id: 'set-phrase-political',
    words: [
      '八项规定', '四个意识', '四个自信', '四个全面', '两个维护', '两个确立', '两个一百年',
      '三个代表', '三个务必', '三个一批', '五位一体', '三位一体', '三会一课', '两学一做',
      '三严三实', '五个一工程', '一国两制', '三重一大', '两不愁三保障', '六稳六保', '四下基层',
      '两个大局', '两个结合', '两个毫不动摇', '三个有利于', '四个伟大', '四个服务', '四个不摘',
      '四个最严', '五个必由之路', '五个坚持', '六个必须坚持', '八个明确', '十个明确', '十四个坚持',
    ],
    example: '中央八项规定精神',
  },
  {
    // Place names whose numeral stands before a measure word (`三门峡` is not 3 doors)
    id: 'place-name-numeral',
    words: ['三门峡', '五台山', '七台河', '九台', '三台县', '五家渠', '八一', '十八洞村', '五道口', '九道湾'],
    example: '三门峡市',
  },
];

export const UNIT_COMPOUNDS: readonly ExclusionRule[] = [
  // market, sports and scale words: the first character of a common word after a number
  {
    id: 'compound-market-sports',
    words: [
      '股份', '股票', '股东', '股权', '股价', '股市', '股民', '股本', '股息', '股指', '股利',
      '手机', '手续', '手段', '手术', '手册', '手中', '手里', '手上', '手下', '手法', '手艺', '手工', '手表', '手套',
      '票房', '票价', '票据', '点赞', '点击', '点名', '点评', '点燃', '点亮', '点位',
      '分别', '分配', '分析', '分享', '分布', '分成', '分为', '分子', '分公司', '分行', '分局', '分会',
      '分管', '分队', '分批', '分期', '分数', '分红', '分摊', '分手', '分开', '分类', '分区', '分校',
      '分店', '分社', '分院', '分部', '分厂', '分站', '分流', '分解', '分散', '分化', '分之', '分秒', '分辨',
      '胜利', '胜诉', '胜出', '胜任', '胜地', '胜率', '负责', '负担', '负债', '负面', '负荷', '负数',
      '局长', '局面', '局势', '局部', '球队', '球员', '球迷', '球场', '球星', '球衣', '倍增', '倍感', '倍受', '倍加',
    ],
    example: '3分公司',
  },
  {
    id: 'compound-classifier',
    words: [
      '样本', '样品', '样板', '样式', '具体', '具有', '具备', '尊重', '尊严', '盘中', '盘面', '盘整', '盘点', '盘活',
      '列车', '列入', '列为', '列出', '列举', '卷入', '页面', '尾声', '尾款', '群众', '群体', '群岛', '伙伴', '伙食',
      '帮助', '帮扶', '帮忙', '针对', '剂量', '番茄', '阵地', '阵营', '阵容', '遍布', '遍及', '章程', '节日', '节目',
      '节约', '节能', '节点', '节奏', '节假日', '段落', '句子', '杯赛', '尺寸', '尺度', '尺码', '寸土', '丈夫', '磅礴',
    ],
    example: '5群众',
  },
  // `拍出36亿天价`: a word that starts with a unit of time is no length of time
  { id: 'compound-time', words: ['天价', '天然', '天气', '天下', '天空', '天津', '天地', '天使', '天才', '周边', '周围', '周末', '周刊', '周报', '秒杀', '小时候'], example: '36天价' },
  { id: 'compound-year', words: ['年级', '年代', '年度', '年初', '年底', '年末', '年中', '年间'], example: '三年级学生' },
  // `2024元旦晚会`: a year glued to a holiday, not 2024 yuan
  { id: 'compound-yuan', words: ['元素', '元旦', '元宵', '元首', '元老', '元年', '元件', '元气'], example: '2024元旦晚会' },
  {
    id: 'compound-measure-word',
    words: [
      '位数', '位于', '位置', '个体', '个性', '个案', '个别', '部门', '部分', '部署', '组织', '队员',
      '包括', '本地', '本市', '本次', '门店', '名单', '名称', '名义', '所有', '所在', '所以', '所属',
      '家庭', '家长', '家属', '场所', '场景', '条件', '次方', '次日', '面积', '面向', '面对', '台湾',
      '升级', '升温', '升高', '升至', '升为', '升格', '升学', '升值', '支持', '支出', '支付', '根据',
      // not `处长` (`200处长者助餐站点`), `户外` (`3户外出务工`), `种植` (`3种植物`), `套餐` (`3套餐具`)
      '批准', '批示', '批复', '户籍', '户口', '处理', '处置', '份额', '架构', '名字',
    ],
    example: '两位数增长',
  },
  {
    // `X成员`, `X成为`: 成 there is not a tenth
    id: 'compound-cheng',
    words: ['成员', '成为', '成立', '成功', '成本', '成交', '成果', '成绩', '成效', '成长', '成熟', '成年', '成人', '成就', '成都', '成型'],
    example: '三成员国',
  },
];

/**
 * Words that begin with the last character of a longer unit, so the unit is the shorter one:
 * `5个月饼` is 5个 + 月饼 (five mooncakes), not five months; `3个星期天` is three Sundays.
 */
export const UNIT_TAIL_WORDS: readonly ExclusionRule[] = [
  { id: 'tail-month', words: ['月饼', '月亮', '月季', '月票', '月嫂', '月卡'], example: '200个月饼' },
  { id: 'tail-week', words: ['星期天', '星期日', '星期六'], example: '3个星期天' },
];

export const ORDINAL_MARKERS: readonly ExclusionRule[] = [
  // `第六届`, `初三`, plus codes glued to Latin letters or digits (`G20`, `A4`)
  { id: 'ordinal-prefix', words: ['第', '初'], example: '第六届' },
];
