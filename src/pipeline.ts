// One document: clean -> segment (only if asked) -> extract -> refine -> records.
// Decoding and HTML happen before (src/input/); writing after (src/output/).
import { asPrinted, cleanText } from './clean/clean.js';
import type { OriginalSpan } from './clean/offset-map.js';
import { Sentences } from './context.js';
import { loadExtractors, readyExtractors } from './extract/catalog.js';
import type { CleanText, Context, DictionaryEntry, Draft, Extractor, MentionType, RefDate, Token } from './extract/types.js';
import type { Mention } from './record.js';
import { refine } from './refine/overlaps.js';
import { retypeMatchSides } from './refine/match-sides.js';
import type { SegmenterOptions } from './segment/jieba.js';
import { tokenize } from './segment/tokens.js';
import { clauseTokens } from './segment/clause-tokens.js';
import { extractorWords } from './segment/extractor-words.js';
import { ZhnewsError } from './errors.js';

export interface PipelineOptions {
  readonly refDate: RefDate | null;
  /** null: every type. */
  readonly types: ReadonlySet<MentionType> | null;
  /** Adds `rule` to each record. */
  readonly explain: boolean;
  readonly segmenter?: SegmenterOptions;
  /** Typed names from the user's dictionaries. */
  readonly dictionary?: readonly DictionaryEntry[];
  /** A value that cannot be held exactly (overflow) fails the document instead of being null. */
  readonly strict?: boolean;
  /** Window size in UTF-16 units (default WINDOW); tests set a small one. */
  readonly window?: number;
  /** `none`: no `context` field (and no sentence index built). Default `sentence`. */
  readonly context?: 'sentence' | 'none';
  /** Counts, for `npm run bench`, the cleaned text's length and how much of it was segmented. */
  readonly stats?: SegmentedShare;
}

export interface SegmentedShare {
  cleaned: number;
  segmented: number;
}

/**
 * The extractors a run with `types` needs (src/extract/catalog.ts neededEntries). Entities
 * settle their overlaps among themselves (`石家庄` is a place, so no person): asking for one
 * entity type runs every entity rule. Dates and quantities run only when asked for (their
 * cost shows in `npm run bench -- --steps`), and what they change there, a date and an amount
 * on the same characters or a number inside a name, the quantity rules mostly refuse on their
 * own (`2024年`, `纬十二路` give no quantity): on the seed pages every type comes out the same
 * either way (test/unit/types-filter.test.ts). They must be loaded: the library loads them
 * all (src/extract/registry.ts), the command line calls prepareExtractors first.
 */
export function selectExtractors(types: ReadonlySet<MentionType> | null): Extractor[] {
  return readyExtractors(types);
}

/** Loads the extractor modules a run with `types` needs (the command line and the workers call it once). */
export async function prepareExtractors(types: ReadonlySet<MentionType> | null): Promise<void> {
  await loadExtractors(types);
}

/**
 * A text longer than this (UTF-16 units) is processed in windows, so cleaning and drafts stay
 * bounded however large the input. News articles are far smaller. A window ends after a
 * sentence end, else at a paragraph break (a blank line), else after a full-width comma; only
 * a window of half this size without any of these is cut elsewhere, and then never inside a
 * run of digits or number characters. A single line break is never a cut: the cleaner joins a
 * line broken inside a sentence (`3\n4万元` is 34万元), so cutting there changes a value.
 */
export const WINDOW = 1 << 20;

export function extractMentions(original: string, doc: string, options: PipelineOptions): Mention[] {
  if (original.length <= (options.window ?? WINDOW)) return extractWindow(original, doc, options, 0);
  const mentions: Mention[] = [];
  for (const part of mentionParts(original, doc, options)) for (const m of part) mentions.push(m);
  return mentions;
}

/** The mentions window by window, in document order: a huge text streams in flat memory. */
export function* mentionParts(original: string, doc: string, options: PipelineOptions): Generator<Mention[]> {
  const size = options.window ?? WINDOW;
  let cpBase = 0;
  for (let from = 0; from < original.length; ) {
    const to = windowEnd(original, from, size);
    const piece = original.slice(from, to);
    yield extractWindow(piece, doc, options, cpBase);
    cpBase += countCodePoints(piece);
    from = to;
  }
}

/** Where a window may end, best first: the index just after the mark (closing quotes included). */
const SENTENCE_END = /[。！？!?；;…]/u;
const CLOSERS = /[”’」』）)】"']/u;
const CLAUSE_END = /[，：]/u;
/** Characters a number is made of: never cut between two of them. */
const NUMBER_PART = /[0-9０-９.．,，%％一二三四五六七八九十百千万亿两零〇点]/u;

/** Where the window starting at `from` ends: see WINDOW for the order of preference. */
export function windowEnd(text: string, from: number, size: number = WINDOW): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const floor = from + Math.floor(size / 2);
  let paragraph = -1;
  let clause = -1;
  for (let i = limit; i > floor; i -= 1) {
    const c = text[i - 1] ?? '';
    if (SENTENCE_END.test(c)) return afterClosers(text, i, limit);
    if (paragraph < 0 && c === '\n' && isBlankLineAfter(text, i, limit)) paragraph = i;
    if (clause < 0 && CLAUSE_END.test(c) && !(isDigit(text[i - 2]) && isDigit(text[i]))) clause = i;
  }
  if (paragraph > 0) return paragraph;
  if (clause > 0) return clause;
  return cutOutsideNumber(text, limit, floor);
}

