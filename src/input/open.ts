// Opening one input file: only a regular file is read, and never more than one document may
// be. The type is checked on the opened descriptor (fstat), not only on the listed name, so a
// file swapped for a named pipe or a device between listing and reading is refused too. The
// open never blocks: O_NONBLOCK makes opening a named pipe without a writer return at once.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { ZhnewsError, fromFsError } from '../errors.js';

/**
 * The most one document may be, in bytes: 256 MiB. A decoded document is one JavaScript
 * string, and V8 holds at most 2^29 - 24 UTF-16 units in one; 256 MiB of any encoding stays
 * below that, and no news article comes near it.
 */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** The file name as bytes where it is not UTF-8 (read from a folder listing or argv). */
export type FsPath = string | Buffer;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 1 << 20;

/** What a non-regular file is, for its failure line; null for a regular file or a folder. */
export function specialKind(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isFile' | 'isDirectory'>): string | null {
  if (info.isFile() || info.isDirectory()) return null;
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

export function notRegular(kind: string, display: string): ZhnewsError {
  return new ZhnewsError('E_NOT_REGULAR', `not a regular file (${kind}); pipe such input into standard input, -`, display);
}

export function tooLarge(display: string, cap: number): ZhnewsError {
  return new ZhnewsError('E_TOO_LARGE', `larger than ${formatBytes(cap)}, the most one document may be`, display);
}

export function formatBytes(n: number): string {
  if (n >= 1 << 30 && n % (1 << 30) === 0) return `${n / (1 << 30)} GiB`;
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  return `${n} bytes`;
}

/** Opens a regular file for reading; its size from the descriptor. Throws ZhnewsError. */
export function openRegularSync(path: FsPath, display: string, cap: number = MAX_DOCUMENT_BYTES): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    throw fromFsError(err, display);
  }
  const info = fstatSync(fd);
  const kind = info.isDirectory() ? 'a folder' : specialKind(info);
  if (kind) {
    closeSync(fd);
    throw kind === 'a folder' ? new ZhnewsError('E_READ', 'is a folder', display) : notRegular(kind, display);
  }
  if (info.size > cap) {
    closeSync(fd);
    throw tooLarge(display, cap);
  }
  return { fd, size: info.size };
}

/** Reads an opened file to its end (it may have grown since fstat), at most `cap` bytes; closes it. */
export function readOpenedSync(fd: number, display: string, cap: number = MAX_DOCUMENT_BYTES): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > cap) throw tooLarge(display, cap);
      chunks.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
  } catch (err) {
    throw err instanceof ZhnewsError ? err : fromFsError(err, display);
  } finally {
    closeSync(fd);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Opens a regular file without blocking the thread; the caller closes it. Throws ZhnewsError. */
export async function openRegular(path: FsPath, display: string, cap: number = Infinity): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (err) {
    throw fromFsError(err, display);
  }
  const info = await handle.stat();
  const kind = info.isDirectory() ? 'a folder' : specialKind(info);
  if (kind || info.size > cap) {
    await handle.close();
    if (!kind) throw tooLarge(display, cap);
    throw kind === 'a folder' ? new ZhnewsError('E_READ', 'is a folder', display) : notRegular(kind, display);
  }
  return handle;
}

/** The same as openRegularSync + readOpenedSync, without blocking the thread while reading. */
export async function readRegularFile(path: FsPath, display: string, cap: number = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const handle = await openRegular(path, display, cap);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.allocUnsafe(CHUNK), 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > cap) throw tooLarge(display, cap);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } catch (err) {
    throw err instanceof ZhnewsError ? err : fromFsError(err, display);
  } finally {
    await handle.close();
  }
}

/** Standard input to its end, at most `cap` bytes: above it, one failure instead of a crash. */
export async function readStream(stream: NodeJS.ReadableStream, display: string, cap: number = MAX_DOCUMENT_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > cap) throw tooLarge(display, cap); // leaving the loop destroys the stream
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}
