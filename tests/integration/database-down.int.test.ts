/**
 * When the PostgreSQL server cannot be reached (down, restarting), requests fail with a clear 503
 * DATABASE_UNAVAILABLE and a Retry-After, not a 500; the pool reconnects by itself when it is back
 * (each request takes a fresh connection attempt).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/config.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { buildApp } from '../../src/core/http/app.ts';
import { testClock } from '../support/test-clock.ts';
import { freePort } from '../support/free-port.ts';

let app: Awaited<ReturnType<typeof buildApp>>;
let db: Kysely<DB>;

beforeAll(async () => {
  // a port nobody listens on: the server is "down"
  const port = await freePort();
  db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({
        connectionString: `postgres://postgres@127.0.0.1:${port}/none`,
        connectionTimeoutMillis: 2000,
      }),
    }),
  });
  app = await buildApp({
    db,
    config: loadConfig({ DATABASE_URL: `postgres://127.0.0.1:${port}/none` }),
    clock: testClock(),
  });
});
afterAll(async () => {
  await app.close();
  await db.destroy();
});

it('answers 503 DATABASE_UNAVAILABLE with Retry-After when the database is down', async () => {
  for (const url of ['/api/v1/setup/status', '/api/v1/units?q=ha%20noi']) {
    // a session cookie makes the session lookup reach the database
    const res = await app.inject({ method: 'GET', url, headers: { cookie: 'bd_session=abc' } });
    expect(res.statusCode, url).toBe(503);
    expect(res.json()).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });
    expect(res.headers['retry-after']).toBe('5');
  }
});
