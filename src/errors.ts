// One error type with stable codes. The library throws it and never prints or exits; the CLI
// writes `zhnews: <path>: <reason>` and decides the exit code (src/cli/exit.ts).

export type ErrorCode =
  | 'E_NOT_FOUND' // the path does not exist
  | 'E_ACCESS' // the path cannot be read (permissions)
  | 'E_READ' // any other I/O failure while reading
  | 'E_NOT_REGULAR' // a named pipe, device or socket named as an input (only `-` reads a stream)
  | 'E_TOO_LARGE' // one document above the most one may be (MAX_DOCUMENT_BYTES)
  | 'E_BINARY' // the bytes are not text (NUL bytes)
  | 'E_DECODE' // not UTF-8, UTF-16 or GB18030
  | 'E_NO_INPUT' // a folder with no file of the chosen extensions
  | 'E_LOOP' // a symbolic link that leads back to itself (a -> b -> a)
  | 'E_INPUT_LINE' // a JSON Lines input line that is not {"id", "text"}
  | 'E_PAGE_LIMIT' // a news page over the size, nesting-depth or attribute caps (src/input/html/limits.ts)
  | 'E_OVERFLOW' // --strict: a value that cannot be held exactly
  | 'E_USAGE'; // bad options or arguments

export class ZhnewsError extends Error {
  readonly code: ErrorCode;
  readonly path: string | null;

  constructor(code: ErrorCode, message: string, path: string | null = null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ZhnewsError';
    this.code = code;
    this.path = path;
  }
}

/** Turns a Node fs error into a ZhnewsError with a message a person can act on. */
export function fromFsError(err: unknown, path: string): ZhnewsError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new ZhnewsError('E_NOT_FOUND', 'no such file or folder', path, { cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new ZhnewsError('E_ACCESS', 'permission denied', path, { cause: err });
  if (code === 'ELOOP') return new ZhnewsError('E_LOOP', 'symbolic link loop', path, { cause: err });
  if (code === 'EISDIR') return new ZhnewsError('E_READ', 'is a folder', path, { cause: err });
  const message = err instanceof Error ? err.message : String(err);
  return new ZhnewsError('E_READ', `cannot read: ${message}`, path, { cause: err });
}
