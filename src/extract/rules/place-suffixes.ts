// Words that end a place name built from a proper name: `后太平村`, `建鑫社区`, `山大北路`,
// `聚隆商圈`, `佛慧山`, `大明湖`. The name before the suffix is found by place/suffix-places.ts
// (2 to `maxName` characters, bounded on the left by rules/name-boundaries.ts).

export interface PlaceSuffix {
  /** Rule id of the drafts it makes (kebab-case). */
  readonly id: string;
  readonly word: string;
  /** Longest name allowed before it (`悦立方` + `旅游休闲街区`: 3; `百花公园` + `社区`: 4). */
  readonly maxName: number;
  /**
   * True when it may directly follow another place and extend it: `百花公园` + `社区`,
   * `洪楼广场` + `片区`, `泰山` + `路`. False for kinds that after a bare division make an honour
   * or a category, not a place: `获评山东省旅游休闲街区`.
   */
  readonly afterPlace: boolean;
  /** Characters that, right after the suffix, show it is part of another word (`路线`, `山区`). */
  readonly blockNext?: string;
  /** Characters that, right before the suffix, make it a common word (`农村`, `乡村`, `深山`). */
  readonly blockPrev?: string;
  /**
   * True for kinds that are also everyday nouns, objects of verbs (`实现社区全覆盖`,
   * `服务街道`): the name read leftwards also stops after a common verb (rules/common-verbs.ts).
   */
  readonly objectNoun?: boolean;
  /**
   * Division rank (place/division-names.ts: 0 country ... 4 street) the place before must have
   * at least, for a bare suffix that extends it: `台湾地区` (a province), not `亚洲地区`.
   */
  readonly minRank?: number;
  readonly example: string;
}

