// Places of the world outside China's division data: countries, capitals and large cities,
// first-level divisions that news names, continents, oceans and world regions. The gazetteer
// (place/gazetteer.ts) adds them to the division names, so they match the same way (longest
// first, chained into addresses: `美国加州`, `伊利诺伊州芝加哥`).
//
// Sources:
// - Country names: Node's ICU data, `Intl.DisplayNames(['zh'], { type: 'region' })`, for the
//   ISO 3166-1 alpha-2 codes of sovereign states (the codes of territories, unions and
//   pseudo-regions are left out below), plus the official long forms and the usual short forms
//   of the Chinese press (`美利坚合众国`, `大韩民国`, `印尼`, `澳洲`) and former states (`苏联`).
// - Capitals and large cities, US states, Canadian provinces, Australian states: the standard
//   Chinese names of the 新华社 译名 (Xinhua's 世界地名译名手册 usage), as national news writes them.
// - Continents, oceans, seas and world regions: the standard names of a Chinese world atlas.
import type { PlaceName } from './place-names.js';
import type { DivisionLevel } from '../place/division-names.js';
import { icuNames } from '../lib/icu-names.js';

const group = (level: DivisionLevel, why: string, names: string): PlaceName[] =>
  names.split(/\s+/u).filter(Boolean).map((name) => ({ name, level, why }));

/**
 * Region codes ICU names that are no sovereign state of today: China's own (in place-names.ts),
 * unions and pseudo-regions (EU, UN, ZZ), withdrawn codes (SU, YU, DD: their ICU names are the
 * successor's), and territories whose names are common words or rarely news places.
 */
const NOT_COUNTRY_CODES = new Set(
  `AC AN AQ AS AW AX BL BM BQ BU BV CC CK CN CP CQ CS CW CX DD DG DY EA EH EU EZ FK FO FX GF GG GI GL GP
   GS GU HK HM HV IC IM IO JE KY MF MO MP MQ MS NC NF NH NU PF PM PN PR PS QO RE RH SH SJ SU SX TA TC TF
   TK TP TW UK UM UN VD VG VI WF XA XB XK YD YT YU ZR ZZ`.split(/\s+/u).filter(Boolean),
);

