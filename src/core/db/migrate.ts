/**
 * Applies the numbered SQL files in migrations/ in order, each in its own transaction, under an
 * advisory lock so that several app instances starting at once migrate only once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', '..', 'migrations');
const LOCK_KEY = 727_001;

export function listMigrations(dir = MIGRATIONS_DIR): { version: string; file: string }[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => ({ version: file.replace(/\.sql$/, ''), file: join(dir, file) }));
}

export async function migrate(
  db: Database,
  options: { dir?: string; upTo?: string } = {},
): Promise<string[]> {
  const dir = options.dir ?? MIGRATIONS_DIR;
  const applied: string[] = [];
  await db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists schema_migration (
        version text primary key, applied_at timestamptz not null default now())`.execute(conn);
      const done = new Set(
        (await conn.selectFrom('schema_migration').select('version').execute()).map((r) => r.version),
      );
      for (const m of listMigrations(dir)) {
        if (done.has(m.version)) continue;
        if (options.upTo && m.version > options.upTo) break;
        const text = readFileSync(m.file, 'utf8');
        await conn.transaction().execute(async (tx) => {
          await sql.raw(text).execute(tx);
          await tx.insertInto('schema_migration').values({ version: m.version }).execute();
        });
        applied.push(m.version);
      }
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
  return applied;
}

export async function currentSchemaVersion(db: Database): Promise<string | null> {
  const row = await db
    .selectFrom('schema_migration')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  return row?.version ?? null;
}
