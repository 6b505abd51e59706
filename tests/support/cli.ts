/** Runs the real `binhdang` command in a child process, on a data directory of the test's own. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { TEST_NOW } from './test-clock.ts';

const root = join(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/**
 * A runner bound to `dataDir`; `env` adds to (or overrides) the environment of one call. The call
 * is asynchronous: a test file waiting on a child process keeps answering the test runner (a run of
 * synchronous commands over a minute long ended in vitest's "Timeout calling onTaskUpdate").
 */
export function cliIn(dataDir: string, timeout = 180_000) {
  return (args: string[], env: Record<string, string> = {}): Promise<CliResult> =>
    new Promise((resolve, reject) => {
      const child = spawn(join(root, 'bin', 'binhdang.js'), args, {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLOCK_START: TEST_NOW, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, out, err });
      });
    });
}
