// `zhnews segment`: the words of the cleaned text with their part-of-speech tags and their
// offsets into the original (code points), so a word the page broke over a line (`党组\n\n织`)
// is one word with its original span, and `--dict` words stay whole. Inputs are read and
// decoded as `extract` reads them (an HTML page gives its article text).
import { DEFAULT_EXTENSIONS, listSources, readSource } from '../input/read.js';
import { decodeBytes } from '../input/decode.js';
import { looksLikeHtml, readHtmlPage } from '../input/html.js';
import { cleanText } from '../clean/clean.js';
import { tokenize } from '../segment/tokens.js';
import { ZhnewsError } from '../errors.js';

export interface SegmentFlags {
  format?: string;
  dict?: string[];
}

export interface SegmentWord {
  doc: string;
  text: string;
  start: number;
  end: number;
  pos: string;
}

/** The words of one decoded text, blank tokens left out, with original code-point offsets. */
export function segmentText(original: string, doc: string, userDicts: readonly string[] = []): SegmentWord[] {
  const { clean, map } = cleanText(original);
  const words: SegmentWord[] = [];
  for (const token of tokenize(clean.text, { userDicts })) {
    if (token.word.trim() === '') continue;
    const span = map.toOriginal(token.start, token.end);
    words.push({ doc, text: original.slice(span.start16, span.end16), start: span.start, end: span.end, pos: token.tag });
  }
  return words;
}

function decodeInput(bytes: Uint8Array, path: string): string {
  if (looksLikeHtml(bytes, path)) return readHtmlPage(bytes, path).text;
  return decodeBytes(bytes, path).text;
}

function render(words: readonly SegmentWord[], format: string): string {
  if (format === 'jsonl') return words.map((w) => `${JSON.stringify(w)}\n`).join('');
  return words.length ? `${words.map((w) => `${w.text.replace(/\s+/gu, '')}/${w.pos}`).join(' ')}\n` : '';
}

export async function runSegment(paths: readonly string[], flags: SegmentFlags): Promise<number> {
  const format = flags.format ?? (process.stdout.isTTY ? 'pretty' : 'jsonl');
  if (format !== 'jsonl' && format !== 'pretty') throw new ZhnewsError('E_USAGE', `--format must be jsonl or pretty, not '${format}'`);
  let failures = 0;
  for await (const source of listSources(paths.length ? paths : ['-'], { extensions: DEFAULT_EXTENSIONS })) {
    const input = 'error' in source ? source : await readSource(source);
    try {
      if ('error' in input) throw input.error;
      process.stdout.write(render(segmentText(decodeInput(input.bytes, input.path), input.path, flags.dict ?? []), format));
    } catch (err) {
      if (!(err instanceof ZhnewsError)) throw err;
      failures += 1;
      process.stderr.write(`zhnews: ${input.path}: ${err.message}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}
