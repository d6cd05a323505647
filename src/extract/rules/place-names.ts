// Places that no division table lists but news names all the time. Each group says why
// it exists; each entry is a name as written. The gazetteer (place/gazetteer.ts) adds
// them to the division names, so they match the same way (longest first, chains allowed).
import type { DivisionLevel } from '../place/division-names.js';

export interface PlaceName {
  readonly name: string;
  readonly level: DivisionLevel;
  /** Why the entry exists (a nickname, a river no suffix rule can find ...). */
  readonly why: string;
}

const group = (level: DivisionLevel, why: string, names: string): PlaceName[] =>
  names.split(/\s+/u).filter(Boolean).map((name) => ({ name, level, why }));

export const PLACE_NAMES: readonly PlaceName[] = [
  // The country itself (`中国` is the most frequent place of all) and the regions the division
  // data keeps in a separate file (`香港`, `澳门`, `台湾`).
  ...group('country', 'the country and its usual names', '中国 中华人民共和国 新中国'),
  ...group('province', 'kept by the division data in a separate file', '香港 澳门 台湾 香港特别行政区 澳门特别行政区 台湾省 香港特区 澳门特区'),
  // Foreign countries and regions, as national news names them (`支援湖北` has its peers
  // `访问美国`, `中美`): the short forms used in running text.
  ...group('country', 'foreign country', `
    美国 日本 韩国 朝鲜 俄罗斯 英国 法国 德国 意大利 西班牙 葡萄牙 荷兰 比利时 瑞士 瑞典 挪威
    丹麦 芬兰 冰岛 爱尔兰 奥地利 波兰 捷克 斯洛伐克 匈牙利 罗马尼亚 保加利亚 希腊 塞尔维亚
    克罗地亚 乌克兰 白俄罗斯 立陶宛 拉脱维亚 爱沙尼亚 土耳其 以色列 巴勒斯坦 伊朗 伊拉克
    叙利亚 约旦 黎巴嫩 沙特阿拉伯 沙特 阿联酋 卡塔尔 科威特 阿曼 也门 埃及 利比亚 突尼斯
    阿尔及利亚 摩洛哥 苏丹 埃塞俄比亚 肯尼亚 坦桑尼亚 尼日利亚 加纳 南非 安哥拉 赞比亚
    津巴布韦 莫桑比克 马达加斯加 印度 巴基斯坦 孟加拉国 斯里兰卡 尼泊尔 不丹 阿富汗 哈萨克斯坦
    乌兹别克斯坦 吉尔吉斯斯坦 塔吉克斯坦 土库曼斯坦 蒙古国 越南 老挝 柬埔寨 泰国 缅甸
    马来西亚 新加坡 印度尼西亚 印尼 菲律宾 文莱 东帝汶 澳大利亚 新西兰 加拿大 墨西哥 古巴
    巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 乌拉圭 巴拉圭 厄瓜多尔 玻利维亚 巴拿马`),
  ...group('country', 'continent or world region', '亚洲 欧洲 非洲 北美洲 南美洲 拉丁美洲 大洋洲 南极洲 中东 东南亚'),
  // Regions below the province that are not divisions (`华北`, `长三角` in economic news).
  // Regions written as a pair of abbreviations (`京津冀`) are read by place/abbreviations.ts.
  ...group('province', 'economic or geographic region', `
    华北 华东 华南 华中 长三角 珠三角 粤港澳大湾区 大湾区 胶东半岛 黄淮 江淮 江汉 成渝
    东北地区 西北地区 西南地区 东北 西北 西南`),
  // Landmarks that national news names as places without a kind word (`在人民大会堂举行`):
  // the best-known sites of the capital and the country.
  ...group('area', 'national landmark', '人民大会堂 天安门 中南海 故宫 紫禁城 万里长城 颐和园 圆明园 钓鱼台 外滩 西柏坡 井冈山'),
  // Nicknames of cities: `泉城` is 济南 (the gold of a Jinan page marks it), `鹏城` 深圳.
  ...group('city', 'nickname of a city', '泉城 春城 羊城 鹏城 榕城 蓉城 冰城 鹭岛'),
  // Rivers, lakes, mountains whose name is one character plus the suffix, too short for the
  // suffix rule (`黄河` = 黄 + 河), and famous ones written without a suffix (`洱海`).
  ...group('area', 'river with a one-character name', '黄河 长江 淮河 汉江 珠江 湘江 赣江 闽江 渭河 汾河 泾河 辽河 海河 松花江 黑龙江 雅鲁藏布江 大运河'),
  ...group('area', 'lake or sea with a short name', '太湖 巢湖 洱海 滇池 西湖 东湖 渤海 黄海 东海 南海 青海湖 鄱阳湖 洞庭湖 南四湖 微山湖 东平湖'),
  ...group('area', 'mountain with a one-character name', '泰山 华山 衡山 嵩山 恒山 黄山 庐山 峨眉山 昆仑山 天山 秦岭 太行山 沂蒙山 蒙山 崂山'),
  // Development zones stand alone as places in local news (`为任城区、高新区、太白湖新区和
  // 经济技术开发区...提供`): generic in form, but each names the zone of the city in question.
  ...group('area', 'development zone named by its kind', '高新区 经开区 经济技术开发区 高新技术产业开发区 经济开发区 保税区 自贸区 综合保税区'),
];
