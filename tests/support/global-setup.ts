/**
 * Vitest global setup, one per project:
 * - pglite and e2e: build a migrated PGlite database with the reference data once, in a data
 *   directory laid out as `binhdang serve` keeps it (`DATA_DIR/pglite`). Test files start from a
 *   copy: in memory from its tar dump (createTestDatabase), or on disk for the real `binhdang`
 *   processes (copyPreparedDataDir), instead of migrating and loading 14,000 units each time;
 * - e2e: also one headless Chromium for the whole run; each file connects to it (its own contexts);
 * - postgres: starts a throwaway PostgreSQL server and builds a template database in it.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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
  const tpl = await pgliteTemplate();
  project.provide('pgliteTemplate', tpl.file);
  project.provide('pgliteDataDir', tpl.dataDir);
  const server = project.name === 'e2e' ? await launchBrowserServer() : null;
  if (server) project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server?.close();
    await tpl.release();
  };
}

/**
 * The prepared PGlite database, built once per run for the projects that need it (the global
 * setups run in one process) and removed after the last. With BINHDANG_TEST_TEMPLATE_CACHE set
 * (.ci/run's repeated runs under faketime), it is kept in that folder under a digest of what it is
 * made from (migrations, seed data and the code that loads them), and reused while that holds.
 */
let shared: { built: Promise<{ file: string; dataDir: string; dir: string }>; users: number } | null = null;

export async function pgliteTemplate() {
  const cacheRoot = process.env.BINHDANG_TEST_TEMPLATE_CACHE;
  shared ??= { built: buildTemplate(cacheRoot ? join(cacheRoot, templateDigest()) : null), users: 0 };
  shared.users++;
  const mine = shared;
  const t = await mine.built;
  return {
    ...t,
    release: async () => {
      if (--mine.users > 0 || cacheRoot) return;
      if (shared === mine) shared = null;
      rmSync(t.dir, { recursive: true, force: true });
    },
  };
}

async function buildTemplate(cached: string | null) {
  const layout = (dir: string) => ({ file: join(dir, 'template.tar'), dataDir: join(dir, 'data'), dir });
  if (cached && existsSync(join(cached, 'complete'))) return layout(cached);
  // Built apart and renamed into place: runs side by side (.ci/run's faked instants) never see or
  // write a half-built cache.
  const dir = cached ? `${cached}.${process.pid}.tmp` : mkdtempSync(join(tmpdir(), 'binhdang-tpl-'));
  const t = layout(dir);
  rmSync(t.dataDir, { recursive: true, force: true });
  mkdirSync(t.dataDir, { recursive: true });
  const pglite = new PGlite(join(t.dataDir, 'pglite'));
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  await prepareDatabase({ db, kind: 'pglite', close: () => db.destroy() });
  const dump = await pglite.dumpDataDir('none');
  await db.destroy();
  writeFileSync(t.file, Buffer.from(await dump.arrayBuffer()));
  if (!cached) return t;
  writeFileSync(join(dir, 'complete'), '');
  try {
    renameSync(dir, cached);
  } catch {
    rmSync(dir, { recursive: true, force: true }); // another run put its own in place first
  }
  return layout(cached);
}

/** A digest of the migrations, the seed data and the code that applies them. */
function templateDigest(): string {
  const root = join(import.meta.dirname, '..', '..');
  const files = [
    ...['migrations', 'seed'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name)),
    ),
    ...readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && (e.name.endsWith('.seed.ts') || /src\/(app|core\/db)$/.test(e.parentPath)))
      .map((e) => join(e.parentPath, e.name)),
  ].sort();
  const h = createHash('sha256');
  for (const f of files) h.update(f.slice(root.length)).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}
