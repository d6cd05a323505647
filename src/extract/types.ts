// The shapes every extractor shares. An extractor is a pure function of the cleaned text
// (and, when it asks for them, the tokens) to drafts: no I/O, no clock, no module state.
// Drafts carry offsets into the *cleaned* text (UTF-16 code units); only the offset map
// (src/clean/offset-map.ts) turns them into code-point offsets of the original.

export type Kind = 'entity' | 'date' | 'quantity';

export type EntityType = 'person' | 'organization' | 'location' | 'work';
export type DateType = 'date' | 'daterange';
export type QuantityType =
  | 'money'
  | 'area'
  | 'percent'
  | 'temperature'
  | 'length'
  | 'weight'
  | 'volume'
  | 'duration'
  | 'count';
export type MentionType = EntityType | DateType | QuantityType;

export type Approx = 'about' | 'over' | 'under';

/** The cleaned text of one document, as extractors see it. */
export interface CleanText {
  /**
   * Text for matching: line breaks inside a sentence and spaces inside words and numbers
   * removed, full-width ASCII folded to half-width (`１２３` -> `123`, `，` -> `,`, `％` -> `%`).
   * Line breaks that end a paragraph, a headline or a byline are kept as `\n`.
   */
  readonly text: string;
  /** Same length and indices as `text`, with the original (unfolded) characters. */
  readonly display: string;
  /**
   * `softBreak[i] === 1` when white space was removed just before code unit `i`: in
   * `记者 史安琪 通讯员 王文文` the names are still told apart, though `text` has no spaces.
   */
  readonly softBreak: Uint8Array;
}

/** A jieba token with its offsets in the cleaned text (UTF-16 code units). */
export interface Token {
  readonly word: string;
  readonly tag: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The segmenter on demand (src/segment/clause-tokens.ts): only the clauses a rule asks about
 * are segmented, once each, and jieba is loaded on the first ask. Offsets are cleaned-text
 * code units. A rule uses it to confirm a name candidate (its words and tags) or to veto one
 * whose edge cuts through a word (`发展中国家` holds no `中国` of its own).
 */
export interface ClauseTokens {
  /** The tokens of every clause that [start, end) touches, in order. */
  tokensAround(start: number, end: number): readonly Token[];
  /** The token that holds cleaned position `pos` (null outside the text). */
  tokenAt(pos: number): Token | null;
  /** True when `pos` falls strictly inside a token: a name edge there cuts a word. */
  cutsWord(pos: number): boolean;
  /** Code units segmented so far (how much of the text needed the segmenter). */
  readonly segmented: number;
}

/** A reference date: what `今年` and `5月19日` are resolved against. */
export interface RefDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A name from a user dictionary (`--dict`): always extracted as its type where it stands. */
export interface DictionaryEntry {
  readonly word: string;
  readonly type: 'person' | 'organization' | 'location' | 'work';
}

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
