#!/usr/bin/env node
// Run by `npm run build` (and so by `npm ci`, through `prepare`) after tsc: writes the tables
// that are costly to build into dist/data/, where the compiled code opens them at run time
// (src/extract/place/gazetteer-file.ts). Nothing here is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { GAZETTEER_FILE, gazetteerFileBytes } = await import('../dist/extract/place/gazetteer.js');
const path = fileURLToPath(GAZETTEER_FILE);
mkdirSync(new URL('.', GAZETTEER_FILE), { recursive: true });
const bytes = gazetteerFileBytes();
writeFileSync(path, bytes);
console.log(`build-data: ${path} (${(bytes.length / 1e6).toFixed(1)} MB)`);
