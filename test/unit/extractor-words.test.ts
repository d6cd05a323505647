// The extractors' jieba words: the build-time file gives exactly the words listed from the
// sources, in the same order, and a file written for other extractors is not used.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { extractorWords, extractorWordsFileText } from '../../src/segment/extractor-words.js';
import { wordAndTag } from '../../src/segment/jieba.js';

const listed = (extractors: typeof EXTRACTORS): string[] => extractors.flatMap((x) => [...(x.jiebaWords?.() ?? [])]);
const fileOf = (text: string): URL => {
  const path = join(mkdtempSync(join(tmpdir(), 'zhnews-words-')), 'jieba-words.txt');
  writeFileSync(path, text);
  return pathToFileURL(path);
};

describe('extractor words for the segmenter', () => {
  it('reads from the build-time file exactly the words the extractors list', () => {
    const file = fileOf(extractorWordsFileText(EXTRACTORS));
    const words = [...extractorWords(EXTRACTORS, file)];
    expect(words.length).toBeGreaterThan(1000);
    expect(words).toEqual(listed(EXTRACTORS));
  });

  it('lists the words from the sources when the file was written for other extractors', () => {
    const withWords = EXTRACTORS.filter((x) => x.jiebaWords);
    const file = fileOf(extractorWordsFileText(withWords.slice(0, 1)));
    expect([...extractorWords(withWords, file)]).toEqual(listed(withWords));
  });

  it('lists the words from the sources when there is no file', () => {
    const missing = pathToFileURL(join(tmpdir(), 'zhnews-no-such-dir', 'jieba-words.txt'));
    const org = EXTRACTORS.filter((x) => x.name === 'organization');
    expect([...extractorWords(org, missing)]).toEqual(listed(org));
  });
});

describe('a word line for jieba', () => {
  it('gives the word and tag that splitting at white space gives', () => {
    const lines = ['济南 ns', '济南', '济南 ', ' 济南 ns', '济南  ns', '济南\tns', '济南 ns x', '济南\u3000ns', '', ' '];
    for (const line of lines) {
      const [word = '', tag] = line.split(/\s+/u);
      expect(wordAndTag(line)).toEqual([word, tag]);
    }
  });
});
