// Level words of foreign divisions, after a transliterated name (`塔科马市`, `莱克伍德县`,
// `萨塞克斯郡`, `拉贾斯坦邦`) or after a world place of the gazetteer that is named
// without it (`布宜诺斯艾利斯省`). The Chinese press writes a foreign division as the Xinhua
// transliteration plus the level word of the Chinese division of the same rank (GB/T 17693).
// place/foreign-divisions.ts reads them; China's own divisions are in the gazetteer.

export interface PlaceLevel {
  readonly word: string;
  /** Division rank (place/division-names.ts): 1 state or province, 2 city, 3 county. */
  readonly rank: number;
  /** Characters after the word that make it another word (`市场`, `州长`, `县城`). */
  readonly blockNext: string;
  readonly example: string;
}

export const PLACE_LEVELS: readonly PlaceLevel[] = [
  { word: '省', rank: 1, blockNext: '长委份会级内外', example: '洪水威胁[[布宜诺斯艾利斯省]]' },
  { word: '州', rank: 1, blockNext: '长立委议政府内', example: '来自[[萨克森州]]的议员' },
  { word: '邦', rank: 1, blockNext: '交长政府议', example: '核试验场位于[[拉贾斯坦邦]]' },
  { word: '市', rank: 2, blockNext: '场民长委政级区值面价容中郊', example: '美国西北部[[塔科马市]]最近' },
  { word: '郡', rank: 2, blockNext: '主王长', example: '试验在[[萨塞克斯郡]]进行' },
  { word: '县', rank: 3, blockNext: '长委城级政里', example: '她家住[[莱克伍德县]]' },
];
