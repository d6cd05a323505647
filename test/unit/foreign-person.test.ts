// Every row of the foreign-name cue tables is run: its example through the whole pipeline,
// and each of its words in a fixed frame, so a word added to a table is a word that works
// (rules/foreign-context.ts, person/foreign-context.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { FOREIGN_DESCRIPTIONS, FOREIGN_FOLLOWERS, FOREIGN_TITLES_AFTER } from '../../src/extract/rules/foreign-context.js';
import { TRANSLITERATION_CHARS } from '../../src/extract/rules/transliteration.js';
import { JAPANESE_SURNAMES, JAPANESE_TITLES } from '../../src/extract/rules/japanese-names.js';

function people(text: string): { text: string; rule?: string }[] {
  return extractText(text, { explain: true }).mentions.filter((m) => m.type === 'person');
}

/** The name marked `[[ ]]` in a table example. */
function marked(example: string): { text: string; name: string } {
  const name = /\[\[(.+?)\]\]/u.exec(example)?.[1] ?? '';
  return { text: example.replace(/\[\[|\]\]/gu, ''), name };
}

describe('table examples', () => {
  const rows = [...FOREIGN_DESCRIPTIONS, ...FOREIGN_TITLES_AFTER, ...FOREIGN_FOLLOWERS];
  const japanese = JAPANESE_TITLES.map((r) => [r.id, r.example] as const);
  it.each(japanese)('%s: %s', (_id, example) => {
    const { text, name } = marked(example);
    expect(people(text)).toContainEqual(expect.objectContaining({ text: name }));
  });
  it.each(rows.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    const { text, name } = marked(example);
    expect(people(text)).toContainEqual(expect.objectContaining({ text: name, rule: id }));
  });
});

describe('every table word', () => {
  for (const row of FOREIGN_TITLES_AFTER) {
    it.each(row.words)(`${row.id}: 。萨莫诺夫%s出席`, (word) => {
      expect(people(`。萨莫诺夫${word}出席`)).toContainEqual(expect.objectContaining({ text: '萨莫诺夫', rule: row.id }));
    });
  }
  for (const row of FOREIGN_FOLLOWERS) {
    it.each(row.words)(`${row.id}: 。萨莫诺夫%s`, (word) => {
      expect(people(`。萨莫诺夫${word},会议结束。`)).toContainEqual(expect.objectContaining({ text: '萨莫诺夫', rule: row.id }));
    });
  }
  for (const row of FOREIGN_DESCRIPTIONS) {
    it.each(row.words)(`${row.id}: 巴西%s萨莫诺夫出席`, (word) => {
      expect(people(`巴西${word}萨莫诺夫出席`)).toContainEqual(expect.objectContaining({ text: '萨莫诺夫' }));
    });
  }
});

describe('Japanese family names', () => {
  it('are two or three Chinese characters, no duplicate', () => {
    expect(new Set(JAPANESE_SURNAMES).size).toBe(JAPANESE_SURNAMES.length);
    for (const s of JAPANESE_SURNAMES) expect(s).toMatch(/^[\u4e00-\u9fff]{2,3}$/u);
  });
  for (const row of JAPANESE_TITLES) {
    it.each(row.words)(`${row.id}: 。佐藤%s出席`, (word) => {
      expect(people(`。佐藤${word}出席`)).toContainEqual(expect.objectContaining({ text: '佐藤' }));
    });
  }
});

describe('transliteration characters', () => {
  it('has no duplicate and only Chinese characters', () => {
    const chars = [...TRANSLITERATION_CHARS];
    expect(new Set(chars).size).toBe(chars.length);
    for (const ch of chars) expect(ch).toMatch(/^[\u4e00-\u9fff]$/u);
  });
});

describe('names in Latin letters', () => {
  it.each([
    ['她请来了美国的律师Mark T.Ellison,他专办税务案件。', 'Mark T.Ellison'],
    ['教授Anne Holloway说,方案还要修改。', 'Anne Holloway'],
    ['Peter Lindqvist先生对此表示欢迎。', 'Peter Lindqvist'],
  ])('%s', (text, name) => {
    expect(people(text)).toContainEqual(expect.objectContaining({ text: name }));
  });
});
