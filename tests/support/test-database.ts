/**
 * A fresh, real database for one test file: a PGlite copy of the prepared template, or, in the
 * postgres project, a new database cloned from the template on the throwaway server.
 * No mocks: the same migrations and reference data as production.
 */
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { PGLITE_PARSERS, type DatabaseHandle } from '../../src/core/db/database.ts';
import { PGliteDialect } from '../../src/core/db/pglite-dialect.ts';
import type { DB } from '../../src/core/db/schema.ts';

export const TEMPLATE_DB = 'binhdang_template';

export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.BINHDANG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (testDatabaseKind() === 'postgres') {
    const serverUrl = inject('postgresUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
    await admin.end();
    const url = serverUrl.replace(/\/postgres$/, `/${name}`);
    const pool = new pg.Pool({ connectionString: url, max: 5 });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      url,
      close: async () => {
        await db.destroy();
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`drop database if exists ${name}`);
        await c.end();
      },
    };
  }
  const tar = readFileSync(inject('pgliteTemplate'));
  const pglite = new PGlite({
    loadDataDir: new Blob([tar]),
    parsers: PGLITE_PARSERS,
  });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}
