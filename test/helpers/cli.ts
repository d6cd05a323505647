// Runs bin/zhnews.js as a user would: a child process, stdin, stdout, stderr, exit code.
// The run is asynchronous so that the test worker's event loop keeps turning while the child
// works: vitest's worker talks to the main process over IPC with a 60 s time-out, and a file of
// synchronous spawns that adds up to more than that fails the whole run with
// `Timeout calling "onTaskUpdate"` although every test passed.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/zhnews.js', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
  spawn?: { uid?: number; gid?: number };
  /** Milliseconds before the child is killed (its status is then null). */
  timeout?: number;
}

/** Runs `command args` to its end, feeding `input` on stdin; resolves with what it printed. */
export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      ...options.spawn,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // A child that exits before reading its stdin closes the pipe under us: not a test failure.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(options.input ?? '');
  });
}

export function zhnews(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return run(process.execPath, [BIN, ...args], options);
}

export function jsonl(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
