// The only place nodejieba is imported. Its dictionaries take about 1-2 s and 300 MB to load,
// so it is loaded once per process (or worker), and only when an extractor asks for tokens:
// `--types money,date` never loads it.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface NodeJieba {
  load(options?: { userDict?: string; idfDict?: string; stopWordDict?: string }): unknown;
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_USER_DICT: string;
}

/** The project's user dictionary, shipped with the package (one word a line: `word [freq] [tag]`). */
export const PROJECT_DICT = fileURLToPath(new URL('../../dict/user.dict.utf8', import.meta.url));

/**
 * One-line stand-ins for the keyword extractor's idf and stop-word dictionaries: the tagger
 * never reads them, and the full ones cost about 19 MB of resident memory per process.
 */
const TINY_IDF = fileURLToPath(new URL('../../dict/tiny-idf.utf8', import.meta.url));
const TINY_STOP_WORDS = fileURLToPath(new URL('../../dict/tiny-stop.utf8', import.meta.url));

let jieba: NodeJieba | null = null;
/** The dictionary files jieba was loaded with, and the list object they came from (a cheap check per call). */
let loadedWith = '';
let loadedWithUserDicts: readonly string[] | null = null;
const NO_DICTS: readonly string[] = [];

export interface SegmenterOptions {
  /** Extra user dictionaries (`--dict FILE`), each one word a line with an optional tag. */
  readonly userDicts?: readonly string[];
  /** Words to keep whole (`word` or `word tag`), from the extractors' tables. */
  readonly words?: Iterable<string>;
}

/** Loads jieba once with the project dictionary, the user's dictionaries and the extractors' words. */
export function loadJieba(options: SegmenterOptions = {}): NodeJieba {
  // the common call, once per segmented piece: no user dictionary, jieba already loaded
  if (jieba && loadedWithUserDicts === (options.userDicts ?? NO_DICTS)) return jieba;
  const dicts = [PROJECT_DICT, ...(options.userDicts ?? [])].filter((p) => existsSync(p));
  const key = dicts.join('|');
  if (jieba && loadedWith === key) {
    loadedWithUserDicts = options.userDicts ?? NO_DICTS;
    return jieba;
  }
  const require = createRequire(import.meta.url);
  const instance = require('nodejieba') as NodeJieba;
  // cppjieba splits the user-dictionary path on `|`: every file is read.
  instance.load({
    userDict: [instance.DEFAULT_USER_DICT, ...dicts].join('|'),
    ...(existsSync(TINY_IDF) && existsSync(TINY_STOP_WORDS) ? { idfDict: TINY_IDF, stopWordDict: TINY_STOP_WORDS } : {}),
  });
  for (const entry of options.words ?? []) {
    const [word, tag] = wordAndTag(entry);
    if (word) instance.insertWord(word, tag);
  }
  jieba = instance;
  loadedWith = key;
  loadedWithUserDicts = options.userDicts ?? NO_DICTS;
  return instance;
}

/** White space other than the plain space. */
const OTHER_BLANK = /[^\S ]/u;

/**
 * The first two fields of `word tag`, as entry.split(/\s+/u) gives them, without splitting by
 * a regex the usual line of one plain space (37 000 of them at every load).
 */
export function wordAndTag(entry: string): [string, string | undefined] {
  const space = entry.indexOf(' ');
  if (space > 0 && entry.indexOf(' ', space + 1) < 0 && !OTHER_BLANK.test(entry)) return [entry.slice(0, space), entry.slice(space + 1)];
  const [word = '', tag] = entry.split(/\s+/u);
  return [word, tag];
}

/** True once jieba has been loaded in this process (for tests of lazy loading). */
export function isJiebaLoaded(): boolean {
  return jieba !== null;
}
