/**
 * Starts `binhdang serve` as a real process on a free port with a temporary data directory, for
 * end-to-end tests. Resolves once the server listens, with the setup token it printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';
import { TEST_NOW } from './test-clock.ts';

const root = join(import.meta.dirname, '..', '..');

export interface ServerProcess {
  baseUrl: string;
  /** The process, to kill it (tests of faults). */
  child: ChildProcess;
  setupToken: string | null;
  output(): string;
  stop(): Promise<void>;
}

/**
 * `nodeArgs` go to node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses). `from`: a data
 * directory to start from (copied), e.g. the prepared one of the test run (prepared-data-dir.ts);
 * without it the server starts on an empty one and migrates and loads the reference data first.
 */
export async function startServer(
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  from?: string,
): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'binhdang-e2e-'));
  if (from) cpSync(from, dataDir, { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, join(root, 'bin', 'binhdang.js'), 'serve'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        CLOCK_START: TEST_NOW,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const deadline = Date.now() + 180_000;
  while (!out.includes('serving on')) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // the setup banner follows the "serving" line
  await new Promise((r) => setTimeout(r, 500));
  const token = /setup\?token=([A-Za-z0-9_-]+)/.exec(out)?.[1] ?? null;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    setupToken: token,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
