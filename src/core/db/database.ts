/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise embedded PGlite in a
 * data directory (guarded by a lock file so two processes never open the same directory).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// Dates (no time) stay strings: a date is a calendar day, not an instant.
pg.types.setTypeParser(1082, (v: string) => v);
// bigint ids (audit log) come back as strings.
pg.types.setTypeParser(20, (v: string) => v);

/** PGlite value parsers giving the same shapes as the pg driver: dates and bigints stay strings. */
export const PGLITE_PARSERS = { 1082: (v: string) => v, 20: (v: string) => v };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite; `memory://` for an in-memory database (tests). */
  dataDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: 10,
      // A server that does not answer fails the request (503) instead of holding it forever.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    // When the server restarts, idle connections die: without a listener the pool's 'error' event
    // would end the process. The pool drops them and opens new ones when the server is back.
    pool.on('error', () => undefined);
    // No JIT compilation (docs/ARCHITECTURE.md, "PostgreSQL JIT"): our statements run in
    // milliseconds, JIT costs 100-200 ms per statement and is chosen from the planner's cost
    // estimate, which a table without statistics can inflate past jit_above_cost. A SET rather
    // than a startup `options` parameter, which pgbouncer refuses. It is queued before the
    // first query of the new connection; a failure only leaves the server's default.
    pool.on('connect', (client) => {
      client.query('SET jit = off').catch(() => undefined);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? './data';
  let releaseLock: () => void = () => undefined;
  let pglite: PGlite;
  const parsers = PGLITE_PARSERS;
  if (dataDir === 'memory://') {
    pglite = new PGlite({ parsers });
  } else {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireDataDirLock(dataDir);
    pglite = new PGlite(join(dataDir, 'pglite'), { parsers });
  }
  try {
    await pglite.waitReady;
  } catch (err) {
    releaseLock();
    throw err;
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      releaseLock();
    },
  };
}
