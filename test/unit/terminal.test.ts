// Text for a terminal: control characters shown as escapes, CJK counted two columns wide, and
// the pretty view built from them (one line per mention, the mention marked in its window).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/index.js';
import { prettyWriter } from '../../src/output/pretty.js';
import { displayWidth, escapeControls, fitColumns, fitColumnsFromEnd } from '../../src/output/terminal.js';
import { chooseColor, checkFormatOptions, parseFormat } from '../../src/cli/format-choice.js';
import { editDistance, nearest } from '../../src/nearest.js';
import { estimate } from '../../src/cli/progress.js';

describe('escapeControls', () => {
  it('shows C0, DEL, ESC and C1 controls as escapes and keeps other text', () => {
    expect(escapeControls('a\nb\tc\r')).toBe('a\\nb\\tc\\r');
    expect(escapeControls('\u001b[2J济南\u009b31m\u007f')).toBe('\\x1b[2J济南\\x9b31m\\x7f');
    expect(escapeControls('《条例》 1.47亿元')).toBe('《条例》 1.47亿元');
  });
});

describe('display width', () => {
  it('counts CJK and full-width forms two columns, ASCII one', () => {
    expect(displayWidth('济南 2024')).toBe(9);
    expect(displayWidth('（记者）')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2);
  });

  it('cuts from either end to fit, marking the cut', () => {
    expect(fitColumns('济南市民政局', 7)).toBe('济南市…');
    expect(fitColumnsFromEnd('济南市民政局', 7)).toBe('…民政局');
    expect(fitColumns('济南', 4)).toBe('济南');
  });
});

describe('pretty', () => {
  const render = (text: string, color = false, columns = 120): string => {
    const doc = extractText(text, { doc: 'a.txt', refDate: '2024-06-28', withText: true });
    return String(prettyWriter({ color, columns }).document(doc));
  };

  it('gives one header line and one line per mention, grouped by kind with counts', () => {
    const out = render('济南市民政局今年投资1.47亿元。');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('a.txt  ref 2024-06-28 (option) · 1 entity, 1 date, 1 quantity');
    expect(lines).toContain('  Entities (1: 1 organization)');
    expect(lines.find((l) => l.startsWith('    money'))).toMatch(/^ {4}money {9}1\.47亿元 +147000000 +CNY +of 投资 +济南市民政局今年投资\[1\.47亿元\]。$/u);
  });

  it('marks each of two equal mentions at its own place', () => {
    const lines = render('济南的天气和济南的水。').split('\n').filter((l) => l.startsWith('    location'));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\[济南\]的天气和济南的水。$/u);
    expect(lines[1]).toMatch(/济南的天气和\[济南\]的水。$/u);
  });

  it('keeps every line within the terminal width, CJK counted double', () => {
    const text = '据了解，山东省济南市历下区人民政府今年在全区范围内投资建设了一批重点民生工程项目，总投资达到1.47亿元，惠及群众三万余人。';
    for (const line of render(text, false, 60).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('escapes control characters of the text and the name', () => {
    const doc = extractText('济南\u001b[2J市民政局', { doc: 'evil\n.txt', withText: true });
    const out = String(prettyWriter({ color: false, columns: 120 }).document(doc));
    expect(out).not.toMatch(/\u001b/u);
    expect(out.split('\n')[0]).toMatch(/^evil\\n\.txt /u);
  });

  it('colours the mention only when asked', () => {
    expect(render('济南', true)).toMatch(/\u001b\[/u);
    expect(render('济南', false)).not.toMatch(/\u001b\[/u);
  });
});

describe('format and colour choice', () => {
  it('takes -f in any case, else the -o extension, else the terminal', () => {
    expect(parseFormat('CSV', { toTerminal: true })).toBe('csv');
    expect(parseFormat(undefined, { toTerminal: false, file: 'out.CSV' })).toBe('csv');
    expect(parseFormat(undefined, { toTerminal: false, file: 'out.json' })).toBe('json');
    expect(parseFormat(undefined, { toTerminal: false, file: 'out.ndjson' })).toBe('jsonl');
    expect(parseFormat(undefined, { toTerminal: false, file: 'out.txt' })).toBe('jsonl');
    expect(parseFormat(undefined, { toTerminal: true })).toBe('pretty');
    expect(() => parseFormat('jsnol', { toTerminal: true })).toThrow(/did you mean jsonl\?/u);
  });

  it('refuses an option the format ignores', () => {
    expect(() => checkFormatOptions('jsonl', { bom: true })).toThrow(/--bom applies to --format csv only/u);
    expect(() => checkFormatOptions('csv', { withText: true })).toThrow(/--with-text/u);
    expect(() => checkFormatOptions('csv', { bom: true })).not.toThrow();
  });

  it('decides colour as other tools do', () => {
    expect(chooseColor(undefined, {}, true)).toBe(true);
    expect(chooseColor(undefined, {}, false)).toBe(false);
    expect(chooseColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(chooseColor(undefined, { TERM: 'dumb' }, true)).toBe(false);
    expect(chooseColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(chooseColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(chooseColor('always', { NO_COLOR: '1' }, false)).toBe(true);
    expect(chooseColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(() => chooseColor('sometimes', {}, true)).toThrow(/--color wants auto, always or never/u);
  });
});

describe('nearest', () => {
  it('suggests a close name and nothing for a far one', () => {
    expect(editDistance('mony', 'money')).toBe(1);
    expect(nearest('mony', ['money', 'date'])).toBe('money');
    expect(nearest('organisation', ['organization', 'person'])).toBe('organization');
    expect(nearest('xyz', ['money', 'date'])).toBeNull();
  });
});

describe('progress ETA', () => {
  it('waits for a pace measured after the first file, so start-up does not count per file', () => {
    // 40 files; the first took 3 s of start-up, then 4 more finished in 0.4 s
    expect(estimate({ total: 40, files: 1, filesAtFirst: 1, firstDone: 3000, now: 3000 })).toBe('…');
    expect(estimate({ total: 40, files: 5, filesAtFirst: 1, firstDone: 3000, now: 3400 })).toBe('4 s');
  });
});
