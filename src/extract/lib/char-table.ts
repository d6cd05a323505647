// A table by code unit for scans that ask "is this character one of these?" at every position
// of a text: one byte read, no one-character string (a new string per Chinese character).

/** 1 for each of `chars` (single code units), 0 elsewhere; past the end of a text, charCodeAt gives NaN and the table undefined. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const ch of chars) {
    if (ch.length !== 1) throw new Error(`charTable: '${ch}' is not one code unit`);
    table[ch.charCodeAt(0)] = 1;
  }
  return table;
}
