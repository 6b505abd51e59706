/**
 * Issue 7: `backup` then `restore` on a new, empty database round-trips every table, across
 * engines. In the postgres project the chain is PostgreSQL → PGlite → PostgreSQL → PGlite, so a
 * backup taken on PGlite is restored onto PostgreSQL and back; in the pglite project (no server)
 * the same chain runs PGlite → PGlite. Every table is compared row for row, as the database renders
 * it (row_to_json under UTC: bytea as hex, timestamps as ISO, numerics as written).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newKey } from '../../src/core/crypto/field-cipher.ts';
import { writeKeyRing } from '../../src/core/crypto/key-file.ts';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/core/db/database.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { buildApp } from '../../src/core/http/app.ts';
import { testClock } from '../support/test-clock.ts';
import { loadConfig } from '../../src/core/config/config.ts';
import { AuditSealService } from '../../src/modules/audit-log/audit-seal.service.ts';
import type { SealVerification } from '../../src/modules/audit-log/audit-seal.ts';
import { backupDatabase, restoreDatabase } from '../../src/modules/backup/backup.service.ts';
import { HOST_ADDRESS, SURVIVOR, seedEverything, type Seeded } from '../support/full-database.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { testDatabaseKind } from '../support/test-database.ts';

/** Tables allowed to stay empty in the filled database, with the reason. None today. */
const MAY_BE_EMPTY: Record<string, string> = {};

type Snapshot = Record<string, string[]>;

let t: TestApp;
let seeded: Seeded;
let source: Snapshot;
let sourceSeals: SealVerification;
const dir = mkdtempSync(join(tmpdir(), 'binhdang-roundtrip-'));
const opened: DatabaseHandle[] = [];

/** A new, empty database of the project's kind: a database created on the server, or PGlite. */
async function emptyDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle> {
  if (kind === 'pglite') return openDatabase({ dataDir: 'memory://' });
  const server = inject('postgresUrl');
  const name = `rt_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const pool = new pg.Pool({ connectionString: server.replace(/\/postgres$/, `/${name}`), max: 3 });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    close: async () => {
      await db.destroy();
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name}`);
      await c.end();
    },
  };
}

