// One document: clean -> segment (only if asked) -> extract -> refine -> records.
// Decoding and HTML happen before (src/input/); writing after (src/output/).
import { cleanText } from './clean/clean.js';
import type { OriginalSpan } from './clean/offset-map.js';
import { Sentences } from './context.js';
import { EXTRACTORS } from './extract/registry.js';
import type { Context, DictionaryEntry, Draft, Extractor, MentionType, RefDate, Token } from './extract/types.js';
import type { Mention } from './record.js';
import { refine } from './refine/overlaps.js';
import type { SegmenterOptions } from './segment/jieba.js';
import { tokenize } from './segment/tokens.js';
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
  /** `none`: no `context` field (and no sentence index built). Default `sentence`. */
  readonly context?: 'sentence' | 'none';
}

/**
 * The extractors a run with `types` needs. Entities settle their overlaps among themselves
 * (`石家庄` is a place, so no person): asking for one entity type runs every entity rule.
 * Dates and quantities run only when asked for (their cost shows in `npm run bench -- --steps`),
 * and what they change there, a date and an amount on the same characters or a number inside
 * a name, the quantity rules mostly refuse on their own (`2024年`, `纬十二路` give no quantity): on the seed pages every type
 * comes out the same either way (test/unit/types-filter.test.ts). An extractor that needs the
 * segmenter's tokens runs only when asked for.
 */
export function selectExtractors(types: ReadonlySet<MentionType> | null): Extractor[] {
  if (!types) return [...EXTRACTORS];
  const asked = EXTRACTORS.filter((x) => x.types.some((t) => types.has(t)));
  const entities = asked.some((x) => x.kind === 'entity');
  return EXTRACTORS.filter((x) => asked.includes(x) || (entities && x.kind === 'entity' && !x.needsTokens));
}

/**
 * A text longer than this (UTF-16 units) is processed in windows cut at a paragraph or
 * sentence end, so cleaning and drafts stay bounded however large the input. News articles
 * are far smaller; a mention is never split unless a window holds no break of any kind.
 */
export const WINDOW = 1 << 20;

export function extractMentions(original: string, doc: string, options: PipelineOptions): Mention[] {
  if (original.length <= WINDOW) return extractWindow(original, doc, options, 0);
  const mentions: Mention[] = [];
  for (const part of mentionParts(original, doc, options)) for (const m of part) mentions.push(m);
  return mentions;
}

/** The mentions window by window, in document order: a huge text streams in flat memory. */
export function* mentionParts(original: string, doc: string, options: PipelineOptions): Generator<Mention[]> {
  let cpBase = 0;
  for (let from = 0; from < original.length; ) {
    const to = windowEnd(original, from);
    const piece = original.slice(from, to);
    yield extractWindow(piece, doc, options, cpBase);
    cpBase += countCodePoints(piece);
    from = to;
  }
}

/** Where the window starting at `from` ends: after the last line break, else sentence end, else comma. */
export function windowEnd(text: string, from: number): number {
  const limit = from + WINDOW;
  if (limit >= text.length) return text.length;
  const floor = from + WINDOW / 2;
  for (const marks of [/[\n]/u, /[。！？!?；;]/u, /[，,、]/u]) {
    for (let i = limit; i > floor; i -= 1) if (marks.test(text[i - 1] ?? '')) return i;
  }
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit; // never split a surrogate pair
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
  let tokens: Token[] | null = null;
  if (extractors.some((x) => x.needsTokens)) {
    const words = extractors.flatMap((x) => (x.jiebaWords ? [...x.jiebaWords()] : []));
    tokens = tokenize(clean.text, { ...options.segmenter, words: [...(options.segmenter?.words ?? []), ...words] });
  }
  const ctx: Context = { refDate: options.refDate, dictionary: options.dictionary ?? [] };
  const drafts: Draft[] = [];
  for (const x of extractors) {
    // a loop, not push(...all): a long page can have more drafts than a call takes arguments
    for (const d of x.extract(clean, x.needsTokens ? tokens : null, ctx)) drafts.push(d);
  }
  const kept = refine(drafts).filter((d) => !options.types || options.types.has(d.type));
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
    return toMention(d, doc, original, shifted, sentences ? sentences.contextOf(d.start, d.end) : null, options.explain);
  });
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
