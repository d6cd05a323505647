// A read-only trie of words keyed by UTF-16 code unit, packed into typed arrays: one
// open-addressing hash table maps (node, code unit) to the child node. A lookup walks the text
// one code unit at a time, allocating nothing. Most positions of a text are rejected before
// the table is touched, by a small bitset of the words' first two code units (hashed): the
// table is megabytes and each probe of it a cache miss, the bitset stays in cache. The arrays
// can be written to a file at build time and opened as they are (place/gazetteer-file.ts).

export interface CodeTrie<T> {
  /** The longest word starting at `i`: its end and value, or null. */
  longestAt(text: string, i: number): { end: number; value: T } | null;
  /** The first position at or after `from` where a word starts, and the longest word there; or null. */
  nextFrom(text: string, from: number): { start: number; end: number; value: T } | null;
}

const EMPTY = -1;

/**
 * A trie as plain typed arrays and a table of distinct values: what buildCodeTrie makes and
 * what a build step can write to a file (gazetteer-file.ts) and load without rebuilding.
 */
export interface PackedTrie<T> {
  /** Per slot of the hash table: the parent node (EMPTY for a free slot), its code unit, the child node. */
  readonly parents: Int32Array;
  readonly codes: Uint16Array;
  readonly children: Int32Array;
  /** Per node: 1 + the index of its value in `table`, or 0 (no word ends there). */
  readonly valueOf: Int32Array;
  /** Bits of the (first, second) code-unit pairs (hashed) and of the one-unit words. */
  readonly pairs: Int32Array;
  readonly singles: Int32Array;
  /** The distinct values (compared by identity). */
  readonly table: readonly T[];
}

export function buildCodeTrie<T>(words: Iterable<readonly [string, T]>): CodeTrie<T> {
  return openCodeTrie(packCodeTrie(words));
}

export function packCodeTrie<T>(words: Iterable<readonly [string, T]>): PackedTrie<T> {
  const list = [...words].filter(([w]) => w.length > 0);
  const units = list.reduce((n, [w]) => n + w.length, 0);
  // at most one node per code unit of the words, plus the root; the table stays under half full
  let bits = 4;
  while (1 << bits < units * 2 + 2) bits += 1;
  const size = 1 << bits;
  const shift = 32 - bits;
  const parents = new Int32Array(size).fill(EMPTY);
  const codes = new Uint16Array(size);
  const children = new Int32Array(size);
  const valueOf = new Int32Array(units + 1);
  const table: T[] = [];
  const tableIndex = new Map<T, number>();
  let nodes = 1;
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  const singles = new Int32Array(65536 >>> 5);
  for (const [word, value] of list) {
    if (word.length === 1) setBit(singles, word.charCodeAt(0));
    else setBit(pairs, pairHash(word.charCodeAt(0), word.charCodeAt(1)));
    let node = 0;
    for (let k = 0; k < word.length; k += 1) {
      const code = word.charCodeAt(k);
      const slot = findSlot(parents, codes, shift, node, code);
      if (parents[slot] === EMPTY) {
        parents[slot] = node;
        codes[slot] = code;
        children[slot] = nodes++;
      }
      node = children[slot]!;
    }
    let index = tableIndex.get(value);
    if (index === undefined) tableIndex.set(value, (index = table.push(value) - 1));
    valueOf[node] = index + 1;
  }
  return { parents, codes, children, valueOf: valueOf.slice(0, nodes), pairs, singles, table };
}

/** Open-addressing probe for (node, code): its slot, or the free slot where it would go. */
function findSlot(parents: Int32Array, codes: Uint16Array, shift: number, node: number, code: number): number {
  const mask = parents.length - 1;
  // Fibonacci hashing: the top bits of the product
  let h = Math.imul(Math.imul(node, 0x85ebca6b) ^ code, 0x9e3779b1) >>> shift;
  while (parents[h] !== EMPTY && (parents[h] !== node || codes[h] !== code)) h = (h + 1) & mask;
  return h;
}

/** The lookup over packed arrays: nothing is rebuilt. */
export function openCodeTrie<T>(packed: PackedTrie<T>): CodeTrie<T> {
  const { parents, codes, children, valueOf, pairs, singles, table } = packed;
  const shift = Math.clz32(parents.length) + 1; // 32 - log2(size): the hash's top bits
  /** True when a word may start at `i` (the bitsets of first code units and pairs say so). */
  const mayStart = (text: string, i: number): boolean => {
    const first = text.charCodeAt(i);
    return (i + 1 < text.length && hasBit(pairs, pairHash(first, text.charCodeAt(i + 1)))) || hasBit(singles, first);
  };
  const longestAt = (text: string, i: number): { end: number; value: T } | null => {
    if (i >= text.length || !mayStart(text, i)) return null;
    let node = 0;
    let best = -1;
    let index = 0;
    for (let end = i; end < text.length; end += 1) {
      const slot = findSlot(parents, codes, shift, node, text.charCodeAt(end));
      if (parents[slot] === EMPTY) break;
      node = children[slot]!;
      if (valueOf[node]! > 0) {
        best = end + 1;
        index = valueOf[node]!;
      }
    }
    return best < 0 ? null : { end: best, value: table[index - 1] as T };
  };
  return {
    longestAt,
    nextFrom(text, from) {
      for (let i = Math.max(0, from); i < text.length; i += 1) {
        if (!mayStart(text, i)) continue;
        const hit = longestAt(text, i);
        if (hit) return { start: i, end: hit.end, value: hit.value };
      }
      return null;
    },
  };
}

const PAIR_BITS = 18; // 32 KB: about 6 % of the positions of a news text pass for the gazetteer

function pairHash(a: number, b: number): number {
  return Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

function setBit(bits: Int32Array, k: number): void {
  bits[k >>> 5]! |= 1 << (k & 31);
}

function hasBit(bits: Int32Array, k: number): boolean {
  return (bits[k >>> 5]! & (1 << (k & 31))) !== 0;
}
