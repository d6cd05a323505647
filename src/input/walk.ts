// The folder walk: every file with a chosen extension under a folder named on the command
// line, sorted by name at each level (byte order, the same on every machine).
// - Hidden entries (`.git/`, `.DS_Store`) and `node_modules/` are skipped: they hold no news
//   and can hold a great many files. Naming one on the command line reads it.
// - A folder link is followed only to a folder inside the root given, and each folder is read
//   once however many links lead to it: a link to `..` or `/` reads nothing.
// - A link that leads nowhere is a failure only when its name has a chosen extension (a file
//   the user wanted); a dangling `README` or a broken link to a folder is passed over.
// - Names are read as bytes: a name that is not UTF-8 is opened by its bytes (displayPath).
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { sep } from 'node:path';
import { ZhnewsError, fromFsError } from '../errors.js';
import type { FsPath } from './open.js';

/** A file found: `path` opens it, `display` names it (the same string when the name is UTF-8). */
export interface Listed {
  readonly path: FsPath;
  readonly display: string;
}
type Found = Listed | { path: string; error: ZhnewsError };

interface Walk {
  readonly extensions: readonly string[];
  readonly root: string;
  /** Real paths of the folders read so far. */
  readonly seen: Set<string>;
}

export async function* walk(dir: FsPath, extensions: readonly string[]): AsyncGenerator<Found> {
  let root: string;
  try {
    root = await realpath(dir);
  } catch (err) {
    yield { path: displayPath(dir), error: fromFsError(err, displayPath(dir)) };
    return;
  }
  yield* walkFolder(dir, root, { extensions, root, seen: new Set() });
}

async function* walkFolder(dir: FsPath, real: string, w: Walk): AsyncGenerator<Found> {
  w.seen.add(real);
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true, encoding: 'buffer' })) as unknown as Dirent[];
  } catch (err) {
    yield { path: displayPath(dir), error: fromFsError(err, displayPath(dir)) };
    return;
  }
  const names = entries.map((e) => ({ entry: e, name: e.name as unknown as Buffer })).sort((a, b) => Buffer.compare(a.name, b.name));
  for (const { entry, name } of names) {
    if (name[0] === 0x2e || name.equals(NODE_MODULES)) continue;
    const path = joinName(dir, name);
    const wanted = w.extensions.some((e) => name.toString('utf8').toLowerCase().endsWith(e));
    if (entry.isDirectory()) yield* walkFolder(path, `${real}${sep}${name.toString('utf8')}`, w);
    else if (entry.isFile()) {
      if (wanted) yield { path, display: displayPath(path) };
    } else yield* followEntry(path, wanted, w);
  }
}

const NODE_MODULES = Buffer.from('node_modules');

/** A link (or an entry of unknown type, on some file systems): what it leads to decides. */
async function* followEntry(path: FsPath, wanted: boolean, w: Walk): AsyncGenerator<Found> {
  const display = displayPath(path);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    if (wanted) yield { path: display, error: fromFsError(err, display) };
    return;
  }
  if (info.isFile()) {
    if (wanted) yield { path, display };
    return;
  }
  if (!info.isDirectory()) return; // a named pipe or device inside a folder is not a document
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return;
  }
  const inside = real === w.root || real.startsWith(w.root.endsWith(sep) ? w.root : w.root + sep);
  if (inside && !w.seen.has(real)) yield* walkFolder(path, real, w);
}

function joinName(dir: FsPath, name: Buffer): FsPath {
  const base = typeof dir === 'string' ? dir : dir.toString('latin1');
  const glue = base.endsWith(sep) ? '' : sep;
  if (typeof dir === 'string' && isUtf8(name)) return `${dir}${glue}${name.toString('utf8')}`;
  return Buffer.concat([typeof dir === 'string' ? Buffer.from(dir) : dir, Buffer.from(glue), name]);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A path for records and messages: its UTF-8 text, with `\xNN` for each byte that is not UTF-8. */
export function displayPath(path: FsPath): string {
  if (typeof path === 'string') return path;
  if (isUtf8(path)) return path.toString('utf8');
  let out = '';
  for (let i = 0; i < path.length; ) {
    const n = sequenceLength(path, i);
    out += n > 0 ? path.subarray(i, i + n).toString('utf8') : `\\x${path[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
    i += Math.max(n, 1);
  }
  return out;
}

/** Length of the valid UTF-8 sequence at `i`, 0 when the byte there starts none. */
function sequenceLength(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  const n = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (n <= 1 || i + n > bytes.length) return n === 1 ? 1 : 0;
  return isUtf8(bytes.subarray(i, i + n)) ? n : 0;
}
