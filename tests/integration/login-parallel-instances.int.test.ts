/**
 * Issue 16, concurrent guessing: sign-in attempts are counted before the password is checked, so
 * ten wrong passwords sent at once for one user get exactly five checks (LOGIN_MAX_FAILURES) and
 * five refusals, on one app instance and across two instances sharing one database; and thirty
 * wrong passwords at once for thirty usernames from one IP get exactly twenty checks (the per-IP
 * limit, LOGIN_MAX_FAILURES × 4).
 */
import type { FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/config.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { buildApp } from '../../src/core/http/app.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../support/test-app.ts';
import { createTestDatabase } from '../support/test-database.ts';

const ENV = { LOGIN_MAX_FAILURES: '5' };
let t: TestApp;
let second: FastifyInstance;
let secondDb: Kysely<DB> | undefined;

beforeAll(async () => {
  t = await createTestApp(ENV);
  for (const name of ['mot', 'hai', 'ba']) await t.createUser(name, [{ role: 'viewer', unitCode: '01' }]);
  // On PostgreSQL the second instance has its own connection pool, as a second server would.
  const url = (t.handle as Awaited<ReturnType<typeof createTestDatabase>>).url;
  secondDb = url
    ? new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) })
    : undefined;
  second = await buildApp({ db: secondDb ?? t.handle.db, config: loadConfig(ENV), clock: t.clock });
});
afterAll(async () => {
  await second.close();
  await secondDb?.destroy();
  await t.close();
});

/** Ten wrong passwords for `username` at once, spread over `apps`; the error codes, sorted. */
async function tenAtOnce(apps: FastifyInstance[], username: string): Promise<string[]> {
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      apps[i % apps.length]!.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: `sai-mat-khau-${i}` },
      }),
    ),
  );
  return answers.map((r) => r.json<{ error: { code: string } }>().error.code).sort();
}

const attempts = async (username: string) =>
  Number(
    (
      await sql<{ n: string }>`select count(*) n from login_attempt where username = ${username}`.execute(
        t.handle.db,
      )
    ).rows[0]!.n,
  );

const FIVE_AND_FIVE = [
  ...Array<string>(5).fill('INVALID_CREDENTIALS'),
  ...Array<string>(5).fill('TOO_MANY_LOGIN_ATTEMPTS'),
];

it('checks exactly five of ten parallel wrong passwords on one instance', async () => {
  expect(await tenAtOnce([t.app], 'mot')).toEqual(FIVE_AND_FIVE);
  expect(await attempts('mot')).toBe(5);
  // the right password is refused too while the limit holds
  const right = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'mot', password: TEST_PASSWORD },
  });
  expect(right.json()).toMatchObject({ error: { code: 'TOO_MANY_LOGIN_ATTEMPTS' } });
});

it('checks exactly five across two instances on one database', async () => {
  expect(await tenAtOnce([t.app, second], 'hai')).toEqual(FIVE_AND_FIVE);
  expect(await attempts('hai')).toBe(5);
});

it('does not count a right password against the limit', async () => {
  for (let i = 0; i < 6; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'ba', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
  }
  expect(await attempts('ba')).toBe(0);
});

/** `n` wrong passwords at once, each for a username of its own, all from `ip`; the codes, sorted. */
async function manyUsersAtOnce(apps: FastifyInstance[], n: number, ip: string): Promise<string[]> {
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      apps[i % apps.length]!.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: ip,
        payload: { username: `khach.${ip}.${i}`, password: `sai-mat-khau-${i}` },
      }),
    ),
  );
  return answers.map((r) => r.json<{ error: { code: string } }>().error.code).sort();
}

const fromIp = async (ip: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) n from login_attempt where ip = ${ip}`.execute(t.handle.db))
      .rows[0]!.n,
  );

/** The per-IP limit (LOGIN_MAX_FAILURES × 4 = 20) holds under the IP's lock too. */
const TWENTY_AND_TEN = [
  ...Array<string>(20).fill('INVALID_CREDENTIALS'),
  ...Array<string>(10).fill('TOO_MANY_LOGIN_ATTEMPTS'),
];

it('checks exactly twenty of thirty parallel wrong passwords for thirty usernames from one IP', async () => {
  expect(await manyUsersAtOnce([t.app], 30, '203.0.113.7')).toEqual(TWENTY_AND_TEN);
  expect(await fromIp('203.0.113.7')).toBe(20);
});

it('checks exactly twenty from one IP across two instances', async () => {
  expect(await manyUsersAtOnce([t.app, second], 30, '203.0.113.8')).toEqual(TWENTY_AND_TEN);
  expect(await fromIp('203.0.113.8')).toBe(20);
});
