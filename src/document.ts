// Extraction of one document: what the library (src/index.ts) exports and what the CLI and the
// workers call. It never touches process.*, never prints and never exits. It does not load the
// zod schemas (src/record.ts): a run that only extracts never pays for building them.
import { readRegularFile } from './input/open.js';
import type { MentionType, RefDate } from './types.js';
import { decodeBytes } from './input/decode.js';
import { looksLikeHtml } from './input/html-sniff.js';
import type { HtmlPage } from './input/html.js';
import { countCodePoints, extractMentions, extractWindow, mentionParts, prepareExtractors, windowEnd, type PipelineOptions } from './pipeline.js';
import type { DocumentRecord, Mention } from './record.js';
import { formatRefDate, parseRefDate } from './ref-date.js';
import { parseTypes } from './types-filter.js';
import { readUserDictionaries } from './input/user-dict.js';

export interface ExtractOptions {
  /** The `doc` field of every record (a path, an id); default `-`. */
  readonly doc?: string;
  /** `YYYY-MM-DD` or a RefDate; wins over any date found in the input. */
  readonly refDate?: string | RefDate | null;
  /** Kinds or types to produce (`['person', 'money']`, `'date,quantity'`); default all. */
  readonly types?: string | readonly string[] | null;
  /** Add the id of the rule that made each mention as `rule`. */
  readonly explain?: boolean;
  /** Extra jieba user dictionaries (`--dict`). */
  readonly dicts?: readonly string[];
  /** Put the (decoded, article) text the offsets refer to into the document record. */
  readonly withText?: boolean;
  /** Throw E_OVERFLOW instead of giving a null value for a number too large to hold exactly. */
  readonly strict?: boolean;
  /** `sentence` (default): each mention carries its sentence as `context`; `none`: no context field. */
  readonly context?: 'sentence' | 'none';
}

interface Resolved {
  doc: string;
  refDate: RefDate | null;
  types: ReadonlySet<MentionType> | null;
  explain: boolean;
  dicts: readonly string[];
  withText: boolean;
  strict: boolean;
  context: 'sentence' | 'none';
}

function resolve(options: ExtractOptions): Resolved {
  const r = options.refDate;
  return {
    doc: options.doc ?? '-',
    refDate: r === undefined || r === null ? null : typeof r === 'string' ? parseRefDate(r) : r,
    types: parseTypes(options.types),
    explain: options.explain ?? false,
    dicts: options.dicts ?? [],
    withText: options.withText ?? false,
    strict: options.strict ?? false,
    context: options.context ?? 'sentence',
  };
}

/**
 * Loads the extractors that `types` need. The library loads every extractor when it is
 * imported (src/index.ts); a caller that imports this module directly, as the command line
 * and the workers do, awaits this once before extracting, and loads only what it runs.
 */
export async function prepareExtraction(types: ExtractOptions['types']): Promise<void> {
  await prepareExtractors(parseTypes(types));
}

/** Reads one news page (src/input/html.ts). */
export type PageReader = (bytes: Uint8Array, path: string | null) => HtmlPage;

/**
 * The page reader, loaded on the first page: it is a dozen modules and cheerio's glue, which a
 * run of plain text never needs. The library sets it when imported (src/index.ts); the command
 * line and the workers await preparePagesFor() before extracting an input.
 */
let pageReader: PageReader | null = null;

export function usePageReader(reader: PageReader): void {
  pageReader = reader;
}

/** Loads the page reader when `bytes` (named `path`) look like a news page. */
export async function preparePagesFor(bytes: Uint8Array, path: string | null): Promise<void> {
  if (!pageReader && looksLikeHtml(bytes, path)) pageReader = (await import('./input/html.js')).readHtmlPage;
}

function readPage(bytes: Uint8Array, path: string): HtmlPage {
  if (!pageReader) throw new Error('the news-page reader is not loaded: await preparePagesFor() before extracting a page');
  return pageReader(bytes, path);
}

/** Extracts every mention from one text. Offsets are code points into `text`. */
export function extractText(text: string, options: ExtractOptions = {}): DocumentRecord {
  return buildDocument(text, 'utf-8', resolve(options), null);
}

/** Decodes bytes (BOM, UTF-16, UTF-8, GB18030) and extracts; an HTML page is read as a news page (src/input/html.ts). Throws ZhnewsError for binary or undecodable input. */
export function extractBytes(bytes: Uint8Array, options: ExtractOptions = {}): DocumentRecord {
  const o = resolve(options);
  if (looksLikeHtml(bytes, o.doc)) return extractPage(bytes, o);
  const decoded = decodeBytes(bytes, o.doc);
  return withWarnings(buildDocument(decoded.text, decoded.encoding, o, null), decoded.warnings);
}