export const PLACE_SUFFIXES: readonly PlaceSuffix[] = [
  // Neighbourhoods and sub-districts of a city: the units local news reports from.
  { id: 'place-community', word: '社区', objectNoun: true, maxName: 5, afterPlace: true, example: '在[[建鑫社区]]开展' },
  { id: 'place-estate', word: '小区', objectNoun: true, maxName: 5, afterPlace: true, example: '推进[[百花公园社区洪南小区]]的' },
  { id: 'place-subdistrict', word: '街道', objectNoun: true, maxName: 5, afterPlace: false, blockNext: '办', example: '这一年,[[山大路街道]]创新' },
  { id: 'place-quarter', word: '片区', objectNoun: true, maxName: 5, afterPlace: true, example: '在[[洪楼广场片区]]城市更新项目中' },
  { id: 'place-shopping-area', word: '商圈', objectNoun: true, maxName: 5, afterPlace: true, example: '[[聚隆商圈]]建立' },
  { id: 'place-leisure-block', word: '旅游休闲街区', maxName: 5, afterPlace: false, example: '[[悦立方旅游休闲街区]]获评' },
  { id: 'place-heritage-block', word: '历史文化街区', maxName: 5, afterPlace: true, example: '[[芙蓉街历史文化街区]]' },
  { id: 'place-block', word: '街区', objectNoun: true, maxName: 5, afterPlace: true, example: '[[宽厚里街区]]' },
  { id: 'place-new-village', word: '新村', maxName: 4, afterPlace: true, example: '[[幸福新村]]' },
  { id: 'place-village', word: '村', objectNoun: true, maxName: 4, afterPlace: true, blockPrev: '农乡渔本全各该每邻同政然中向', blockNext: '民委庄级里干集落镇务医居史两', example: '与[[长清区后太平村]]签订' },
  { id: 'place-town', word: '镇', objectNoun: true, maxName: 4, afterPlace: false, blockPrev: '城乡村集重古小', blockNext: '长政级区', example: '[[王舍人镇]]' },
  { id: 'place-township', word: '乡', objectNoun: true, maxName: 4, afterPlace: false, blockPrev: '城下家同故他老返回思还轮', blockNext: '村镇亲情愁贤土间长政级里下音', example: '[[仲宫乡]]' },
  // Streets, squares, parks and campuses.
  { id: 'place-avenue', word: '大街', maxName: 4, afterPlace: true, example: '[[长安大街]]' },
  { id: 'place-boulevard', word: '大道', maxName: 4, afterPlace: true, blockNext: '理', example: '[[世纪大道]]' },
  { id: 'place-road-north', word: '北路', maxName: 4, afterPlace: true, example: '在[[山大北路]]46号' },
  { id: 'place-road-south', word: '南路', maxName: 4, afterPlace: true, example: '[[山大南路]]' },
  { id: 'place-road-east', word: '东路', maxName: 4, afterPlace: true, example: '[[解放东路]]' },
  { id: 'place-road-west', word: '西路', maxName: 4, afterPlace: true, example: '[[经十西路]]' },
  { id: 'place-road', word: '路', maxName: 4, afterPlace: true, blockPrev: '道公铁马线网水陆一出思退前后来去老绝歧迷活生死末门电正半学速土有然', blockNext: '线径段面灯况网演子上长口边过费', example: '[[泉城路]]' },
  { id: 'place-street', word: '街', maxName: 4, afterPlace: true, blockPrev: '上大老逛沿临满条', blockNext: '道头面坊巷区上边', example: '[[芙蓉街]]' },
  { id: 'place-scenic-area', word: '风景区', maxName: 4, afterPlace: true, example: '[[崂山风景区]]日均接待游客' },
  { id: 'place-scenic-spot', word: '景区', maxName: 4, afterPlace: true, blockPrev: '各该本全等', example: '到[[千佛山景区]]游玩' },
  { id: 'place-square', word: '广场', maxName: 4, afterPlace: true, example: '[[洪楼广场]]' },
  { id: 'place-park', word: '公园', maxName: 4, afterPlace: true, example: '[[百花公园]]' },
  { id: 'place-campus-south', word: '南院', maxName: 3, afterPlace: true, example: '推进[[山大南院]]危房' },
  { id: 'place-campus-north', word: '北院', maxName: 3, afterPlace: true, example: '[[山大北院]]' },
  { id: 'place-campus', word: '校区', maxName: 4, afterPlace: true, blockPrev: '新老', example: '[[长清校区]]' },
  // Sites of transport and named buildings: `首都国际机场`, `上水火车站`, `长江大桥`, `双辉大厦`.
  { id: 'place-airport-intl', word: '国际机场', maxName: 3, afterPlace: true, example: '在[[浦东国际机场]]降落' },
  { id: 'place-airport', word: '机场', maxName: 3, afterPlace: true, blockPrev: '小大新旧老该本各军', blockNext: '路费建税', example: '飞机降落在[[德黑兰机场]]' },
  { id: 'place-railway-station', word: '火车站', maxName: 4, afterPlace: true, example: '到[[上水火车站]]' },
  { id: 'place-highway', word: '高速公路', maxName: 4, afterPlace: true, example: '[[沈大高速公路]]' },
  { id: 'place-road-highway', word: '公路', maxName: 3, afterPlace: true, blockPrev: '国省县乡村山界', blockNext: '局段网运桥', example: '在[[元朗公路]]行驶' },
  { id: 'place-bridge', word: '大桥', maxName: 4, afterPlace: true, example: '[[长江大桥]]通车' },
  { id: 'place-tower', word: '大厦', maxName: 4, afterPlace: true, example: '在[[浦江双辉大厦]]办公' },
  { id: 'place-bay', word: '湾', maxName: 3, afterPlace: true, blockPrev: '海港台河水江峡', blockNext: '区里内景畔', example: '据了解，[[亚龙湾]]是' },
  { id: 'place-island', word: '岛', maxName: 3, afterPlace: true, blockPrev: '半列群海小本全该宝孤荒离上', blockNext: '国屿链内上民', example: '在[[海南岛]]' },
  // A harbour and a region named by the place alone: `悉尼港`, `台湾地区` (never from a bare name;
  // a region only after a division of China or a state's part, not after `亚洲`, `中东`).
  { id: 'place-harbour', word: '港', maxName: 0, afterPlace: true, blockNext: '人口币元澳股台资务城区', example: '饱览[[悉尼港]]全景' },
  { id: 'place-region', word: '地区', maxName: 0, afterPlace: true, minRank: 1, example: '[[台湾地区]]史上最高' },
  // Zones: `太白湖新区`, `济南高新区`.
  { id: 'place-new-district', word: '新区', maxName: 4, afterPlace: true, example: '[[太白湖新区]]' },
  { id: 'place-development-zone', word: '开发区', maxName: 4, afterPlace: true, example: '[[济南高新技术开发区]]' },
  { id: 'place-lake-district', word: '湖区', maxName: 3, afterPlace: true, example: '到[[太白湖区]]' },
  // Mountains, lakes, rivers, springs: one-character names are in rules/place-names.ts.
  { id: 'place-mountain', word: '山', maxName: 3, afterPlace: false, blockPrev: '上下深高大小江青火冰靠爬登进出群荒远后前如年场', blockNext: '区脉坡顶下上间水林村路洞体头寨东西南北河地里芋药羊歌', example: '登上[[佛慧山]]' },
  { id: 'place-lake', word: '湖', maxName: 3, afterPlace: false, blockPrev: '江河', blockNext: '区面水边畔南北泊', example: '[[大明湖]]' },
  { id: 'place-river', word: '河', maxName: 3, afterPlace: false, blockPrev: '江山银界运护内小大冰长', blockNext: '道流水边畔南北湖长段岸', example: '[[小清河]]' },
  { id: 'place-spring', word: '泉', maxName: 3, afterPlace: false, blockPrev: '温山清源', blockNext: '水眼', example: '[[趵突泉]]' },
];
