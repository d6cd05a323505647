#!/usr/bin/env node
// npm run bench: throughput, growth and memory of zhnews against nodejieba's own `tag`, on a
// corpus built at run time from the seed fixtures (bench-out/, never committed).
//
//   npm run bench                  1, 10 and 100 MB, a mixed folder (4 x 20 MB + 50 MB), growth, start-up, adversarial
//   npm run bench -- --quick       1 and 10 MB only (a few minutes)
//   npm run bench -- --huge        also a 50 MB file without a line break and 100 000 small files
//   npm run bench -- --steps       only the cost of each extraction step alone, and the share of the text segmented (seconds)
//   npm run bench -- --write-readme   also rewrites the README's table between its bench markers
//
// The machine is named in the output, with the load average before each whole-process run:
// on a busy machine the wall times (and any speed-up from workers) mean little.
//
// Whole-process figures come from /usr/bin/time (wall seconds, peak RSS of the process with
// all its threads); each is the median of --runs runs (default 1 for big inputs, 5 for start-up).
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const HUGE = args.has('--huge');
const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench-out');
const BIN = join(ROOT, 'bin/zhnews.js');
const seeds = readdirSync(join(ROOT, 'fixtures/seeds')).sort().map((f) => readFileSync(join(ROOT, 'fixtures/seeds', f), 'utf8'));
const MB = 1e6;

mkdirSync(OUT, { recursive: true });
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
const results = { machine: machine(), date: new Date().toISOString().slice(0, 10), commit, loadBefore: loadavg()[0], rows: [] };
const load = () => loadavg()[0].toFixed(2);

function machine() {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
}

/** A folder of article files, the seeds round-robin, until `bytes`. */
function corpusFolder(name, bytes) {
  const dir = join(OUT, name);
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const text = seeds[i % seeds.length];
    writeFileSync(join(dir, `${String(i).padStart(6, '0')}.txt`), text);
    size += Buffer.byteLength(text);
  }
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

/** One document of about `bytes`: the seeds concatenated. */
function bigFile(name, bytes) {
  const path = join(OUT, name);
  if (existsSync(path)) return path;
  const all = seeds.join('\n\n');
  writeFileSync(path, all.repeat(Math.max(1, Math.round(bytes / Buffer.byteLength(all)))));
  return path;
}

function sizeOf(path) {
  const out = execFileSync('du', ['-sb', path], { encoding: 'utf8' });
  return Number(out.split('\t')[0]);
}

/** Runs a command under /usr/bin/time; returns wall seconds and peak RSS in MB (medians). */
function timed(argv, runs = 1) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const last = run.stderr.trim().split('\n').pop() ?? '';
    const [wall, rssKb, user, sys] = last.split(' ').map(Number);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 400)}`);
    samples.push({ wall, rss: rssKb / 1024, cpu: user + sys });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(samples.map((s) => s.wall)), rss: median(samples.map((s) => s.rss)), cpu: median(samples.map((s) => s.cpu)) };
}

/** One whole-process measurement; `load` is the 1-minute load average just before it ran. */
function row(label, bytes, t, note = '', loadBefore = null) {
  const r = { label, mb: +(bytes / MB).toFixed(2), seconds: t.wall, cpuSeconds: t.cpu === undefined ? null : +t.cpu.toFixed(2), mbPerS: bytes ? +(bytes / MB / t.wall).toFixed(2) : null, peakRssMb: t.rss === undefined ? null : Math.round(t.rss), load: loadBefore, note, table: true };
  results.rows.push(r);
  const rate = r.mbPerS === null ? ' '.repeat(12) : `${r.mbPerS.toFixed(2).padStart(7)} MB/s`;
  console.log(`${label.padEnd(50)} ${String(r.mb).padStart(8)} MB ${t.wall.toFixed(2).padStart(7)} s ${rate} ${r.peakRssMb === null ? '' : `${String(r.peakRssMb).padStart(5)} MB RSS`} ${loadBefore === null ? '' : `load ${loadBefore}`} ${note}`);
  return r;
}

/** Times `argv` after noting the load average. */
function measured(label, bytes, argv, runs = 1, note = '') {
  const before = load();
  return row(label, bytes, timed(argv, runs), note, before);
}

/** The machine's ceiling for any reader of the corpus: read, decode and one regex pass over every file, in this process. */
function regexPassRate(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const decoder = new TextDecoder();
  const started = process.hrtime.bigint();
  let bytes = 0;
  let hits = 0;
  for (const file of files) {
    const raw = readFileSync(file);
    bytes += raw.length;
    for (const _ of decoder.decode(raw).matchAll(/[\u4e00-\u9fff]+/gu)) hits += 1;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mbPerS: bytes / MB / seconds, hits };
}

/**
 * The segmenter's load as zhnews makes it, in a fresh process: nodejieba with the project's
 * dictionaries and the extractors' words (src/segment/jieba.ts), timed after the modules are
 * imported; seconds and the RSS it adds (what --types with a segmenter pays, and only it).
 */
function jiebaLoadCost() {
  const dist = (p) => JSON.stringify(new URL(`../dist/${p}`, import.meta.url).href);
  const script = `const [{ loadJieba }, { extractorWords }, { EXTRACTORS }] = await Promise.all([import(${dist('segment/jieba.js')}), import(${dist('segment/extractor-words.js')}), import(${dist('extract/registry.js')})]);
