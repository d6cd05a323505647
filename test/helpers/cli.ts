// Runs bin/zhnews.js as a user would: a child process, stdin, stdout, stderr, exit code.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/zhnews.js', import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function zhnews(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; spawn?: { uid?: number; gid?: number } } = {}): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 1 << 28,
    ...options.spawn,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function jsonl(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
