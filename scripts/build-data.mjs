#!/usr/bin/env node
// Run by `npm run build` (and so by `npm ci`, through `prepare`) after tsc: writes the tables
// that are costly to build into dist/data/, where the compiled code opens them at run time
// (src/extract/place/gazetteer.ts, src/segment/extractor-words.ts, src/extract/lib/icu-names.ts). Nothing here is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { GAZETTEER_FILE, gazetteerFileBytes } = await dist('extract/place/gazetteer.js');
const { EXTRACTORS } = await dist('extract/registry.js');
const { EXTRACTOR_WORDS_FILE, extractorWordsFileText } = await dist('segment/extractor-words.js');
const { ICU_NAMES_FILE, askIcu } = await dist('extract/lib/icu-names.js');

/** Writes one file under dist/data/ and says so. */
function write(url, data) {
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, data);
  console.log(`build-data: ${fileURLToPath(url)} (${(Buffer.byteLength(data) / 1e6).toFixed(1)} MB)`);
}

write(GAZETTEER_FILE, gazetteerFileBytes());
// the words of every extractor, in run order: a run with entity types loads all of them
write(EXTRACTOR_WORDS_FILE, extractorWordsFileText(EXTRACTORS));
// the Chinese currency and region names of this Node's ICU
write(ICU_NAMES_FILE, `${JSON.stringify(askIcu())}\n`);
