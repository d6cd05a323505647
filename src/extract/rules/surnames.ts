// Chinese surnames, as data. A person name in news is a surname and a given name of one or
// two characters: 王勇, 史安琪, 夏侯凤超 (compound surname 夏侯 + 凤超).
//
// Source: the single surnames are the most frequent ones of the Ministry of Public Security's
// yearly household-register name reports (the top 100 cover ~85% of the population), extended
// with further surnames of the classical 百家姓 that are still common in Shandong and in
// national news. Left out on purpose: surnames so rare that they are mostly ordinary words in
// news prose (和 从 同 都 代 应 解 查 连 水 国 党 区 纳 母 智 危 东 南 占 过 相 保 明 农 战
// 全 时 衣 幸 练 劳 官 尤 廉 封 钦 贡 麻 揭 宿 符 蓝 储 殷 惠 丰 居 云 米 边 池 桑 晋), since a
// name would only ever be guessed wrongly from them (`纳凉`, `代表`, `都是`, `全覆盖`). Surnames that are
// both common and word-like (高 文 万 常 安 关 成 于 向 管 单 路 项) stay, and the words they
// start are listed in person-stopwords.ts instead.

/** Single-character surnames (order is irrelevant: they are read into a Set). */
export const SINGLE_SURNAMES: readonly string[] = [
  // the most frequent 100
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '邓', '冯', '曹',
  '彭', '曾', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余', '于', '杜', '叶', '程', '魏',
  '苏', '吕', '丁', '任', '卢', '姚', '沈', '钟', '姜', '崔', '谭', '陆', '范', '汪', '廖',
  '石', '金', '韦', '贾', '夏', '付', '傅', '方', '邹', '熊', '白', '孟', '秦', '邱', '侯',
  '江', '尹', '薛', '闫', '阎', '段', '雷', '龙', '黎', '史', '陶', '贺', '毛', '郝', '顾',
  '龚', '邵', '万', '覃', '武', '钱', '戴', '严', '莫', '孔', '向', '常', '汤', '康', '易',
  '乔', '赖', '文', '施', '洪', '辛', '柯', '庄',
  // further common surnames (百家姓 and the national top 300)
  '牛', '葛', '邢', '安', '齐', '伍', '樊', '岳', '聂', '章', '鲁', '祁', '宗',
  '单', '滕', '翟', '牟', '谷', '焦', '包', '霍', '苗', '俞', '柴', '兰', '甘', '祝', '左',
  '耿', '关', '卞', '闵', '尚', '房', '臧', '纪', '褚', '宁', '温', '艾', '卓', '舒',
  '屈', '成', '靳', '栾', '车', '欧', '穆', '涂', '裴', '鲍', '申', '游',
  '阮', '梅', '宫', '骆', '麦', '隋', '邬', '巩', '戚', '路', '鞠', '詹', '凌', '晏',
  '刁', '冉', '谈', '冷', '商', '管', '虞', '仲', '季', '巫', '景', '桂', '胥', '蔺',
  '柏', '司', '喻', '盛', '奚', '姬', '荆', '郎', '冀', '蒲', '邸', '逄', '丛', '鄢',
  '雍', '佟', '禹', '湛', '粟', '亢', '郜', '项', '谌',
  '丘', '钮', '苟', '缪', '窦', '寇', '尉', '娄', '曲', '屠', '伏',
  '阚', '昌', '弓', '晁', '简', '燕', '蒙', '楚', '佘', '訾', '卜',
  '甄', '郁', '厉', '戈', '习', '华', '汲', '杭', '费', '岑', '倪', '滑', '扈',
  '萧', '鄂', '仇', '侍', '芦', '迟', '嵇', '瞿', '翁', '柳', '蒯', '勾',
  '贲', '姒', '邴', '宓',
];

/**
 * Compound surnames of the 百家姓 that still occur: read before the single ones, so that
 * `夏侯凤超` is 夏侯 + 凤超, not 夏 + 侯凤超. Left out: those that are mostly place names or
 * words in news (第五 `第五届`, 百里, 西门, 南宫 and 濮阳 are cities, 单于).
 */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '夏侯', '慕容', '令狐',
  '长孙', '宇文', '司徒', '端木', '澹台', '公冶', '轩辕', '呼延', '独孤',
  '万俟', '闻人', '申屠', '太史', '钟离', '宗政', '淳于', '赫连', '公羊',
  '左丘', '东郭', '谷梁', '司空', '拓跋', '完颜', '仲孙', '叔孙', '亓官',
];

/**
 * Surnames of the 百家姓 that are rare or begin common words (`展开`, `阴天`, `符合`, `庞大`)
 * (those that are mostly function or common words, such as 连, 时, 应, 查, are left out):
 * a name with one of them is taken only where jieba keeps the surname and a two-character
 * given name as one name word (`裘山明/x`), never guessed from the text's shape alone.
 * Source: the 百家姓 and the national surname ranking past its top 300, by general knowledge.
 */
export const WHOLE_WORD_SURNAMES: readonly string[] = [
  '庞', '殷', '裘', '符', '邝', '恽', '郅', '阴', '展', '蓝', '储', '桑', '巴', '井', '冼',
  '缑', '鲜', '茅', '蔚', '闻', '逯', '郦', '漆', '荀', '羊', '邰', '禄', '扶', '堵', '冒',
  '薄', '宦', '鱼',
];
