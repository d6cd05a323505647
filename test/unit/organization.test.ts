// The organization extractor on its own (no pipeline): every example of the suffix table
// and the left and right edges of a name.
import { describe, expect, it } from 'vitest';
import { organization } from '../../src/extract/organization.js';
import { ORG_SUFFIXES } from '../../src/extract/rules/org-suffixes.js';
import { clauseTokens } from '../../src/segment/clause-tokens.js';
import type { CleanText } from '../../src/extract/types.js';

const clean = (s: string): CleanText => ({ text: s, display: s, softBreak: new Uint8Array(s.length) });
const words = [...(organization.jiebaWords?.() ?? [])];
/** The organizations of `s`; with `segmented`, as the pipeline runs it, with the segmenter's words. */
const orgs = (s: string, segmented = false): string[] =>
  organization
    .extract(clean(s), null, { refDate: null, ...(segmented ? { tokens: clauseTokens(clean(s), { words }) } : {}) })
    .map((d) => s.slice(d.start, d.end));

function marked(example: string): { text: string; name: string } {
  const m = /^(.*)\[\[(.+)\]\](.*)$/u.exec(example);
  if (!m) throw new Error(`no [[ ]] in ${example}`);
  return { text: `${m[1]}${m[2]}${m[3]}`, name: m[2] ?? '' };
}

describe('org suffix table examples', () => {
  it.each(ORG_SUFFIXES.map((r) => [r.id, r.example, r.business === true, r.site === true] as const))('%s: %s', (_, example, business, site) => {
    const { text, name } = marked(example);
    // a site's example is a place: no organization
    if (site) return expect(orgs(text, true)).toEqual([]);
    // a business word needs the segmenter: the name is its word on the left
    expect(orgs(text, business)).toContain(name);
  });
});

describe('edges', () => {
  it.each([
    ['推动济南市民政局工作', ['济南市民政局']],
    ['召开市慈善总会工作会议', ['市慈善总会']],
    ['全市慈善总会系统', []],
    ['市委市政府召开会议', ['市委']],
    ['开创新局面', []],
    ['济南市民政局认真按照市委工作安排', ['济南市民政局', '市委']],
    ['济南市创建全国法治政府建设示范市', []],
    ['在全市14个中福在线销售厅设立', []],
    ['济南市民政局、济宁市民政局和省民政厅', ['济南市民政局', '济宁市民政局', '省民政厅']],
  ])('%s', (s, want) => {
    expect(orgs(s)).toEqual(want);
  });

  it('emits no overlapping organizations', () => {
    const s = '济宁任城凤凰怡康医院医养慈善基金和山东大学党委';
    expect(orgs(s)).toEqual(['济宁任城凤凰怡康医院医养慈善基金', '山东大学党委']);
  });
});
