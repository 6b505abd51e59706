/**
 * Two app instances on one database: a session made on one is honoured by the other, and the
 * login limit counts failures from both (nothing important lives in process memory).
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/config.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { buildApp } from '../../src/core/http/app.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { createTestDatabase } from '../support/test-database.ts';

let t: TestApp;
let second: Awaited<ReturnType<typeof buildApp>>;
let secondDb: Kysely<DB> | undefined;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '2' });
  await t.createUser('chung', [{ role: 'viewer', unitCode: '01' }]);
  // On PostgreSQL the second instance has its own connection pool, as a second server would.
  const url = (t.handle as Awaited<ReturnType<typeof createTestDatabase>>).url;
  secondDb = url
    ? new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) })
    : undefined;
  second = await buildApp({
    db: secondDb ?? t.handle.db,
    config: loadConfig({ LOGIN_MAX_FAILURES: '2' }),
    clock: t.clock,
  });
});
afterAll(async () => {
  await second.close();
  await secondDb?.destroy();
  await t.close();
});

it('honours a session created by the other instance', async () => {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'chung', password: TEST_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'bd_session')!;
  const me = await second.inject({
    method: 'GET',
    url: '/api/v1/auth/me',
    headers: { cookie: `bd_session=${cookie.value}` },
  });
  expect(me.statusCode).toBe(200);
  expect(me.json()).toMatchObject({ user: { username: 'chung' } });
});

it('counts failed sign-ins across instances', async () => {
  const bad = { username: 'chung', password: 'sai-mat-khau-x' };
  expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: bad })).statusCode).toBe(
    401,
  );
  expect((await second.inject({ method: 'POST', url: '/api/v1/auth/login', payload: bad })).statusCode).toBe(
    401,
  );
  const blocked = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'chung', password: TEST_PASSWORD },
  });
  expect(blocked.statusCode).toBe(429);
});
