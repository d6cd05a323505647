// One-character abbreviations of places, as the news register writes them in pairs
// (`中美关系`, `中日韩`, `京津冀`, `粤港澳`) and after a verb of travel or stay (`访华`, `赴美`,
// `驻华`, `来京`). A bare character is never a place: place/abbreviations.ts reads one only in
// those contexts, each a mention of its own (`中美` is two places, China and the United States).
//
// Sources:
// - Countries and continents: the one-character forms of the Xinhua style of international
//   news (新华社 usage in `中X关系`, `X两国`: 美 United States, 俄 Russia, 日 Japan ...).
// - China's provinces, autonomous regions, municipalities and SARs: the official 简称 of the
//   national list of provincial-level divisions (京 津 沪 渝 冀 晋 蒙 辽 吉 黑 苏 浙 皖 闽 赣 鲁
//   豫 鄂 湘 粤 桂 琼 川/蜀 贵/黔 云/滇 藏 陕/秦 甘/陇 青 宁 新 港 澳 台).
// Characters whose other readings swamp the place in running text (西 Spain and 南 South Africa
// in `中西部`, `东南`; 黑 in `黑白`; 老 Laos in `中老年`) are left out.

export interface PlaceAbbreviation {
  readonly char: string;
  /** The place it stands for (documentation; the mention's value is the character as written). */
  readonly place: string;
  /** True when it is also read alone after a verb of travel (`访华`, `赴美`, `来京`). */
  readonly afterVerb: boolean;
  /** True when it is read in a pair (`中美`); false for 华, which pairs only in set phrases. */
  readonly inPairs: boolean;
  readonly example: string;
}

const row = (char: string, place: string, afterVerb: boolean, example: string, inPairs = true): PlaceAbbreviation => ({
  char,
  place,
  afterVerb,
  inPairs,
  example,
});

export const PLACE_ABBREVIATIONS: readonly PlaceAbbreviation[] = [
  // Countries and continents (Xinhua usage).
  row('中', '中国', false, '[[中]]美关系'),
  row('华', '中国', true, '访[[华]]期间', false),
  row('美', '美国', true, '赴[[美]]留学'),
  row('俄', '俄罗斯', true, '中[[俄]]两国'),
  row('日', '日本', true, '中[[日]]韩三国'),
  row('韩', '韩国', true, '中日[[韩]]三国'),
  row('朝', '朝鲜', false, '中[[朝]]边境'),
  row('英', '英国', true, '[[英]]法两国'),
  row('法', '法国', false, '英[[法]]两国'),
  row('德', '德国', true, '中[[德]]关系'),
  row('意', '意大利', false, '英[[意]]两国'),
  row('加', '加拿大', false, '中[[加]]关系'),
  row('澳', '澳大利亚 / 澳门', false, '港[[澳]]同胞'),
  row('印', '印度', false, '中[[印]]边界'),
  row('巴', '巴基斯坦', false, '中[[巴]]两国'),
  row('越', '越南', false, '中[[越]]边境'),
  row('泰', '泰国', false, '中[[泰]]铁路'),
  row('菲', '菲律宾', false, '中[[菲]]关系'),
  row('蒙', '蒙古 / 内蒙古', false, '中[[蒙]]边境'),
  row('以', '以色列', false, '巴[[以]]冲突'),
  row('伊', '伊朗 / 伊拉克', false, '美[[伊]]关系'),
  row('埃', '埃及', false, '中[[埃]]两国'),
  row('葡', '葡萄牙', false, '中[[葡]]两国'),
  row('荷', '荷兰', false, '中[[荷]]关系'),
  row('匈', '匈牙利', false, '中[[匈]]两国'),
  row('墨', '墨西哥', false, '美[[墨]]边境'),
  row('欧', '欧洲', false, '中[[欧]]关系'),
  row('亚', '亚洲', false, '[[亚]]欧之间'),
  row('非', '非洲', false, '中[[非]]合作'),
  row('苏', '苏联 / 江苏', false, '中[[苏]]关系'),
  // Provincial-level divisions of China (official 简称).
  row('京', '北京', true, '[[京]]津冀协同发展'),
  row('津', '天津', false, '京[[津]]冀协同发展'),
  row('沪', '上海', true, '来[[沪]]工作'),
  row('渝', '重庆', true, '川[[渝]]地区'),
  row('冀', '河北', false, '京津[[冀]]协同发展'),
  row('晋', '山西', false, '[[晋]]陕两省'),
  row('辽', '辽宁', false, '[[辽]]吉两省'),
  row('吉', '吉林', false, '辽[[吉]]两省'),
  row('浙', '浙江', false, '苏[[浙]]两省'),
  row('皖', '安徽', false, '苏[[皖]]两省'),
  row('闽', '福建', false, '[[闽]]台交流'),
  row('赣', '江西', false, '湘[[赣]]边界'),
  row('鲁', '山东', false, '[[鲁]]豫两省'),
  row('豫', '河南', false, '鲁[[豫]]两省'),
  row('鄂', '湖北', false, '湘[[鄂]]两省'),
  row('湘', '湖南', false, '[[湘]]鄂两省'),
  row('粤', '广东', false, '[[粤]]港两地'),
  row('桂', '广西', false, '粤[[桂]]两省区'),
  row('琼', '海南', false, '[[琼]]粤两省'),
  row('川', '四川', false, '[[川]]渝地区'),
  row('黔', '贵州', false, '[[黔]]桂两省区'),
  row('滇', '云南', false, '[[滇]]黔两省'),
  row('藏', '西藏', true, '进[[藏]]路线'),
  row('陕', '陕西', false, '晋[[陕]]两省'),
  row('甘', '甘肃', false, '[[甘]]青两省'),
  row('青', '青海', false, '甘[[青]]两省'),
  row('宁', '宁夏', false, '甘[[宁]]两省区'),
  row('港', '香港', false, '粤[[港]]两地'),
  row('台', '台湾', false, '港澳[[台]]同胞'),
];

