// Bodies news names by their level alone, without a place: the local committees of the
// Communist Party of China and of the Communist Youth League at each level of the
// administrative divisions (中国共产党章程, chapter V, local organizations: 省委, 市委, 县委;
// 共青团章程: 团省委 ...), the Party centre (`党中央`), the discipline commissions (`纪委`) and the
// self-governing committees of villages and residents (村民委员会组织法, 城市居民委员会组织法:
// `村委会`, `居委会`). SPEC.md counts them as optional generic references; they are extracted
// because each names one body in its report (`市委书记`, `被县委评为`), and People's Daily
// annotates them as organizations. README.md (Organizations) records the decision.

export interface GenericBody {
  readonly word: string;
  readonly example: string;
}

/** After these a level word is part of another word: `市委员`, `委托`, `委屈`, `委派`, `委婉`. */
export const GENERIC_BLOCK_NEXT = '员托屈派婉';

const levels = '省 市 县 区 地 州 盟 旗'.split(' ');

export const GENERIC_BODIES: readonly GenericBody[] = [
  ...levels.map((l) => ({ word: `${l}委`, example: `[[${l}委]]书记主持会议` })),
  ...'省 市 县'.split(' ').map((l) => ({ word: `团${l}委`, example: `被[[团${l}委]]评为优秀团员` })),
  ...'乡 镇 村'.split(' ').map((l) => ({ word: `${l}党委`, example: `会上，[[${l}党委]]书记作了发言` })),
  { word: '党中央', example: '[[党中央]]作出决定' },
  { word: '纪委', example: '[[纪委]]的同志找他谈话' },
  { word: '村委会', example: '[[村委会]]主任介绍' },
  { word: '居委会', example: '[[居委会]]组织志愿者' },
];
