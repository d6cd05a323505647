// Characters that transliterate foreign names. A run of them with a name's context (`外交大臣
// 库克`, `默克尔说`), or two such runs joined by `·` or `-` (`托马斯·穆勒`), is a foreign name.
//
// Source: the syllable characters of the Xinhua transliteration tables (新华通讯社译名室,
// 《世界人名翻译大辞典》 and its 《英语姓名译名手册》 general table, which GB/T 17693 follows for
// place names): the characters the table assigns to syllables, written out here from that table
// as a set. Characters the table uses only in rare syllables are left out where they are far
// more often ordinary words in news prose. 夫 (-fu, the Russian -ov/-off of 普里马科夫), 列 (lie) and
// 契 (qi) are the table's too, for the Slavic names news meets most. The last line adds the
// syllables of the Xinhua Russian table that are most frequent in names (叶 ye, 延 yan, 钦 qin,
// 热 zhe, 勃 bo, 坚 jian, 申 shen, 连 lian, 晓 xiao, 娃 -va: 叶利钦, 基里延科, 帕夫连科, 库尼科娃) and
// the English table's syllables and conventional forms that the first lines miss (默 mo, 理 li
// in 理查德, 逊 xun in 约翰逊, 根 gen, 切 qie, 撒 sa, 策 ce, 察 cha, 京 jing in 普京), with the
// characters of women's names (芭 薇 琪 丝 珊 萝 芙) and 瑙 nao (German -nau-).
export const TRANSLITERATION_CHARS: string =
  '阿埃艾爱安昂奥敖巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴黛丹道德登迪蒂丁东杜敦顿多' +
  '厄恩尔法范菲斐费芬丰冯弗福富盖甘冈戈格贡古瓜圭哈海汉翰豪赫亨洪胡华霍基吉加贾杰捷' +
  '金卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽林琳隆卢鲁伦罗洛马玛迈麦' +
  '曼芒梅门蒙米敏明莫姆穆纳娜奈南内尼妮涅宁纽努诺欧帕派潘庞佩彭皮珀普奇齐恰乔琴琼丘' +
  '萨塞赛桑瑟森沙莎尚绍舍谢什施史舒斯松苏索塔泰坦汤唐特提廷图托瓦万旺威韦维温文沃乌' +
  '伍西希锡夏肖辛休雅亚扬耶伊因英尤约泽扎詹兹佐茨祖娅翁夫列契' +
  '默理延钦叶芭热瑙勃坚申娃逊切根京撒晓策察薇琪丝珊萝芙连';