/** A news page (`.html`, or content starting `<!doctype html`): the article text, title, source, author; its date is the reference date unless one is given. */
function extractPage(bytes: Uint8Array, o: Resolved): DocumentRecord {
  const page = readPage(bytes, o.doc);
  const { text, mentions, ...head } = buildDocument(page.text, page.encoding, { ...o, refDate: o.refDate ?? page.date }, page.title);
  return {
    ...head,
    ref_date_source: o.refDate ? 'option' : page.date ? 'page' : 'none',
    source: page.source,
    author: page.author,
    ...(page.warnings.length ? { warnings: [...page.warnings] } : {}),
    ...(text !== undefined ? { text } : {}),
    mentions,
  };
}

/** Reads, decodes and extracts one regular file (at most MAX_DOCUMENT_BYTES); `doc` defaults to the path. */
export async function extractFile(path: string, options: ExtractOptions = {}): Promise<DocumentRecord> {
  const bytes = await readRegularFile(path, path); // a named pipe or device is refused, not waited on
  return extractBytes(bytes, { ...options, doc: options.doc ?? path });
}

/**
 * A plain-text document as a head (the document record without mentions) and its mentions
 * window by window, for output that streams a huge document in flat memory. A news page is
 * not streamed: its head carries all its mentions and `parts` is empty.
 */
export function streamBytes(bytes: Uint8Array, options: ExtractOptions = {}): { head: DocumentRecord; parts: Iterable<Mention[]> } {
  const o = resolve(options);
  if (looksLikeHtml(bytes, o.doc)) return { head: extractPage(bytes, o), parts: [] };
  const decoded = decodeBytes(bytes, o.doc);
  const original = decoded.text;
  return { head: withWarnings(documentHead(original, decoded.encoding, o, null, []), decoded.warnings), parts: mentionParts(original, o.doc, pipelineOptions(o)) };
}

/** One window of a document's text, and the code-point offset of its start in the document. */
export interface TextWindow {
  readonly text: string;
  readonly cpBase: number;
}

/**
 * A plain-text document as a head and its text cut into the pipeline's windows, for workers to
 * extract in parallel (src/batch/windows.ts); null for a news page, which is not cut.
 */
export function documentWindows(bytes: Uint8Array, options: ExtractOptions = {}): { head: DocumentRecord; windows: Iterable<TextWindow> } | null {
  const o = resolve(options);
  if (looksLikeHtml(bytes, o.doc)) return null;
  const decoded = decodeBytes(bytes, o.doc);
  const original = decoded.text;
  return { head: withWarnings(documentHead(original, decoded.encoding, o, null, []), decoded.warnings), windows: cutWindows(original) };
}

function* cutWindows(original: string): Generator<TextWindow> {
  let cpBase = 0;
  for (let from = 0; from < original.length; ) {
    const to = windowEnd(original, from);
    const text = original.slice(from, to);
    yield { text, cpBase };
    cpBase += countCodePoints(text);
    from = to;
  }
}

/** The mentions of one window of a document (what mentionParts yields for it). */
export function extractWindowMentions(window: TextWindow, options: ExtractOptions = {}): Mention[] {
  const o = resolve(options);
  return extractWindow(window.text, o.doc, pipelineOptions(o), window.cpBase);
}

/** Decoding warnings go where page warnings go: the document's `warnings`, before its mentions. */
function withWarnings(doc: DocumentRecord, warnings: readonly string[] | undefined): DocumentRecord {
  if (!warnings?.length) return doc;
  const { text, mentions, ...head } = doc;
  return { ...head, warnings: [...warnings], ...(text !== undefined ? { text } : {}), mentions };
}

function pipelineOptions(o: Resolved): PipelineOptions {
  return {
    refDate: o.refDate,
    types: o.types,
    explain: o.explain,
    segmenter: { userDicts: o.dicts },
    dictionary: readUserDictionaries(o.dicts),
    strict: o.strict,
    context: o.context,
  };
}

/** Offsets count `text` as given: a byte-order mark is dropped by decoding, a U+FEFF in a string is a character. */
export function buildDocument(text: string, encoding: string, o: Resolved, title: string | null): DocumentRecord {
  return documentHead(text, encoding, o, title, extractMentions(text, o.doc, pipelineOptions(o)));
}

function documentHead(original: string, encoding: string, o: Resolved, title: string | null, mentions: Mention[]): DocumentRecord {
  return {
    doc: o.doc,
    title,
    ref_date: formatRefDate(o.refDate),
    ref_date_source: o.refDate ? 'option' : 'none',
    encoding,
    ...(o.withText ? { text: original } : {}),
    mentions,
  };
}
