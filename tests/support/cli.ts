/** Runs the real `binhdang` command in a child process, on a data directory of the test's own. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { TEST_NOW } from './test-clock.ts';

const root = join(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** A runner bound to `dataDir`; `env` adds to (or overrides) the environment of one call. */
export function cliIn(dataDir: string, timeout = 180_000) {
  return (args: string[], env: Record<string, string> = {}): CliResult => {
    const r = spawnSync(join(root, 'bin', 'binhdang.js'), args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', CLOCK_START: TEST_NOW, ...env },
      timeout,
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
}
