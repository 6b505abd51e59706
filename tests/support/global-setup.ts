/**
 * Vitest global setup, one per project:
 * - pglite and e2e: build a migrated PGlite database with the reference data once, in a data
 *   directory laid out as `binhdang serve` keeps it (`DATA_DIR/pglite`). Test files start from a
 *   copy: in memory from its tar dump (createTestDatabase), or on disk for the real `binhdang`
 *   processes (copyPreparedDataDir), instead of migrating and loading 14,000 units each time;
 * - e2e: also one headless Chromium for the whole run; each file connects to it (its own contexts);
 * - postgres: starts a throwaway PostgreSQL server and builds a template database in it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/app/bootstrap.ts';
import { PGliteDialect } from '../../src/core/db/pglite-dialect.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { launchBrowserServer } from './chromium.ts';
import { findPostgresBin, startPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** A prepared DATA_DIR (its `pglite` folder) to copy for a `binhdang` process. */
    pgliteDataDir: string;
    postgresUrl: string;
    /** The e2e project's shared Chromium (chromium.connect). */
    browserEndpoint: string;
  }
}

export const TEMPLATE_DB = 'binhdang_template';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (project.name === 'postgres') {
    const bin = findPostgresBin();
    if (!bin) throw new Error('PostgreSQL 15+ binaries not found: apt-get install -y postgresql');
    const server = await startPostgres(bin);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`create database ${TEMPLATE_DB}`);
    await admin.end();
    const db = new Kysely<DB>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({ connectionString: server.url.replace(/\/postgres$/, `/${TEMPLATE_DB}`) }),
      }),
    });
    await prepareDatabase({ db, kind: 'postgres', close: () => db.destroy() });
    await db.destroy();
    project.provide('postgresUrl', server.url);
    return async () => server.stop();
  }
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-tpl-'));
  const dataDir = join(dir, 'data');
  mkdirSync(dataDir);
  const pglite = new PGlite(join(dataDir, 'pglite'));
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  await prepareDatabase({ db, kind: 'pglite', close: () => db.destroy() });
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('pgliteDataDir', dataDir);
  const server = project.name === 'e2e' ? await launchBrowserServer() : null;
  if (server) project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  };
}
