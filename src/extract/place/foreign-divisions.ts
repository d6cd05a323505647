// Foreign divisions named by a transliteration and a level word (rules/place-levels.ts):
// `塔科马市`, `莱克伍德县`, or a world place of the gazetteer and its level word
// (`布宜诺斯艾利斯|省`). The name is a run of three to eight transliteration characters
// (rules/transliteration.ts), the Xinhua syllable set, that begins where a non-syllable
// character or a known place ends: `美国西北部|塔科马市`.
import { TRANSLITERATION_CHARS } from '../rules/transliteration.js';
import { PLACE_LEVELS, type PlaceLevel } from '../rules/place-levels.js';
import type { PlaceSpan } from './suffix-places.js';
import { charTable } from '../lib/char-table.js';

const SYLLABLES = new Set(TRANSLITERATION_CHARS);
const LEVELS = new Map(PLACE_LEVELS.map((l) => [l.word, l]));
/** The level words' characters, read by code unit: most positions are skipped without a string. */
const LEVEL_CHARS = charTable(LEVELS.keys());
const MIN_NAME = 3;
const MAX_NAME = 8;

/** The foreign divisions of `text`; `known` are the gazetteer spans, sorted and non-overlapping. */
export function findForeignDivisions(text: string, known: readonly PlaceSpan[]): PlaceSpan[] {
  const endsAt = new Map(known.map((k) => [k.end, k]));
  const covered = new Uint8Array(text.length);
  for (const k of known) covered.fill(1, k.start, k.end);
  const out: PlaceSpan[] = [];
  for (let i = 1; i < text.length; i += 1) {
    if (!LEVEL_CHARS[text.charCodeAt(i)]) continue;
    const level = LEVELS.get(text[i] ?? '');
    if (!level || blocks(level, text[i + 1])) continue;
    if (covered[i]) {
      // `南里奥格朗|德州`: a short Chinese name that ends with the level word inside a longer one
      const inner = endsAt.get(i + 1);
      const start = inner && inner.rule.endsWith('-short') && SYLLABLES.has(text[inner.start] ?? '') ? syllableRunStart(text, inner.start, covered, endsAt, 2) : null;
      if (start !== null) out.push({ start, end: i + 1, rule: `place-foreign-${ruleName(level)}`, rank: level.rank, attach: false });
      continue;
    }
    const before = endsAt.get(i);
    if (before) {
      // `布宜诺斯艾利斯|省`: the level word extends a city or state named without it
      if (before.rank >= 1 && before.rank <= 2) out.push({ start: i, end: i + 1, rule: `place-level-${ruleName(level)}`, rank: 5, attach: true });
      continue;
    }
    const start = syllableRunStart(text, i, covered, endsAt);
    if (start !== null) out.push({ start, end: i + 1, rule: `place-foreign-${ruleName(level)}`, rank: level.rank, attach: false });
  }
  return out;
}

/** Where the run of syllables before `end` begins, or null when it is shorter than `min` or too long. */
function syllableRunStart(
  text: string,
  end: number,
  covered: Uint8Array,
  endsAt: ReadonlyMap<number, PlaceSpan>,
  min = MIN_NAME,
): number | null {
  let p = end;
  while (p > 0 && end - p < MAX_NAME + 1 && SYLLABLES.has(text[p - 1] ?? '') && !covered[p - 1]) {
    p -= 1;
    if (endsAt.has(p)) break;
  }
  const length = end - p;
  if (length < min || length > MAX_NAME) return null;
  // the run must stop at a real edge, not in the middle of more syllables
  return SYLLABLES.has(text[p - 1] ?? '') && !endsAt.has(p) && !covered[p - 1] ? null : p;
}

/** True when the next character makes the level word another word (`市场`); never at the end. */
function blocks(level: PlaceLevel, next: string | undefined): boolean {
  return next !== undefined && level.blockNext.includes(next);
}

function ruleName(level: PlaceLevel): string {
  return { 省: 'province', 州: 'state', 邦: 'state', 市: 'city', 郡: 'county', 县: 'county' }[level.word] ?? 'division';
}
