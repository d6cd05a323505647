// The shapes the whole pipeline shares: the mention types, the cleaned text, tokens, the
// reference date and dictionary names. Reading, cleaning and segmenting import them from here,
// so no stage before extraction reaches into the extractors' folder.

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
