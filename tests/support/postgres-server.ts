/**
 * A throwaway PostgreSQL server for tests: initdb in a temp dir, started on its own port, removed
 * afterwards. As root it runs the server as the `postgres` system user (initdb refuses root).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export function findPostgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => Number(v) >= 15 && existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

export interface PostgresServer {
  url: string;
  /** Stops the server for good and removes its files. */
  stop(): void;
  /** Shuts the server down (`pg_ctl stop -m fast`: clients are disconnected), keeping its data. */
  shutDown(): void;
  /** Starts it again after `shutDown`, on the same port with the same data. */
  startUp(): void;
}

/**
 * `settings` are passed as `-c name=value` after the defaults (so they override them): the
 * benchmark uses them to run a durable, sized server (fsync on, larger shared_buffers).
 */
export async function startPostgres(
  bin: string,
  settings: Record<string, string | number> = {},
): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-pg-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]]
      : [join(bin, cmd), args];
    const [exe, argv] = full as [string, string[]];
    const r = spawnSync(exe, argv, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    const pgUid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const pgGid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, pgUid, pgGid);
    chmodSync(dir, 0o700);
  }
  run('initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const startUp = () =>
    run('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      join(dir, 'server.log'),
      '-w',
      'start',
      '-o',
      [
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
        ...Object.entries(settings).map(([k, v]) => `-c ${k}=${v}`),
      ].join(' '),
    ]);
  startUp();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    shutDown: () => run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    startUp,
    stop: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } catch {
        // already shut down (a test of a restart may stop in between)
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
