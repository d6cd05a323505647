// Japanese names as Chinese news writes them: the family name in its simplified Chinese form
// (`桥本`, `田中`), a given name of one to three characters (`龙太郎`), and the titles that
// follow a Japanese name (`首相`, `外相`, `社长`). Read by person/japanese.ts.
// Each row's `example` is run as a test (test/unit/foreign-person.test.ts): `[[ ]]` marks the name.
//
// Source of the surnames: the list of the most common Japanese family names in Wikipedia
// ("List of common Japanese surnames" / 日本姓氏排名, after the Meiji Yasuda Life survey), the
// two- and three-character names of its first hundred or so, written in simplified Chinese
// characters (鈴木 -> 铃木, 渡邊 -> 渡边, 齋藤 -> 斋藤). One-character names (林, 森, 原) are
// left out: they are Chinese surnames too, which the Chinese name rules read.

import type { ForeignCueRule } from './foreign-context.js';

export const JAPANESE_SURNAMES: readonly string[] = [
  '佐藤', '铃木', '高桥', '田中', '伊藤', '渡边', '山本', '中村', '小林', '加藤', '吉田', '山田',
  '佐佐木', '山口', '松本', '井上', '木村', '斋藤', '清水', '山崎', '阿部', '池田', '桥本', '山下',
  '石川', '中岛', '前田', '藤田', '小川', '后藤', '冈田', '长谷川', '村上', '近藤', '石井', '坂本',
  '远藤', '青木', '藤井', '西村', '福田', '太田', '三浦', '藤原', '冈本', '松田', '中川', '中野',
  '原田', '小野', '田村', '竹内', '金子', '和田', '中山', '石田', '上田', '森田', '柴田', '酒井',
  '工藤', '横山', '宫崎', '宫本', '内田', '高木', '安藤', '岛田', '谷口', '大野', '丸山', '今井',
  '高田', '藤本', '武田', '村田', '上野', '杉山', '增田', '平野', '大冢', '千叶', '久保', '松井',
  '小岛', '岩崎', '樱井', '野口', '松尾', '野村', '木下', '菊地', '佐野', '大西', '杉本', '新井',
  '浅野', '松下', '小松', '森本', '宫田', '西田', '山内', '服部', '小山', '市川',
];

/**
 * Titles after (or before) a Japanese name, besides those of rules/foreign-context.ts.
 * Source: general knowledge of Japanese offices as Chinese news renders them (the ministers'
 * `……相`, the cabinet secretary, company heads, the sports manager `监督`).
 */
export const JAPANESE_TITLES: readonly ForeignCueRule[] = [
  {
    id: 'japanese-minister',
    words: ['首相', '外相', '藏相', '法相', '文相', '厚相', '农相', '通产相', '运输相', '防卫相',
      '防卫厅长官', '官房长官', '内阁官房长官', '干事长', '知事'],
    example: '[[田中]]外相今天表示',
  },
  {
    id: 'japanese-company-head',
    words: ['会长', '社长', '副社长', '理事长', '监督'],
    example: '商社会长[[山口健太郎]]等人出席',
  },
];