/** The Chinese names of sovereign states, from Node's ICU data (lib/icu-names.ts); names with brackets are dropped. */
function icuCountryNames(): string[] {
  const out: string[] = [];
  for (const [code, name] of Object.entries(icuNames().region)) {
    if (NOT_COUNTRY_CODES.has(code)) continue;
    if (name && name !== code && !/[（(]/u.test(name)) out.push(name);
  }
  return out;
}

export const WORLD_PLACES: readonly PlaceName[] = [
  ...group('country', 'sovereign state (ICU region names)', icuCountryNames().join(' ')),
  ...group('country', 'official long form or press short form of a state', `
    美利坚合众国 大韩民国 朝鲜民主主义人民共和国 俄罗斯联邦 大不列颠及北爱尔兰联合王国 英格兰 苏格兰
    威尔士 北爱尔兰 法兰西共和国 德意志联邦共和国 印度共和国 巴基斯坦伊斯兰共和国 伊朗伊斯兰共和国
    澳洲 印尼 沙特 阿联酋 蒙古国 马其顿 捷克共和国 刚果 刚果民主共和国 刚果共和国 南朝鲜 北朝鲜
    巴勒斯坦 梵蒂冈 埃斯瓦蒂尼 缅甸联邦 越南社会主义共和国 老挝人民民主共和国 新西兰 纽西兰`),
  ...group('country', 'former state named in history and news', `
    苏联 南斯拉夫 捷克斯洛伐克 东德 西德 民主德国 联邦德国 奥匈帝国 奥斯曼帝国 罗马帝国 南越 北越
    扎伊尔 锡兰 暹罗 波斯`),
  ...group('country', 'continent, ocean or world region', `
    亚洲 欧洲 非洲 美洲 北美洲 南美洲 拉丁美洲 拉美 大洋洲 南极洲 北美 南美 中美洲 加勒比
    太平洋 大西洋 印度洋 北冰洋 南太平洋 北大西洋 西太平洋 地中海 加勒比海 波罗的海 黑海 红海
    里海 阿拉伯海 日本海 南中国海 波斯湾 墨西哥湾 孟加拉湾 马六甲海峡 台湾海峡 英吉利海峡
    亚太 亚太地区 东亚 南亚 西亚 中亚 东南亚 东北亚 中东 近东 远东 北非 西非 东非 南部非洲
    西欧 东欧 北欧 南欧 中东欧 巴尔干 巴尔干半岛 朝鲜半岛 阿拉伯半岛 中南半岛 海湾地区
    两岸 海峡两岸 北极 南极 喜马拉雅山 阿尔卑斯山 撒哈拉沙漠 亚马孙河 尼罗河 多瑙河 莱茵河
    密西西比河 湄公河 西伯利亚 高加索 克什米尔 加沙 加沙地带 约旦河西岸 戈兰高地
    科索沃 北爱 珠穆朗玛峰 珠峰 马尔维纳斯群岛 福克兰群岛 南沙群岛 西沙群岛 钓鱼岛`),
  ...group('province', 'US state (Xinhua names, with and without 州)', `
    阿拉巴马州 亚拉巴马州 阿拉斯加州 阿拉斯加 亚利桑那州 亚利桑那 阿肯色州 加利福尼亚州 加利福尼亚 加州
    科罗拉多州 康涅狄格州 特拉华州 佛罗里达州 佛罗里达 佐治亚州 夏威夷州 夏威夷 爱达荷州 伊利诺伊州
    伊利诺伊 印第安纳州 艾奥瓦州 爱荷华州 堪萨斯州 肯塔基州 路易斯安那州 缅因州 马里兰州 马萨诸塞州
    麻省 密歇根州 密西根州 明尼苏达州 密西西比州 密苏里州 蒙大拿州 内布拉斯加州 内华达州 新罕布什尔州
    新泽西州 新墨西哥州 纽约州 北卡罗来纳州 北卡罗莱纳州 北达科他州 俄亥俄州 俄克拉何马州 俄勒冈州
    宾夕法尼亚州 宾州 罗得岛州 南卡罗来纳州 南达科他州 田纳西州 得克萨斯州 德克萨斯州 得克萨斯 德克萨斯
    犹他州 佛蒙特州 弗吉尼亚州 华盛顿州 西弗吉尼亚州 威斯康星州 怀俄明州 华盛顿特区 哥伦比亚特区`),
  ...group('province', 'province or state of a large federation (Xinhua names)', `
    安大略省 魁北克省 不列颠哥伦比亚省 艾伯塔省 阿尔伯塔省 曼尼托巴省 萨斯喀彻温省 新斯科舍省
    新南威尔士州 维多利亚州 昆士兰州 西澳大利亚州 南澳大利亚州 塔斯马尼亚州 
    巴伐利亚州 北莱茵-威斯特法伦州 圣保罗州 里约热内卢州 车臣 鞑靼斯坦 北海道 冲绳 冲绳县 
    京畿道 济州岛 济州道 旁遮普邦 克什米尔 喀拉拉邦 马哈拉施特拉邦`),
  ...group('city', 'capital or large city (Xinhua names)', `
    华盛顿 纽约 洛杉矶 芝加哥 旧金山 休斯敦 费城 波士顿 西雅图 迈阿密 亚特兰大 底特律 拉斯维加斯
    达拉斯 丹佛 凤凰城 圣迭戈 圣地亚哥 新奥尔良 匹兹堡 克利夫兰 巴尔的摩 硅谷 华尔街 好莱坞 曼哈顿
    渥太华 多伦多 温哥华 蒙特利尔 卡尔加里 墨西哥城 哈瓦那 巴西利亚 里约热内卢 布宜诺斯艾利斯
    利马 波哥大 加拉加斯 基多 拉巴斯 蒙得维的亚 亚松森
    伦敦 曼彻斯特 利物浦 伯明翰 爱丁堡 格拉斯哥 都柏林 巴黎 马赛 里昂 戛纳 柏林 慕尼黑
    法兰克福 科隆 不来梅 斯图加特 杜塞尔多夫 波恩 莱比锡 德累斯顿 罗马 米兰 都灵 那不勒斯 威尼斯
    佛罗伦萨 马德里 巴塞罗那 塞维利亚 巴伦西亚 里斯本 波尔图 阿姆斯特丹 鹿特丹 海牙 布鲁塞尔
    卢森堡 日内瓦 苏黎世 伯尔尼 洛桑 达沃斯 维也纳 萨尔茨堡 布拉格 布达佩斯 华沙 克拉科夫
    布加勒斯特 索非亚 贝尔格莱德 萨格勒布 卢布尔雅那 萨拉热窝 斯科普里 地拉那 雅典 斯德哥尔摩 奥斯陆
    哥本哈根 赫尔辛基 雷克雅未克 塔林 里加 维尔纽斯 明斯克 基辅 莫斯科 圣彼得堡 符拉迪沃斯托克
    海参崴 伏尔加格勒 新西伯利亚 叶卡捷琳堡 喀山 伊斯坦布尔 安卡拉 第比利斯 埃里温 巴库
    东京 大阪 京都 横滨 名古屋 神户 札幌 福冈 广岛 长崎 奈良 首尔 汉城 釜山 仁川 平壤 乌兰巴托
    新德里 孟买 加尔各答 班加罗尔 金奈 伊斯兰堡 卡拉奇 拉合尔 达卡 科伦坡 加德满都 喀布尔 德黑兰
    巴格达 大马士革 贝鲁特 安曼 耶路撒冷 特拉维夫 利雅得 吉达 麦加 多哈 迪拜 阿布扎比 科威特城
    马斯喀特 萨那 开罗 亚历山大港 的黎波里 突尼斯市 阿尔及尔 拉巴特 卡萨布兰卡 喀土穆 亚的斯亚贝巴
    内罗毕 达累斯萨拉姆 坎帕拉 基加利 金沙萨 拉各斯 阿布贾 阿克拉 达喀尔 约翰内斯堡 开普敦
    比勒陀利亚 德班 罗安达 哈拉雷 卢萨卡 马普托 塔那那利佛
    曼谷 河内 胡志明市 金边 仰光 内比都 吉隆坡 新加坡 雅加达 巴厘岛 马尼拉 斯里巴加湾市
    阿斯塔纳 阿拉木图 塔什干 比什凯克 杜尚别 阿什哈巴德
    悉尼 墨尔本 布里斯班 珀斯 阿德莱德 堪培拉 惠灵顿 奥克兰
    温得和克 哈博罗内 马塞卢 利隆圭 布琼布拉 多多马 摩加迪沙 阿斯马拉 恩贾梅纳 尼亚美 巴马科
    瓦加杜古 努瓦克肖特 班珠尔 科纳克里 弗里敦 蒙罗维亚 亚穆苏克罗 阿比让 洛美 波多诺伏 科托努
    雅温得 马拉博 利伯维尔 布拉柴维尔 班吉 路易港 万象 廷布 马累 麦纳麦 尼科西亚 瓦莱塔
    基希讷乌 波德戈里察 普里什蒂纳 太子港 圣多明各 危地马拉城 圣萨尔瓦多 特古西加尔巴 马那瓜
    巴拿马城 帕拉马里博 苏瓦 莫尔兹比港 努库阿洛法 霍尼亚拉 安特卫普 哥德堡 格但斯克 加的夫
    贝尔法斯特 布里斯托尔 谢菲尔德 南安普敦 诺丁汉 圣保罗 贝尔格莱德 大阪府 京都府 东京都`),
  ...group('province', 'Japanese prefecture (Xinhua names, with 县; the bare name where it is no common word)', `
    青森县 岩手县 宫城县 秋田县 山形县 福岛县 茨城县 栃木县 群马县 埼玉县 千叶县 神奈川县 新潟县
    富山县 石川县 福井县 山梨县 长野县 岐阜县 静冈县 爱知县 三重县 滋贺县 兵库县 奈良县 和歌山县
    鸟取县 岛根县 冈山县 广岛县 山口县 德岛县 香川县 爱媛县 高知县 福冈县 佐贺县 长崎县 熊本县
    大分县 宫崎县 鹿儿岛县 冲绳县 神奈川 青森 埼玉 栃木 茨城 新潟 和歌山 鹿儿岛`),
  // Hong Kong, Macao and Taiwan: districts and areas below the region, which the division data
  // leaves out (the 18 districts of Hong Kong, Macao's islands, Taiwan's cities and counties as
  // the Chinese press names them, old counties included).
  ...group('city', 'district or area of Hong Kong', `
    中西区 湾仔区 湾仔 油尖旺 深水埗 九龙城 黄大仙 观塘 荃湾 屯门 元朗 大埔 西贡 沙田 葵青 九龙
    新界 香港岛 港岛 尖沙咀 铜锣湾 旺角 中环 上环 金钟 上水 粉岭 将军澳 大屿山 天水围 赤鱲角 红磡
    屯门区 元朗区 沙田区 荃湾区 观塘区 大埔区 西贡区 葵青区 离岛区 油尖旺区 深水埗区 九龙城区 黄大仙区`),
  ...group('city', 'area of Macao', '澳门半岛 氹仔 路环 路氹'),
  ...group('city', 'city or county of Taiwan', `
    台北 台北市 新北 新北市 桃园市 台中 台中市 台南 台南市 高雄 高雄市 基隆 基隆市 新竹 新竹市 新竹县
    嘉义 嘉义市 嘉义县 宜兰 宜兰县 花莲 花莲县 台东 台东县 屏东 屏东县 南投 南投县 彰化 彰化县 云林
    云林县 苗栗 苗栗县 澎湖 澎湖县 金门县 连江县 马祖 台北县 台中县 台南县 高雄县 桃园县`),
];