/** Every table but schema_migration (rebuilt by restore, with its own applied-at times). */
async function snapshot(db: Database): Promise<Snapshot> {
  return db.transaction().execute(async (tx) => {
    await sql`set local timezone = 'UTC'`.execute(tx);
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'schema_migration'
      order by table_name`.execute(tx);
    const out: Snapshot = {};
    for (const { name } of tables.rows) {
      const key = await sql<{ column: string }>`
        select a.attname as column from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${name}::regclass and i.indisprimary order by a.attnum`.execute(tx);
      expect(key.rows.length, `${name} has a primary key`).toBeGreaterThan(0);
      const order = sql.join(key.rows.map((k) => sql.ref(`t.${k.column}`)));
      const rows = await sql<{ j: string }>`
        select row_to_json(t)::text as j from ${sql.table(name)} t order by ${order}`.execute(tx);
      out[name] = rows.rows.map((r) => r.j); // as text: a numeric's scale and key order count too
    }
    return out;
  });
}

const migrations = async (db: Database) =>
  (await sql<{ v: string }>`select version as v from schema_migration order by version`.execute(db)).rows;

/** Restore `file` into a new empty database of `kind`, check it equals the source, back it up again. */
async function hop(file: string, kind: 'pglite' | 'postgres', next: string): Promise<DatabaseHandle> {
  const target = await emptyDatabase(kind);
  opened.push(target);
  await restoreDatabase(target.db, file);
  const restored = await snapshot(target.db);
  for (const table of Object.keys(source))
    expect(restored[table], `${table} on ${kind}`).toEqual(source[table]);
  expect(Object.keys(restored)).toEqual(Object.keys(source));
  expect(await migrations(target.db)).toEqual(await migrations(t.handle.db));
  // the audit seals still verify, with the same digests (the copies in the log stay valid)
  expect(await new AuditSealService(target.db).verify()).toEqual(sourceSeals);
  await backupDatabase(target.db, next, testClock());
  return target;
}

/** The app on a restored database, with the given key file: can the case staff open sealed data? */
async function openSealed(db: Database, keyFile: string) {
  const app = await buildApp({
    db,
    config: loadConfig({ DATA_DIR: '/nonexistent', CASE_KEY_FILE: keyFile }),
    clock: testClock(),
  });
  try {
    const as = async (username: string) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: TEST_PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(200);
      const cookie = `bd_session=${res.cookies.find((c) => c.name === 'bd_session')!.value}`;
      return (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });
    };
    const kase = await (await as('worker'))(`/api/v1/cases/${seeded.caseId}`);
    const provider = await (await as('supervisor'))(`/api/v1/service-providers/${seeded.providerId}`);
    return { kase, provider };
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  t = await createTestApp();
  seeded = await seedEverything(t);
  // several seals, and audit rows written after the last one
  expect((await new AuditSealService(t.handle.db).sealNew(10)).length).toBeGreaterThan(1);
  await t.signIn('root'); // an auth.login row
  sourceSeals = await new AuditSealService(t.handle.db).verify();
  expect(sourceSeals).toMatchObject({ ok: true, broken: null });
  expect(sourceSeals.unsealedRows).toBeGreaterThan(0);
  source = await snapshot(t.handle.db);
});
afterAll(async () => {
  for (const h of opened) await h.close();
  await t?.close();
});

describe('backup and restore round trip', () => {
  it('starts from a database with rows in every table', () => {
    const empty = Object.entries(source)
      .filter(([table, rows]) => rows.length === 0 && !(table in MAY_BE_EMPTY))
      .map(([table]) => table);
    expect(empty).toEqual([]);
    expect(Object.keys(source).length).toBeGreaterThanOrEqual(48);
  });

  const chain =
    testDatabaseKind() === 'postgres'
      ? (['pglite', 'postgres', 'pglite'] as const)
      : (['pglite', 'pglite', 'pglite'] as const);

  it(`carries every row ${testDatabaseKind()} → ${chain.join(' → ')}, unchanged`, async () => {
    const files = [0, 1, 2, 3].map((i) => join(dir, `hop-${i}.jsonl${i % 2 ? '.gz' : ''}`));
    const summary = await backupDatabase(t.handle.db, files[0]!, testClock());
    for (const [table, rows] of Object.entries(source))
      expect(summary.tables[table], table).toBe(rows.length);
    for (const [i, kind] of chain.entries()) await hop(files[i]!, kind, files[i + 1]!);
  });

  it('opens the sealed case data after the round trip with the same key file, and not without it', async () => {
    const last = opened.at(-1);
    expect(last, 'the round trip ran').toBeDefined();
    const { kase, provider } = await openSealed(last!.db, t.config.caseKeyFile!);
    expect(kase.statusCode, kase.body).toBe(200);
    expect(kase.json<{ case: { survivorName: string } }>().case.survivorName).toBe(SURVIVOR);
    expect(provider.statusCode, provider.body).toBe(200);
    expect(
      provider.json<{ serviceProvider: { privateAddress: string } }>().serviceProvider.privateAddress,
    ).toBe(HOST_ADDRESS);
    const otherKeys = join(mkdtempSync(join(tmpdir(), 'binhdang-keys-')), 'case-keys.json');
    writeKeyRing(otherKeys, { current: 'k1', keys: new Map([['k1', newKey()]]) });
    const stranger = await openSealed(last!.db, otherKeys);
    expect(stranger.kase.statusCode).not.toBe(200);
    expect(stranger.kase.body).not.toContain(SURVIVOR);
  });

  it('holds no key material and no sealed plaintext in the backup file', async () => {
    const file = join(dir, 'check.jsonl.gz');
    await backupDatabase(t.handle.db, file, testClock());
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const ring = JSON.parse(readFileSync(t.config.caseKeyFile!, 'utf8')) as { keys: Record<string, string> };
    for (const b64 of Object.values(ring.keys)) {
      const key = Buffer.from(b64, 'base64');
      for (const form of [b64, key.toString('hex'), key.toString('base64url')])
        expect(text).not.toContain(form);
    }
    expect(text).not.toContain('case-keys');
    for (const plain of [SURVIVOR, HOST_ADDRESS, '0912 345 678', 'Cần chỗ ở ngay', 'Đã thăm, an toàn'])
      expect(text).not.toContain(plain);
  });
});