const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/u.test(c);

function afterClosers(text: string, i: number, limit: number): number {
  let end = i;
  while (end < limit && CLOSERS.test(text[end] ?? '')) end += 1;
  return end;
}

/** True when the line starting at `i` is blank up to its own line break (within the window). */
function isBlankLineAfter(text: string, i: number, limit: number): boolean {
  for (let k = i; k < limit; k += 1) {
    const c = text[k] ?? '';
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\u3000') return false;
  }
  return false;
}

/** The last resort: `limit`, moved back before a number run and off a surrogate pair. */
function cutOutsideNumber(text: string, limit: number, floor: number): number {
  let cut = limit;
  while (cut > floor && NUMBER_PART.test(text[cut - 1] ?? '') && NUMBER_PART.test(text[cut] ?? '')) cut -= 1;
  if (cut === floor) cut = limit; // a window of digits: nothing better
  const code = text.charCodeAt(cut - 1);
  return code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut;
}

export function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

export function extractWindow(original: string, doc: string, options: PipelineOptions, cpBase: number): Mention[] {
  const { clean, map } = cleanText(original);
  const extractors = selectExtractors(options.types);
  const segmenter = segmenterOptions(extractors, options.segmenter);
  let tokens: Token[] | null = null;
  if (extractors.some((x) => x.needsTokens)) tokens = tokenize(clean.text, segmenter);
  const entities = extractors.some((x) => x.kind === 'entity');
  const ctx: Context = {
    refDate: options.refDate,
    dictionary: options.dictionary ?? [],
    ...(entities ? { tokens: clauseTokens(clean, segmenter) } : {}),
  };
  const drafts: Draft[] = [];
  for (const x of extractors) {
    // a loop, not push(...all): a long page can have more drafts than a call takes arguments
    for (const d of x.extract(clean, x.needsTokens ? tokens : null, ctx)) drafts.push(d);
  }
  if (options.stats) {
    options.stats.cleaned += clean.text.length;
    options.stats.segmented += ctx.tokens?.segmented ?? 0;
  }
  const kept = refine(entities ? retypeMatchSides(clean.text, drafts) : drafts).filter((d) => !options.types || options.types.has(d.type));
  const sentences = options.context === 'none' ? null : new Sentences(clean);
  const overflow = options.strict ? kept.find((d) => d.overflow) : undefined;
  if (overflow) {
    const span = map.toOriginal(overflow.start, overflow.end);
    const text = original.slice(span.start16, span.end16);
    throw new ZhnewsError('E_OVERFLOW', `--strict: '${text}' at ${cpBase + span.start} is too large to hold exactly`, doc);
  }
  return kept.map((d) => {
    const span = map.toOriginal(d.start, d.end);
    const shifted = { ...span, start: span.start + cpBase, end: span.end + cpBase };
    const printed = asWritten(clean, d);
    return toMention(printed, doc, original, shifted, sentences ? sentences.contextOf(d.start, d.end) : null, options.explain);
  });
}

/**
 * The segmenter's options: the user's dictionaries and the words the extractors keep whole
 * (gazetteer names, organization suffixes; src/segment/extractor-words.ts), gathered only when
 * jieba is actually loaded.
 */
function segmenterOptions(extractors: readonly Extractor[], user: SegmenterOptions | undefined): SegmenterOptions {
  const words: Iterable<string> = {
    *[Symbol.iterator]() {
      yield* user?.words ?? [];
      yield* extractorWords(extractors);
    },
  };
  return { ...user, words };
}

/**
 * A draft's words as the page printed them: the cleaned text folds traditional characters and
 * full-width forms, but a count's measure word (`兩個` -> `個`) and an entity's name
 * (`濟南市民政局`) are given as written.
 */
function asWritten(clean: CleanText, d: Draft): Draft {
  if (d.type === 'count' && d.unit) return { ...d, unit: asPrinted(clean, d.start, d.end, d.unit) };
  if (d.kind === 'entity' && d.value === clean.text.slice(d.start, d.end)) return { ...d, value: clean.display.slice(d.start, d.end) };
  return d;
}

function toMention(d: Draft, doc: string, original: string, span: OriginalSpan, context: string | null, explain: boolean): Mention {
  const value = typeof d.value === 'number' && !Number.isFinite(d.value) ? null : d.value;
  // Key order is the order of the SPEC table, so JSON output reads the same everywhere. Fields
  // are set one by one: no object is spread per mention.
  const m: Mention = { doc, kind: d.kind, type: d.type, text: original.slice(span.start16, span.end16), start: span.start, end: span.end, value };
  if (d.kind === 'quantity') {
    m.unit = d.unit ?? '';
    m.approx = d.approx ?? null;
    m.subject = d.subject ?? null;
  }
  if (d.min !== undefined) m.min = d.min;
  if (d.max !== undefined) m.max = d.max;
  if (d.role !== undefined) m.role = d.role;
  if (context !== null) m.context = context;
  if (explain) m.rule = d.rule;
  return m;
}
