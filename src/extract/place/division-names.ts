// The names of China's administrative divisions as news writes them: the full name
// (`济南市`, `泗水县`, `新疆维吾尔自治区`) and the short form without the level word
// (`济南`, `泗水`, `新疆`). Pure string functions; the data is read in gazetteer.ts.

/** Level of a division, shallow to deep: a chain (`山东济南历城区`) only goes deeper. */
export type DivisionLevel = 'country' | 'province' | 'city' | 'area' | 'street';

export const LEVEL_RANK: Readonly<Record<DivisionLevel, number>> = {
  country: 0,
  province: 1,
  city: 2,
  area: 3,
  street: 4,
};

/**
 * Ethnic names inside autonomous divisions, stripped for the short form:
 * `恩施土家族苗族自治州` -> `恩施`, `伊犁哈萨克自治州` -> `伊犁`. Longest first is applied below.
 */
const ETHNIC_NAMES = [
  '维吾尔', '哈萨克', '柯尔克孜', '塔吉克', '蒙古', '锡伯', '达斡尔', '鄂温克', '鄂伦春',
  '土家', '布依', '哈尼', '傈僳', '景颇', '毛南', '仫佬', '仡佬', '纳西', '拉祜', '普米',
  '独龙', '阿昌', '德昂', '布朗', '基诺', '裕固', '东乡', '保安', '撒拉', '朝鲜',
  '回', '壮', '藏', '苗', '彝', '侗', '白', '傣', '瑶', '羌', '黎', '畲', '满', '水', '佤',
  '土', '怒', '各',
].sort((a, b) => b.length - a.length);

/** Level words that end a division name; the short form drops them (`泗水县` -> `泗水`, `浦东新区` -> `浦东`). */
const LEVEL_WORDS = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '省', '市', '区', '县', '旗', '盟'];

/** Pseudo-entries of the data that name no place (`市辖区`, `省直辖县级行政区划`). */
export function isPseudoDivision(name: string): boolean {
  return name === '市辖区' || name === '县' || name.includes('直辖') || name.includes('行政区划');
}

/** Strips trailing ethnic names: `恩施土家族苗族` -> `恩施`; keeps at least two characters. */
function stripEthnic(stem: string): string {
  let s = stem;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC_NAMES) {
      for (const form of [`${e}族`, e]) {
        if (s.endsWith(form) && s.length - form.length >= 2) {
          s = s.slice(0, -form.length);
          changed = true;
          break;
        }
      }
      if (changed) break;
    }
  }
  return s;
}

/**
 * The short form of a division name, or null when it would be under two characters
 * (`沙县` has none) or the name has no level word. `济南市` -> `济南`,
 * `新疆维吾尔自治区` -> `新疆`, `延边朝鲜族自治州` -> `延边`, `锡林郭勒盟` -> `锡林郭勒`.
 */
export function shortDivisionName(full: string): string | null {
  const level = LEVEL_WORDS.find((w) => full.endsWith(w));
  if (!level) return null;
  let stem = full.slice(0, -level.length);
  if (level.startsWith('自治') || level === '特别行政区') stem = stripEthnic(stem);
  return stem.length >= 2 && stem !== full ? stem : null;
}

/** Street-level names (`山大路街道`, `长沟镇`) are used in their full form only. */
export function isStreetName(name: string): boolean {
  return name.length >= 3 && (name.endsWith('街道') || name.endsWith('镇') || name.endsWith('乡'));
}
