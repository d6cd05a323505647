// Words that qualify an amount: `约3吨`, `近700万元`, `600多万元`, `5000万元以上`, `3吨左右`.
// The mention runs from the first such word to the last (SPEC.md). `position` says where the
// word stands: `pre` before the number, `mid` between the number and its magnitude or unit
// (`600多万元`, `2万余份`, `十几个`), `post` after the unit.
import type { Approx } from '../types.js';

export interface ApproxRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly position: 'pre' | 'mid' | 'post';
  readonly approx: Approx;
  /**
   * Characters that, just before the word, make it part of another word: `附近3公里` is not
   * "nearly 3 km", `节约3吨` not "about 3 t".
   */
  readonly notAfter?: string;
  readonly example: string;
}

export const APPROX_WORDS: readonly ApproxRule[] = [
  { id: 'approx-about-pre', words: ['约', '大约', '大概', '约合', '约为'], position: 'pre', approx: 'about', notAfter: '节签预制合履违特公条相守', example: '约3吨' },
  { id: 'approx-under-pre', words: ['近', '将近', '接近', '不到', '不足', '未满', '不满', '不超过', '最多'], position: 'pre', approx: 'under', notAfter: '附最邻靠贴亲逼', example: '近700万元' },
  { id: 'approx-over-pre', words: ['超', '超过', '逾', '多于', '不少于', '不低于', '至少', '高于'], position: 'pre', approx: 'over', notAfter: '赶高', example: '超过3000人' },
  // `上百名`, `上万人`: `上` only before a bare 百/千/万/亿 (checked in quantity/match.ts)
  { id: 'approx-over-shang', words: ['上'], position: 'pre', approx: 'over', example: '上百名' },
  { id: 'approx-over-mid', words: ['余', '多'], position: 'mid', approx: 'over', example: '600多万元' },
  // `十几个` is 10 and more; `几十` (no value) is read as a vague number, not here
  { id: 'approx-over-ji', words: ['几'], position: 'mid', approx: 'over', example: '十几个' },
  { id: 'approx-about-lai', words: ['来'], position: 'mid', approx: 'about', example: '二十来个' },
  { id: 'approx-over-post', words: ['以上', '之多', '有余'], position: 'post', approx: 'over', example: '5000万元以上' },
  // `3年多`: a trailing 多 only after a length of time (DurationRule.trailingDuo)
  { id: 'approx-over-post-duo', words: ['多'], position: 'post', approx: 'over', example: '3年多' },
  { id: 'approx-under-post', words: ['以下', '以内', '之内'], position: 'post', approx: 'under', example: '3天以内' },
  { id: 'approx-about-post', words: ['左右', '上下'], position: 'post', approx: 'about', example: '3吨左右' },
];
