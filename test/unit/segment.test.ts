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
import { clauseTokens } from '../../src/segment/clause-tokens.js';
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

describe('clause tokens (the segmenter on demand)', () => {
  const clean = (text: string) => ({ text, display: text, softBreak: new Uint8Array(text.length) });

  it('segments only the clauses asked about, once each', () => {
    const text = `${'今天天气很好，'.repeat(50)}发展中国家的代表出席了会议。${'我们明天再来，'.repeat(50)}`;
    const tokens = clauseTokens(clean(text));
    const at = text.indexOf('发展中国家');
    const around = tokens.tokensAround(at, at + 5);
    expect(around.map((t) => t.word).join('')).toBe('发展中国家的代表出席了会议。');
    const once = tokens.segmented;
    expect(once).toBeLessThan(text.length / 10);
    tokens.tokensAround(at + 2, at + 4);
    expect(tokens.segmented).toBe(once);
  });

  it('tells when a name edge cuts through a word', () => {
    const text = '发展中国家的代表来到北京。';
    const tokens = clauseTokens(clean(text));
    expect(tokens.cutsWord(2)).toBe(true); // 中国 inside 发展中国家
    expect(tokens.cutsWord(10)).toBe(false); // 北京 starts a word
    expect(tokens.tokenAt(10)?.word).toBe('北京');
  });

  it('cuts a clause without punctuation into bounded pieces whose tokens still cut the text', () => {
    const text = '济南市民政局召开会议'.repeat(200);
    const tokens = clauseTokens(clean(text));
    const around = tokens.tokensAround(1000, 1010);
    for (const t of around) expect(text.slice(t.start, t.end)).toBe(t.word);
    expect(tokens.segmented).toBeLessThanOrEqual(2 * 256);
  });
});