const t = process.hrtime.bigint(); const r0 = process.memoryUsage().rss;
loadJieba({ words: extractorWords(EXTRACTORS) }).tag('济南');
console.log(Number(process.hrtime.bigint() - t) / 1e9, (process.memoryUsage().rss - r0) / 2 ** 20);`;
  const samples = [0, 1, 2].map(() => spawnSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' }).stdout.trim().split(' ').map(Number));
  const median = (k) => samples.map((x) => x[k]).sort((a, b) => a - b)[1];
  return { seconds: median(0), addedRssMb: median(1) };
}

/** nodejieba tag alone, in this process, dictionary load excluded: the floor of any jieba pipeline. */
function jiebaTagRate(path) {
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba');
  jieba.load();
  const text = readFileSync(path, 'utf8');
  const started = process.hrtime.bigint();
  for (let at = 0; at < text.length; at += 16384) jieba.tag(text.slice(at, at + 16384));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Buffer.byteLength(text) / MB / seconds;
}

const extract = (...more) => ['node', BIN, 'extract', '--format', 'jsonl', '--quiet', ...more];

console.log(`zhnews benchmark on ${results.machine}\n`);

// 0. Each extractor alone, in this process, warmed up: steady-state nanoseconds per character
//    of cleaned text (the seeds, 120 rounds, the first 20 not counted). Where a change of the
//    rules costs or saves time shows here first.
async function extractorCosts() {
  const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
  const [{ EXTRACTORS }, { cleanText }, { refine }] = await Promise.all([dist('extract/registry.js'), dist('clean/clean.js'), dist('refine/overlaps.js')]);
  const ms = new Map();
  const time = (name, f) => {
    const t = performance.now();
    const out = f();
    ms.set(name, (ms.get(name) ?? 0) + performance.now() - t);
    return out;
  };
  let chars = 0;
  for (let round = 0; round < 120; round += 1) {
    if (round === 20) ms.clear();
    for (const text of seeds) {
      if (round >= 20) chars += text.length;
      const { clean } = time('clean', () => cleanText(text));
      const drafts = [];
      for (const x of EXTRACTORS) time(x.name, () => { for (const d of x.extract(clean, null, { refDate: null, dictionary: [] })) drafts.push(d); });
      time('refine', () => refine(drafts));
    }
  }
  const total = [...ms.values()].reduce((a, b) => a + b, 0);
  for (const [name, v] of ms) console.log(`${`  ${name}`.padEnd(44)} ${((v * 1e6) / chars).toFixed(0).padStart(6)} ns/char`);
  console.log(`${'  all, extraction alone (no I/O, no output)'.padEnd(44)} ${((total * 1e6) / chars).toFixed(0).padStart(6)} ns/char\n`);
  results.rows.push({ label: 'extraction alone, ns per character', nsPerChar: Object.fromEntries([...ms].map(([k, v]) => [k, Math.round((v * 1e6) / chars)])) });
}
// 0b. How much of the text the segmenter is asked about: every type on the seeds, through the
//     pipeline as a run takes it (jieba segments only the clauses a rule asks about).
async function segmentedShare() {
  const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
  await dist('extract/registry.js'); // every extractor ready, as the library makes them
  const { extractMentions } = await dist('pipeline.js');
  const stats = { cleaned: 0, segmented: 0 };
  for (const text of seeds) extractMentions(text, 'seed', { refDate: null, types: null, explain: false, stats });
  const share = stats.segmented / stats.cleaned;
  console.log(`${'  text segmented (all types, seeds)'.padEnd(44)} ${(share * 100).toFixed(1).padStart(6)} % of ${stats.cleaned} code units\n`);
  results.rows.push({ label: 'share of the cleaned text segmented (all types, seeds)', share: +share.toFixed(4), cleanedUnits: stats.cleaned });
}
console.log('steady state, each step alone (seeds, warmed up)');
await extractorCosts();
await segmentedShare();
if (args.has('--steps')) process.exit(0);

// 1. Throughput: the regex-pass ceiling, jieba tag alone, zhnews by default and on 1 and 2
//    workers. The default must never be slower than --jobs 1; one worker is measured against
//    what one regex pass over the same files costs.
for (const size of QUICK ? [1, 10] : [1, 10, 100]) {
  const dir = corpusFolder(`corpus-${size}mb`, size * MB);
  const bytes = sizeOf(dir);
  const regex = regexPassRate(dir);
  results.rows.push({ label: `read + decode + one regex pass (${size} MB)`, mbPerS: +regex.mbPerS.toFixed(2) });
  console.log(`${`read + decode + one regex pass (${size} MB)`.padEnd(50)} ${' '.repeat(21)}${regex.mbPerS.toFixed(2).padStart(7)} MB/s`);
  const one = measured(`zhnews --jobs 1 (${size} MB folder)`, bytes, extract('--jobs', '1', dir));
  const auto = measured(`zhnews, default --jobs (${size} MB folder)`, bytes, extract(dir));
  console.log(`${'  default / --jobs 1'.padEnd(50)} ${(auto.mbPerS / one.mbPerS).toFixed(2)}x;  --jobs 1 / regex pass: ${((one.mbPerS / regex.mbPerS) * 100).toFixed(1)} %`);
  results.rows.push({ label: `ratios ${size} MB`, defaultOverJobs1: +(auto.mbPerS / one.mbPerS).toFixed(3), jobs1OverRegexPass: +(one.mbPerS / regex.mbPerS).toFixed(4) });
  if (size < 10) continue;
  const joined = bigFile(`joined-${size}mb.txt`, size * MB);
  const tag = jiebaTagRate(joined);
  results.rows.push({ label: `nodejieba tag alone (${size} MB, load excluded)`, mbPerS: +tag.toFixed(2) });
  console.log(`${`nodejieba tag alone (${size} MB, load excluded)`.padEnd(50)} ${' '.repeat(21)}${tag.toFixed(2).padStart(7)} MB/s`);
  const two = measured(`zhnews --jobs 2 (${size} MB folder)`, bytes, extract('--jobs', '2', dir));
  // The machine's own ceiling for two workers: two separate --jobs 1 processes, each on half
  // the folder (--shard), started together. --jobs 2 cannot beat two independent processes.
  const halves = ['1/2', '2/2'].map((k) => extract('--jobs', '1', '--shard', k, dir).join(' ')).join(' & ');
  const pair = measured(`two --jobs 1 processes, --shard 1/2 and 2/2`, bytes, ['sh', '-c', `${halves} & wait`], 1, 'RSS: the larger');
  const share = (one.mbPerS / tag) * 100;
  console.log(`${'  zhnews (1 job) / jieba tag'.padEnd(50)} ${share.toFixed(0)} % (a segmenter in the pipeline would need ${(100 / share * 100).toFixed(0)} % of zhnews's time);  --jobs 2 / --jobs 1: ${(two.mbPerS / one.mbPerS).toFixed(2)}x;  two processes / --jobs 1: ${(pair.mbPerS / one.mbPerS).toFixed(2)}x\n`);
  results.rows.push({ label: `ratio zhnews/jieba-tag ${size} MB`, ratio: +(one.mbPerS / tag).toFixed(3), speedup2: +(two.mbPerS / one.mbPerS).toFixed(3), speedupTwoProcesses: +(pair.mbPerS / one.mbPerS).toFixed(3) });
}

