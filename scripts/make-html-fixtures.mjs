#!/usr/bin/env node
// Makes the GBK news-page fixture (fixtures/html/gbk-trs.html) from its UTF-8 source in
// scripts/html-fixtures/. Run once; the bytes are committed so the tests never depend on an
// encoder. Node has no GBK *encoder*, so the bytes come from iconv (Debian's libc-bin). The
// page declares `charset=gb2312` like many old CMS pages while holding a GBK-only character
// (喆), which is why zhnews reads every GB charset as GB18030.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync(new URL('html-fixtures/gbk-trs.utf8.html', import.meta.url), 'utf8');
const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: source });
writeFileSync(new URL('../fixtures/html/gbk-trs.html', import.meta.url), bytes);
console.log(`fixtures/html/gbk-trs.html written (${bytes.length} bytes, GBK)`);
