#!/usr/bin/env node
// Makes the decoding fixtures under fixtures/encodings/ from one UTF-8 sample. Run once; the
// bytes are committed so the tests never depend on an encoder. Node has no GB18030 *encoder*,
// so the GB18030 bytes come from iconv (Debian's libc-bin): `iconv -f UTF-8 -t GB18030`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../fixtures/encodings/', import.meta.url);
const sample = readFileSync(new URL('sample.utf8.txt', dir), 'utf8');

writeFileSync(new URL('sample.gb18030.txt', dir), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: sample }));
writeFileSync(new URL('sample.utf8-bom.txt', dir), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')]));
writeFileSync(new URL('sample.utf16le-bom.txt', dir), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]));
const le = Buffer.from(sample, 'utf16le');
const be = Buffer.alloc(le.length);
for (let i = 0; i < le.length; i += 2) {
  be[i] = le[i + 1];
  be[i + 1] = le[i];
}
writeFileSync(new URL('sample.utf16be-bom.txt', dir), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
writeFileSync(new URL('sample.utf16le-nobom.txt', dir), le);
writeFileSync(new URL('binary.txt', dir), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x00]));
// Bytes that are neither UTF-8 nor GB18030: 0x80 and 0xff are not lead bytes in GB18030
writeFileSync(new URL('undecodable.txt', dir), Buffer.from([0xe6, 0xb5, 0x8e, 0x80, 0xff, 0x80, 0xff, 0x0a]));
console.log('fixtures/encodings written');
