/**
 * Vitest global setup, one per project:
 * - pglite: builds a migrated database with the reference data once and saves its data directory,
 *   so every test file starts from a fresh copy in a fraction of a second;
 * - postgres: starts a throwaway PostgreSQL server and builds a template database in it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/app/bootstrap.ts';
import { PGliteDialect } from '../../src/core/db/pglite-dialect.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { findPostgresBin, startPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

export const TEMPLATE_DB = 'binhdang_template';

export default async function setup(project: TestProject): Promise<() => void> {
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
    return () => server.stop();
  }
  const pglite = new PGlite();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  await prepareDatabase({ db, kind: 'pglite', close: () => db.destroy() });
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  const dir = mkdtempSync(join(tmpdir(), 'binhdang-tpl-'));
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
