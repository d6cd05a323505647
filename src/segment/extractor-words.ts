// The words the extractors keep whole when jieba segments (Extractor.jiebaWords): every
// gazetteer name and the organization suffixes, about 37 000 lines of `word tag`. Listing them
// from their sources means reading the whole division tree and deriving its short forms, which
// costs more than inserting them; so the build step (scripts/build-data.mjs) writes the list
// once into dist/data/jieba-words.txt, and a run that loads the segmenter reads that file
// instead. The file's first line names the extractors the words came from, in run order: a
// run whose extractors differ, or a run from src/ (the tests), where there is no file, lists
// the words from the sources. Either way jieba gets the same words in the same order.
import { readFileSync } from 'node:fs';
import type { Extractor } from '../extract/types.js';

/** Where the build step writes the list: dist/data/ beside dist/segment/. */
export const EXTRACTOR_WORDS_FILE = new URL('../data/jieba-words.txt', import.meta.url);

const HEADER = '# jieba words of: ';

/** The names of the extractors that have words, in run order: the key the file is written for. */
function wordSources(extractors: readonly Extractor[]): string {
  return extractors.filter((x) => x.jiebaWords).map((x) => x.name).join(',');
}

/** Every extractor's words, listed from the sources, in run order. */
function* listedWords(extractors: readonly Extractor[]): Generator<string> {
  for (const x of extractors) if (x.jiebaWords) yield* x.jiebaWords();
}

/** The text of the build-time file for `extractors`: the header line, then one word a line. */
export function extractorWordsFileText(extractors: readonly Extractor[]): string {
  const lines = [`${HEADER}${wordSources(extractors)}`];
  for (const word of listedWords(extractors)) {
    // jieba's user-dictionary lines are split at spaces: a word holding one would be misread
    if (/\s/u.test(word.replace(/ [a-z]+$/u, ''))) throw new Error(`jieba word with a space: '${word}'`);
    lines.push(word);
  }
  return `${lines.join('\n')}\n`;
}

/** The words of `extractors`: from the build-time file when it was written for them, else from the sources. */
export function extractorWords(extractors: readonly Extractor[], file: URL = EXTRACTOR_WORDS_FILE): Iterable<string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return listedWords(extractors);
  }
  const lines = text.split('\n');
  if (lines[0] !== `${HEADER}${wordSources(extractors)}`) return listedWords(extractors);
  lines.shift();
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
