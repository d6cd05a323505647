// The segmenter: loaded lazily, only when an extractor asks for tokens; the project's user
// dictionary and --dict files are read; tokens carry offsets that cut the text exactly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { isJiebaLoaded, PROJECT_DICT } from '../../src/segment/jieba.js';
import { tokenize } from '../../src/segment/tokens.js';
import { existsSync } from 'node:fs';

describe('segmenter', () => {
  it('is not loaded for extractors that need no tokens', () => {
    const types = EXTRACTORS.filter((x) => !x.needsTokens).flatMap((x) => x.types);
    extractText('今年投资1.47亿元，学习《条例》。', { types });
    expect(isJiebaLoaded()).toBe(false);
  });

  it('ships a project user dictionary', () => {
    expect(existsSync(PROJECT_DICT)).toBe(true);
  });

  it('reads a user dictionary given with --dict and keeps its words whole', () => {
    const text = '我们在龘靐齉吃饭';
    expect(tokenize(text).map((t) => t.word)).not.toContain('龘靐齉');
    const dict = join(mkdtempSync(join(tmpdir(), 'zhnews-dict-')), 'user.dict.utf8');
    writeFileSync(dict, '龘靐齉 n\n');
    expect(tokenize(text, { userDicts: [dict] }).map((t) => t.word)).toContain('龘靐齉');
  });

  it('gives tokens whose offsets cut the text, outside the BMP and across chunks too', () => {
    const text = `${'记者史安琪报道😀，济南市民政局召开会议。\n'.repeat(2000)}`;
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const t of tokens.slice(0, 50).concat(tokens.slice(-50))) expect(text.slice(t.start, t.end)).toBe(t.word);
  });
});