// 1b. Big files: a folder of four 20 MB files and one 50 MB file, whose windows the workers share.
if (!QUICK) {
  const dir = join(OUT, 'mixed-big');
  if (!existsSync(join(dir, '.done'))) {
    mkdirSync(dir, { recursive: true });
    for (const [name, size] of [['a', 20], ['b', 20], ['c', 20], ['d', 20], ['e', 50]]) writeFileSync(join(dir, `${name}.txt`), readFileSync(bigFile(`joined-${size}mb.txt`, size * MB)));
    writeFileSync(join(dir, '.done'), '');
  }
  const bytes = sizeOf(dir);
  const one = measured('zhnews --jobs 1 (4 x 20 MB + 50 MB files)', bytes, extract('--jobs', '1', dir));
  const two = measured('zhnews --jobs 2 (4 x 20 MB + 50 MB files)', bytes, extract('--jobs', '2', dir));
  console.log(`${'  --jobs 2 / --jobs 1'.padEnd(50)} ${(two.mbPerS / one.mbPerS).toFixed(2)}x\n`);
}

// 2. Growth: one document at 1x, 4x, 16x; linear work means seconds grow 4x per step (minus start-up).
const base = 256 * 1024;
for (const k of [1, 4, 16]) {
  const path = bigFile(`growth-${k}x.txt`, base * k);
  measured(`one document, ${k}x`, sizeOf(path), extract('--jobs', '1', path));
}
console.log('');

