#!/usr/bin/env node
// npm run bench: throughput, growth and memory of zhnews against nodejieba's own `tag`, on a
// corpus built at run time from the seed fixtures (bench-out/, never committed).
//
//   npm run bench                  10 MB and 100 MB corpora, growth 1x/4x/16x, start-up, adversarial
//   npm run bench -- --quick       10 MB only (about a minute)
//   npm run bench -- --huge        also a 50 MB file without a line break and 100 000 small files
//   npm run bench -- --steps       only the cost of each extraction step alone (seconds)
//
// Whole-process figures come from /usr/bin/time (wall seconds, peak RSS of the process with
// all its threads); each is the median of --runs runs (default 1 for big inputs, 5 for start-up).
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
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
const results = { machine: machine(), date: new Date().toISOString().slice(0, 10), rows: [] };

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
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] });
    const last = run.stderr.trim().split('\n').pop() ?? '';
    const [wall, rssKb] = last.split(' ').map(Number);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${argv.join(' ')} exited ${run.status}: ${run.stderr.slice(0, 400)}`);
    samples.push({ wall, rss: rssKb / 1024 });
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(samples.map((s) => s.wall)), rss: median(samples.map((s) => s.rss)) };
}

function row(label, bytes, t, note = '') {
  const r = { label, mb: +(bytes / MB).toFixed(2), seconds: t.wall, mbPerS: bytes ? +(bytes / MB / t.wall).toFixed(2) : null, peakRssMb: Math.round(t.rss), note };
  results.rows.push(r);
  console.log(`${label.padEnd(44)} ${String(r.mb).padStart(8)} MB ${t.wall.toFixed(2).padStart(8)} s ${r.mbPerS === null ? '' : `${r.mbPerS.toFixed(2).padStart(7)} MB/s`} ${String(r.peakRssMb).padStart(6)} MB RSS ${note}`);
  return r;
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
console.log('steady state, each step alone (seeds, warmed up)');
await extractorCosts();
if (args.has('--steps')) process.exit(0);

// 1. Throughput on 10 MB (and 100 MB): jieba tag alone, zhnews on 1 and 2 workers.
for (const size of QUICK ? [10] : [10, 100]) {
  const dir = corpusFolder(`corpus-${size}mb`, size * MB);
  const bytes = sizeOf(dir);
  const joined = bigFile(`joined-${size}mb.txt`, size * MB);
  const tag = jiebaTagRate(joined);
  results.rows.push({ label: `nodejieba tag alone (${size} MB, load excluded)`, mbPerS: +tag.toFixed(2) });
  console.log(`${`nodejieba tag alone (${size} MB, load excluded)`.padEnd(44)} ${' '.repeat(22)}${tag.toFixed(2).padStart(7)} MB/s`);
  const one = row(`zhnews --jobs 1 (${size} MB folder)`, bytes, timed(extract('--jobs', '1', dir)));
  const two = row(`zhnews --jobs 2 (${size} MB folder)`, bytes, timed(extract('--jobs', '2', dir)));
  // The machine's own ceiling for two workers: two separate --jobs 1 processes, each on half
  // the folder (--shard), started together. --jobs 2 cannot beat two independent processes.
  const halves = ['1/2', '2/2'].map((k) => extract('--jobs', '1', '--shard', k, dir).join(' ')).join(' & ');
  const pair = row(`two --jobs 1 processes, --shard 1/2 and 2/2`, bytes, timed(['sh', '-c', `${halves} & wait`]), 'peak RSS: the larger process');
  console.log(`${'  ratio zhnews(1 job) / jieba tag'.padEnd(44)} ${(one.mbPerS / tag * 100).toFixed(0)} %;  jobs 2 / jobs 1: ${(two.mbPerS / one.mbPerS).toFixed(2)}x;  two processes / jobs 1: ${(pair.mbPerS / one.mbPerS).toFixed(2)}x\n`);
  results.rows.push({ label: `ratio zhnews/jieba-tag ${size} MB`, ratio: +(one.mbPerS / tag).toFixed(3), speedup2: +(two.mbPerS / one.mbPerS).toFixed(3), speedupTwoProcesses: +(pair.mbPerS / one.mbPerS).toFixed(3) });
}

// 2. Growth: one document at 1x, 4x, 16x; linear work means seconds grow 4x per step (minus start-up).
const base = 256 * 1024;
for (const k of [1, 4, 16]) {
  const path = bigFile(`growth-${k}x.txt`, base * k);
  row(`one document, ${k}x`, sizeOf(path), timed(extract('--jobs', '1', path)));
}
console.log('');

// 3. Start-up: a single short article, all types, and types that need no segmenter.
const one = join(ROOT, 'fixtures/seeds', readdirSync(join(ROOT, 'fixtures/seeds')).sort()[0]);
row('start-up: one article, all types', sizeOf(one), timed(extract(one), 5), 'median of 5');
row('start-up: one article, --types money,date', sizeOf(one), timed(extract('--types', 'money,date', one), 5), 'median of 5 (no jieba)');
console.log('');

// 4. Adversarial runs against the regular expressions: time must stay linear.
for (const [name, unit] of [['digits', '1234567890'], ['wan', '万'], ['book-open', '《'], ['spaces', ' 3 . '], ['cn-numerals', '一二三四五六七八九十百千']]) {
  for (const k of [1, 4]) {
    const path = join(OUT, `adversarial-${name}-${k}x.txt`);
    if (!existsSync(path)) writeFileSync(path, unit.repeat(Math.ceil((200_000 * k) / unit.length)));
    row(`adversarial ${name}, ${k}x`, sizeOf(path), timed(extract('--jobs', '1', path)));
  }
}

// 5. Huge inputs, on request.
if (HUGE) {
  const line = join(OUT, 'one-line-50mb.txt');
  if (!existsSync(line)) writeFileSync(line, seeds.join('').replace(/\s+/gu, '').repeat(Math.ceil(50 * MB / Buffer.byteLength(seeds.join('')))));
  row('50 MB file, no line break', sizeOf(line), timed(extract('--jobs', '1', line)));
  const many = join(OUT, 'many-small');
  if (!existsSync(join(many, '.done'))) {
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 100_000; i += 1) writeFileSync(join(many, `${String(i).padStart(6, '0')}.txt`), seeds[i % seeds.length].slice(0, 400));
    writeFileSync(join(many, '.done'), '');
  }
  row('100 000 small files, --jobs 2', sizeOf(many), timed(extract('--jobs', '2', many)));
}

writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${join(OUT, 'results.json')}`);
