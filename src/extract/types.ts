// The shapes every extractor shares. An extractor is a pure function of the cleaned text
// (and, when it asks for them, the tokens) to drafts: no I/O, no clock, no module state.
// Drafts carry offsets into the *cleaned* text (UTF-16 code units); only the offset map
// (src/clean/offset-map.ts) turns them into code-point offsets of the original.

import type { ClauseTokens, CleanText, DictionaryEntry, Kind, MentionType, RefDate, Token } from '../types.js';

export type { ClauseTokens, CleanText, DateType, DictionaryEntry, EntityType, Kind, MentionType, QuantityType, RefDate, Token } from '../types.js';

export type Approx = 'about' | 'over' | 'under';

export interface Context {
  /** `null` when the year of the article is unknown: `5月19日` -> `XXXX-05-19`. */
  readonly refDate: RefDate | null;
  /** Typed entries of the user's dictionaries; read by the library, never by an extractor. */
  readonly dictionary?: readonly DictionaryEntry[];
  /** Tokens on demand; present whenever entity extractors run (absent: rules work without). */
  readonly tokens?: ClauseTokens;
}

/** One mention found by an extractor, in cleaned-text offsets. */
export interface Draft {
  kind: Kind;
  type: MentionType;
  /** Cleaned-text offsets (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  value: string | number | null;
  /** Quantities: the canonical unit (`CNY`, `m2`, `%`, `P3D`, a measure word, or `""`). */
  unit?: string;
  approx?: Approx | null;
  /** Quantities: what the amount measures or counts (`233名党员干部` -> `党员干部`). */
  subject?: string | null;
  /** Ranges (`1-2天`, `3至5万元`): value is null and these carry the bounds. */
  min?: number;
  max?: number;
  /** People: 记者, 通讯员, 编辑, 组版 ... where the text gives one. */
  role?: string;
  /** Id of the rule or dictionary entry that made the draft (kebab-case): shown by --explain. */
  rule: string;
  /**
   * True when `value` is null because the number cannot be held exactly (`99999999999999999亿元`):
   * the text is kept, the value is not guessed, and `--strict` makes the input fail.
   */
  overflow?: boolean;
}

export interface Extractor {
  /** Name used in `--types` filtering and in test folders: `quantity`, `date`, `person` ... */
  readonly name: string;
  readonly kind: Kind;
  /** The types this extractor can emit. */
  readonly types: readonly MentionType[];
  /** True when it needs jieba tokens; the segmenter is loaded only if some extractor asks. */
  readonly needsTokens: boolean;
  /**
   * Words (optionally `word tag`) this extractor wants jieba to keep whole: gazetteer names,
   * organization suffixes. Inserted once, when the segmenter is loaded.
   */
  readonly jiebaWords?: () => Iterable<string>;
  extract(text: CleanText, tokens: readonly Token[] | null, ctx: Context): Draft[];
}
