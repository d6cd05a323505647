// User dictionaries (--dict FILE): one entry a line, in jieba's user-dictionary format
// `word [freq] [tag]`, where the tag may also be a zhnews type. Typed lines feed the dictionary
// extractor (nr/person, ns/location, nt/organization, work); every line also goes to jieba
// for any extractor that asks for tokens. Files are read once per process.
import { readFileSync } from 'node:fs';
import { ZhnewsError, fromFsError } from '../errors.js';
import type { DictionaryEntry } from '../extract/types.js';

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
  for (const path of paths) entries.push(...parse(read(path)));
  cache.set(key, entries);
  return entries;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    // a dictionary the user named is part of the command: a bad one is a usage error
    const e = fromFsError(err, path);
    throw new ZhnewsError('E_USAGE', `--dict ${path}: ${e.message}`);
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
