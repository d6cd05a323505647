// `--format html` in a real browser: headless Chromium (Debian's `chromium`) loads the page
// offline, and the DOM it builds is checked against the JSON output: one <mark> per mention
// and kind, each mark's own text equal to the mention's text, nothing fetched, input text
// escaped. A screenshot is taken too (the page must render, not only parse).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { jsonl, run, zhnews } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const tmp = mkdtempSync(join(tmpdir(), 'zhnews-render-'));

/** Nested marks (a date inside a book title) and a GBK page among the inputs. */
const INPUTS = ['fixtures/html/heavy-nav-comments.html', 'fixtures/html/gbk-trs.html', 'fixtures/seeds/000_fb90a9e2630dc9c0.txt'];

async function chromium(args: readonly string[], url: string): Promise<string> {
  const done = await run(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmp, 'profile-'))}`, ...args, url],
    { timeout: 60_000 },
  );
  if (done.status !== 0) throw new Error(`chromium exited ${done.status}: ${done.stderr.slice(-500)}`);
  return done.stdout;
}

async function renderHtml(inputs: readonly string[], stdin?: string): Promise<string> {
  const out = join(tmp, `page-${Math.random().toString(36).slice(2)}.html`);
  const done = await zhnews(['extract', '--format', 'html', '-q', '-o', out, ...inputs], stdin === undefined ? {} : { input: stdin });
  expect(done.status).toBe(0);
  return out;
}

const KINDS = ['entity', 'date', 'quantity'] as const;

describe.skipIf(!HAS_CHROMIUM)(`--format html in headless Chromium (skipped when ${CHROMIUM} is absent: apt-get install chromium)`, () => {
  it('the rendered DOM has one mark per mention, per kind, with the mention text', async () => {
    const page = await renderHtml(INPUTS);
    const $ = load(await chromium(['--dump-dom'], pathToFileURL(page).href));
    const records = jsonl((await zhnews(['extract', '--format', 'jsonl', '-q', ...INPUTS])).stdout);
    const sections = $('section.doc').toArray();
    expect(sections).toHaveLength(INPUTS.length);
    INPUTS.forEach((input, n) => {
      const mentions = records.filter((r) => r.doc === input);
      const section = $(sections[n]);
      for (const kind of KINDS) {
        expect(section.find(`.text mark[data-kind="${kind}"]`).length, `${input} ${kind}`).toBe(mentions.filter((m) => m.kind === kind).length);
      }
      mentions.forEach((m, i) => {
        const mark = section.find(`mark#d${n + 1}-m${i}`);
        expect(mark.attr('data-type')).toBe(m.type);
        const own = mark.clone();
        own.find('.lbl').remove();
        expect(own.text()).toBe(m.text);
      });
      const quantities = mentions.filter((m) => m.kind === 'quantity');
      expect(section.find('table.quantities tbody tr').length).toBe(quantities.length);
    });
    expect($('mark mark').length).toBeGreaterThan(0); // 《2024年…地图》 holds the date 2024年
  });

  it('fetches nothing and runs no script', async () => {
    const html = readFileSync(await renderHtml(INPUTS), 'utf8');
    const $ = load(html);
    expect($('script, link, img, iframe, object, embed').length).toBe(0);
    expect(html).not.toMatch(/\b(?:src|href)="(?!#)/u);
    expect(html).not.toMatch(/url\(|@import/u);
  });

  it('escapes the input: markup in the text stays text in the browser', async () => {
    const hostile = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>今年完成投资1.47亿元，"引号" & \'单引号\'。';
    const page = await renderHtml(['-'], hostile);
    const $ = load(await chromium(['--dump-dom'], pathToFileURL(page).href));
    expect($('title').text()).toBe('zhnews');
    expect($('.text script, .text img').length).toBe(0);
    expect($('.text').text()).toContain('<script>document.title="pwned"</script>');
    expect($('.text mark[data-type="money"]').first().attr('title')).toContain('147000000 CNY');
  });

  it('renders to a screenshot', async () => {
    const page = await renderHtml(['fixtures/html/date-in-text.html']);
    const png = join(tmp, 'page.png');
    await chromium([`--screenshot=${png}`, '--window-size=1100,1400', '--hide-scrollbars'], pathToFileURL(page).href);
    const bytes = readFileSync(png);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000); // a blank page compresses to a few hundred bytes
  });
});