// 3. Start-up: a single short article, all types, and types that need no segmenter; Node's own
//    start-up beside them, and the segmenter's load, which a run pays only when an extractor
//    asks for tokens.
const one = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).sort()[0]);
measured('start-up: node -e 0', 0, ['node', '-e', '0'], 5, 'median of 5');
const all = measured('start-up: one article, all types', sizeOf(one), extract(one), 5, 'median of 5');
measured('start-up: one article, --types money,date', sizeOf(one), extract('--types', 'money,date', one), 5, 'median of 5');
const jl = jiebaLoadCost();
row('segmenter (nodejieba) load, in a fresh process', 0, { wall: jl.seconds, rss: jl.addedRssMb }, 'median of 3; RSS: what it adds');
row('start-up: one article, all types, less the segmenter load', 0, { wall: +(all.seconds - jl.seconds).toFixed(2) }, 'the two rows above, subtracted');
console.log('');

// 4. Adversarial runs against the regular expressions: time must stay linear.
for (const [name, unit] of [['digits', '1234567890'], ['wan', '万'], ['book-open', '《'], ['spaces', ' 3 . '], ['cn-numerals', '一二三四五六七八九十百千']]) {
  for (const k of [1, 4]) {
    const path = join(OUT, `adversarial-${name}-${k}x.txt`);
    if (!existsSync(path)) writeFileSync(path, unit.repeat(Math.ceil((200_000 * k) / unit.length)));
    measured(`adversarial ${name}, ${k}x`, sizeOf(path), extract('--jobs', '1', path));
  }
}

// 5. Huge inputs, on request.
if (HUGE) {
  const line = join(OUT, 'one-line-50mb.txt');
  if (!existsSync(line)) writeFileSync(line, seeds.join('').replace(/\s+/gu, '').repeat(Math.ceil(50 * MB / Buffer.byteLength(seeds.join('')))));
  measured('50 MB file, no line break', sizeOf(line), extract('--jobs', '1', line));
  const many = join(OUT, 'many-small');
  if (!existsSync(join(many, '.done'))) {
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 100_000; i += 1) writeFileSync(join(many, `${String(i).padStart(6, '0')}.txt`), seeds[i % seeds.length].slice(0, 400));
    writeFileSync(join(many, '.done'), '');
  }
  measured('100 000 small files, --jobs 2', sizeOf(many), extract('--jobs', '2', many));
}

writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
if (args.has('--write-readme')) writeReadmeTable();

/** Rewrites the table between the README's bench markers from this run's whole-process rows. */
function writeReadmeTable() {
  const path = join(ROOT, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const [open, close] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const from = readme.indexOf(open);
  const to = readme.indexOf(close);
  if (from < 0 || to < from) throw new Error(`README.md has no ${open} ... ${close} markers`);
  const cell = (v, digits) => (v === null || v === undefined ? '' : typeof v === 'number' ? v.toFixed(digits) : v);
  const lines = [
    `${results.date}, commit ${results.commit}, ${results.machine}; 1-minute load average ${results.loadBefore.toFixed(2)} at the start.`,
    '',
    '| run | MB | seconds | CPU seconds | MB/s | peak RSS (MB) | load before | note |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...results.rows.filter((r) => r.table).map((r) => `| ${r.label} | ${cell(r.mb, 2)} | ${cell(r.seconds, 2)} | ${cell(r.cpuSeconds, 2)} | ${cell(r.mbPerS, 2)} | ${cell(r.peakRssMb, 0)} | ${cell(r.load)} | ${r.note} |`),
    '',
    ...results.rows.filter((r) => !r.table).map((r) => `- ${r.label}: ${Object.entries(r).filter(([k]) => k !== 'label').map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(', ')}`),
  ];
  writeFileSync(path, `${readme.slice(0, from + open.length)}\n${lines.join('\n')}\n${readme.slice(to)}`);
  console.log(`README.md: table rewritten (${results.rows.length} rows)`);
}
console.log(`\nresults: ${join(OUT, 'results.json')}`);
