// User dictionaries (--dict FILE): one entry a line, in jieba's user-dictionary format
// `word [freq] [tag]`, where the tag may also be a zhnews type. Typed lines feed the dictionary
// extractor (nr/person, ns/location, nt/organization, work); every line also goes to jieba
// for any extractor that asks for tokens. Files are read once per process.
import { readFileSync } from 'node:fs';
import { ZhnewsError, fromFsError } from '../errors.js';
import type { DictionaryEntry } from '../types.js';

const TYPES: Readonly<Record<string, DictionaryEntry['type']>> = {
  person: 'person',
  nr: 'person',
  organization: 'organization',
  nt: 'organization',
  location: 'location',
  ns: 'location',
  work: 'work',
};

const cache = new Map<string, readonly DictionaryEntry[]>();

export function readUserDictionaries(paths: readonly string[]): readonly DictionaryEntry[] {
  if (paths.length === 0) return [];
  const key = paths.join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const entries: DictionaryEntry[] = [];
  // a loop, not push(...parse()): a dictionary of 125 000 typed lines overflows a call's arguments
  for (const path of paths) for (const entry of parse(read(path))) entries.push(entry);
  cache.set(key, entries);
  return entries;
}

/** A dictionary the user named is part of the command: one that cannot be read as text is a usage error. */
function read(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new ZhnewsError('E_USAGE', `--dict ${path}: ${fromFsError(err, path).message}`);
  }
  // jieba reads its dictionaries as UTF-8; a binary file or another encoding would be taken
  // apart into nonsense words without a word
  if (bytes.includes(0)) throw new ZhnewsError('E_USAGE', `--dict ${path}: a binary file (NUL bytes), not a dictionary`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ZhnewsError('E_USAGE', `--dict ${path}: not UTF-8 text (jieba dictionaries are UTF-8)`);
  }
}

export function parse(content: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of content.replace(/^\uFEFF/u, '').split(/\r?\n/u)) {
    const [word, ...rest] = line.trim().split(/\s+/u);
    if (!word || word.startsWith('#')) continue;
    const tag = rest.find((t) => !/^\d+$/u.test(t));
    const type = tag ? TYPES[tag.toLowerCase()] : undefined;
    if (type) entries.push({ word, type });
  }
  return entries;
}
