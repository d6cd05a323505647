// Words that follow a place inside one jieba word without making it another word: the
// segmenter's dictionary holds `法国总理`, `日本首相`, `荷兰人`, `中国人民` as single words, and
// the place at their start is still a mention (place/word-veto.ts does not veto it). From the
// heads a place name takes in the news register: its people, its leaders, its state and parts.

export interface PlaceHead {
  readonly word: string;
  readonly example: string;
}

const heads = (words: string, example: (w: string) => string): PlaceHead[] =>
  words.split(/\s+/u).filter(Boolean).map((word) => ({ word, example: example(word) }));

export const PLACE_HEADS: readonly PlaceHead[] = [
  // its people
  ...heads('人 籍 人民 民众 公民 同胞 侨民 华侨 华人 青年 妇女 学生 朋友 老乡', (w) => `许多[[荷兰]]${w}来到这里`),
  // its leaders and envoys
  ...heads('总理 首相 总统 副总统 国王 女王 外长 外交部长 防长 国防部长 大使 总督 元首 领导人 代表团 代表', (w) => `[[法国]]${w}表示赞赏`),
  // its state, land and parts
  ...heads('议会 方面 国内 境内 全国 各地 全境 首都 南部 北部 东部 西部 中部 沿海 内地 经济 社会 市场 历史 文化', (w) => `[[日本]]${w}出现了新变化`),
];
