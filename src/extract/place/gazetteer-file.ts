// The gazetteer's trie as one binary file, written at build time (scripts/build-data.mjs,
// run by `npm run build` and so by `npm ci`) and opened at run time as typed-array views of
// the file's bytes: a process or worker reads one file of a few MB instead of parsing the 650 KB
// division tree and building 36 000 names into a trie. Layout: a little-endian uint32 length,
// a JSON header (the value table and the arrays' lengths), then each array, 4-byte aligned.
import { readFileSync, statSync } from 'node:fs';
import type { PackedTrie } from '../lib/code-trie.js';

const ARRAYS = ['parents', 'codes', 'children', 'valueOf', 'pairs', 'singles'] as const;
type ArrayName = (typeof ARRAYS)[number];
const KIND: Record<ArrayName, Int32ArrayConstructor | Uint16ArrayConstructor> = {
  parents: Int32Array,
  codes: Uint16Array,
  children: Int32Array,
  valueOf: Int32Array,
  pairs: Int32Array,
  singles: Int32Array,
};
/** Bumped whenever the layout changes: a file of another version is not read. */
const VERSION = 1;

interface Header {
  readonly version: number;
  readonly table: readonly unknown[];
  readonly lengths: Record<ArrayName, number>;
}

const align = (n: number): number => (n + 3) & ~3;

export function encodePackedTrie<T>(packed: PackedTrie<T>): Uint8Array {
  const lengths = Object.fromEntries(ARRAYS.map((k) => [k, packed[k].length])) as Record<ArrayName, number>;
  const header = new TextEncoder().encode(JSON.stringify({ version: VERSION, table: packed.table, lengths } satisfies Header));
  let size = align(4 + header.length);
  for (const k of ARRAYS) size += align(packed[k].byteLength);
  const out = new Uint8Array(size);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  let at = align(4 + header.length);
  for (const k of ARRAYS) {
    out.set(new Uint8Array(packed[k].buffer, packed[k].byteOffset, packed[k].byteLength), at);
    at += align(packed[k].byteLength);
  }
  return out;
}

/** The trie in `bytes`, as views of them (nothing copied when they are 4-byte aligned); null for another version. */
export function decodePackedTrie<T>(bytes: Uint8Array): PackedTrie<T> | null {
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const headerLength = new DataView(own.buffer, own.byteOffset).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(own.subarray(4, 4 + headerLength))) as Header;
  if (header.version !== VERSION) return null;
  let at = own.byteOffset + align(4 + headerLength);
  const views = {} as Record<ArrayName, Int32Array | Uint16Array>;
  for (const k of ARRAYS) {
    views[k] = new KIND[k](own.buffer as ArrayBuffer, at, header.lengths[k]);
    at += align(views[k].byteLength);
  }
  return { ...(views as Omit<PackedTrie<T>, 'table'>), table: header.table as T[] };
}

/**
 * The file's trie, or null when there is no file (running from src/, as the tests do), when it
 * is of another version, or when it is older than `builtFrom` (the compiled module that lists
 * the sources: tsc rewrites every module, so a build without the data step leaves a file that
 * may not hold the current tables, and it is not read).
 */
export function readPackedTrie<T>(path: URL, builtFrom: URL): PackedTrie<T> | null {
  let bytes: Uint8Array;
  try {
    if (statSync(path).mtimeMs < statSync(builtFrom).mtimeMs) return null;
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return decodePackedTrie<T>(bytes);
}
