// Every row of the person tables is run: its example, and each of its words in a fixed frame,
// so a word added to a table is a word that works (rules/person-roles.ts).
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/clean.js';
import { extractPeople } from '../../src/extract/person.js';
import { BYLINE_ROLES, DOCTRINES, HONORIFICS, TITLES_AFTER, TITLES_BEFORE } from '../../src/extract/rules/person-roles.js';
import { clauseTokens } from '../../src/segment/clause-tokens.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from '../../src/extract/rules/surnames.js';

function people(s: string): { value: unknown; rule: string; role?: string }[] {
  return extractPeople(cleanText(s).clean);
}

/** The name marked `[[ ]]` in a table example. */
function marked(example: string): { text: string; name: string } {
  const name = /\[\[(.+?)\]\]/u.exec(example)?.[1] ?? '';
  return { text: example.replace(/\[\[|\]\]/gu, ''), name };
}

describe('table examples', () => {
  const rows = [...BYLINE_ROLES, ...TITLES_BEFORE, ...TITLES_AFTER];
  it.each(rows.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    const { text, name } = marked(example);
    expect(people(text)).toContainEqual(expect.objectContaining({ value: name, rule: id }));
  });
});

describe('doctrine examples (with the segmenter)', () => {
  it.each(DOCTRINES.map((r) => [r.id, r.example] as const))('%s: %s', (id, example) => {
    const { text, name } = marked(example);
    const clean = cleanText(text).clean;
    expect(extractPeople(clean, clauseTokens(clean))).toContainEqual(expect.objectContaining({ value: name, rule: id }));
  });
});

describe('every table word', () => {
  for (const row of BYLINE_ROLES) {
    it.each(row.words)(`${row.id}: %s 王文文`, (word) => {
      const text = row.colon ? `${word}:王文文` : `${word} 王文文`;
      expect(people(text)).toEqual([expect.objectContaining({ value: '王文文', role: row.role })]);
    });
  }
  for (const row of TITLES_BEFORE) {
    it.each(row.words)(`${row.id}: %s李艳斐表示`, (word) => {
      expect(people(`${word}李艳斐表示`)).toEqual([expect.objectContaining({ value: '李艳斐', rule: row.id })]);
    });
  }
  for (const row of TITLES_AFTER) {
    it.each(row.words)(`${row.id}: 。李艳斐%s`, (word) => {
      expect(people(`。李艳斐${word}说`)).toEqual([expect.objectContaining({ value: '李艳斐', rule: row.id })]);
    });
  }
  it.each(HONORIFICS)('honorific after a bare surname: 市民张%s', (word) => {
    expect(people(`市民张${word}说`)).toEqual([expect.objectContaining({ value: `张${word}` })]);
  });
});

describe('surnames', () => {
  it('has no duplicate and only Chinese characters', () => {
    expect(new Set(SINGLE_SURNAMES).size).toBe(SINGLE_SURNAMES.length);
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
    for (const s of [...SINGLE_SURNAMES, ...COMPOUND_SURNAMES]) expect(s).toMatch(/^[\u4e00-\u9fff]{1,2}$/u);
  });
  it.each(COMPOUND_SURNAMES)('compound %s is read whole in a byline', (surname) => {
    expect(people(`记者 ${surname}凤超`)).toEqual([expect.objectContaining({ value: `${surname}凤超` })]);
  });
});

describe('offsets and overlaps', () => {
  it('drafts are sorted, disjoint and cut their value out of the cleaned text', () => {
    const clean = cleanText('记者 夏侯凤超 通讯员 王文文\n\n市民张先生说,局长李明表示。李明说,好。\n\n(马璇)').clean;
    const drafts = extractPeople(clean);
    expect(drafts.map((d) => d.value)).toEqual(['夏侯凤超', '王文文', '张先生', '李明', '李明', '马璇']);
    for (const [i, d] of drafts.entries()) {
      expect(clean.text.slice(d.start, d.end)).toBe(d.value);
      if (i > 0) expect(d.start).toBeGreaterThanOrEqual(drafts[i - 1]?.end ?? 0);
    }
  });
});

describe('title after a name', () => {
  // The organization extractor may claim `济南市民政局王文文局` in the whole pipeline; the
  // person extractor alone must still read the name after the organization.
  it('reads a name right after an organization: 民政局王文文局长', () => {
    expect(people('济南市民政局王文文局长介绍')).toEqual([expect.objectContaining({ value: '王文文', role: '局长' })]);
  });
});

describe('linear time', () => {
  it('reads 300k characters of surnames, roles and titles quickly', () => {
    const text = ('记者王' + '王'.repeat(40) + '局长' + '张'.repeat(30) + '(王王王王)\n').repeat(4000);
    const clean = { text, display: text, softBreak: new Uint8Array(text.length) };
    const started = performance.now();
    extractPeople(clean);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