/** Verbs of travel and stay before a single abbreviation: `访华`, `赴美`, `驻华`, `来京`, `旅日`. */
export const ABBREVIATION_VERBS: readonly { readonly char: string; readonly example: string }[] = [
  { char: '访', example: '访[[华]]期间' },
  { char: '来', example: '来[[京]]参加会议' },
  { char: '赴', example: '赴[[美]]留学' },
  { char: '驻', example: '驻[[华]]大使' },
  { char: '旅', example: '旅[[美]]华人' },
  { char: '抵', example: '抵[[京]]访问' },
  { char: '离', example: '离[[京]]回国' },
  { char: '返', example: '返[[京]]后' },
  { char: '在', example: '在[[华]]投资' },
  { char: '对', example: '对[[华]]政策' },
  { char: '留', example: '留[[美]]归来' },
  { char: '进', example: '进[[京]]赶考' },
  { char: '援', example: '援[[藏]]干部' },
  { char: '涉', example: '涉[[华]]问题' },
];

/**
 * Countries whose one-character form stands before a head word of the state (`中方`, `美军`,
 * `俄总统`, `日首相`): the most frequent forms of Xinhua's international news. `美军` is left to
 * the organization rules: an armed force is a body, not a place.
 */
export const HEAD_ABBREVIATIONS = '中美俄日韩朝英法德';

/** Head words after such a country form; `notAfter` lists the forms that make another word (`中军`). */
export const ABBREVIATION_HEADS: readonly { readonly word: string; readonly notAfter?: string; readonly example: string }[] = [
  { word: '方', example: '[[美]]方表示同意' },
  { word: '总统', example: '[[俄]]总统发表讲话' },
  { word: '总理', example: '[[日]]总理访问欧洲' },
  { word: '首相', example: '[[英]]首相出席会议' },
  { word: '外长', example: '[[德]]外长抵达北京' },
];

/** Words a verb and an abbreviation make that are no travel (`来日方长`: the days to come). */
export const NOT_VERB_WORDS: readonly string[] = ['来日'];

/** Characters that make an abbreviation the name of a currency (`对日元`, `兑美元`, `英镑`). */
export const CURRENCY_CHARS = '元币镑';

/**
 * Words after a pair that show it names the places: `中美|两国`, `中日韩|三国`, `美韩|军演`.
 * jieba glues some of them to the last abbreviation (`韩三国`), so they are read from the text.
 * From the vocabulary of international and regional news.
 */
export const PAIR_HEADS: readonly string[] = [
  '两国', '三国', '四国', '两省', '三省', '三地', '两地', '两岸', '双方', '关系', '之间', '边界',
  '边境', '建交', '合作', '首脑', '会谈', '峰会', '贸易', '联合', '友好', '同盟', '军演', '联军',
  '冲突', '战争', '交流', '地区', '协同', '一体化', '大湾区', '同胞', '高铁', '铁路', '公路', '高速',
];

/**
 * Words after a pair of city abbreviations that make it the name of a market or an index, not
 * two places (`沪深两市`, `沪深300`, `沪深指数`); digits and Latin letters do the same.
 */
export const MARKET_WORDS: readonly string[] = ['两市', '股市', '股票', '指数', '基金', '交易所', '证券', '大盘', '成指', 'A股', 'B股', 'Ａ股', 'Ｂ股'];

/**
 * Words made only of table characters that are everyday words or names, not pairs of places
 * (`加以`, `非法`, `美德`, `以德治国`, `韩非`, `苏菲`): read from jieba's dictionary, its words
 * of two or three table characters that are no pair of places. A run that holds one is no pair.
 */
export const NOT_PAIR_WORDS: readonly string[] = `
  加以 非法 辽朝 美德 越加 加法 甘美 美意 中意 意中 朝日 吉日 宁日 藏青 晋朝 加意 法意 以德 以法
  加印 中青 中藏 中京 苏宁 亚泰 葡京 印加 苏台 德川 中川 吉川 韩非 苏菲 巴德 德鲁 埃德 伊德
  甘德 亚德 加德 德吉 台吉 苏非 巴鲁 鲁吉 菲亚 德加 鲁德 德菲 法伊 巴伊 伊亚 加伊 吉泰 鲁蒙
  琼英 菲英 巴菲`.split(/\s+/u).filter(Boolean);
