/**
 * Idle timeout: a session nobody has used for SESSION_IDLE_MINUTES ends, so a browser left signed in
 * on a shared office computer does not stay open for the whole session lifetime. The web app's own
 * refreshes (the bell, sent with x-binhdang-background: 1) do not count as use.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { TEST_NOW } from '../../../tests/support/test-clock.ts';

// The app's clock stands still until the test moves it: time passes as the test says, exactly.
const clock = manualClock(TEST_NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: '30' }, clock);
  await t.createUser('ngoi.yen', [{ role: 'viewer', unitCode: '33' }]);
});
afterAll(async () => t.close());

/** Pretends the user's sessions were last used `minutes` ago (by the app's clock). */
const lastUsed = (minutes: number) =>
  sql`update user_session set last_seen_at = ${new Date(clock.nowMs() - minutes * 60_000)}`.execute(
    t.handle.db,
  );
const seenAgo = async () => {
  const row = (await sql<{ last_seen_at: Date }>`select last_seen_at from user_session`.execute(t.handle.db))
    .rows[0];
  return row ? Math.floor((clock.nowMs() - new Date(row.last_seen_at).getTime()) / 60_000) : undefined;
};

it('ends a session unused for longer than the idle limit', async () => {
  const c = await t.signIn('ngoi.yen');
  await lastUsed(31);
  const res = await c.request('GET', '/api/v1/auth/me');
  expect(res.statusCode).toBe(401);
  expect(res.json()).toMatchObject({ error: { code: 'AUTH_REQUIRED' } });
  expect(await seenAgo()).toBeUndefined(); // the row is gone
});

it('keeps a session in use, but not for the app’s background refreshes', async () => {
  const c = await t.signIn('ngoi.yen');
  await lastUsed(20);
  const bell = await c.request('GET', '/api/v1/notifications', undefined, { 'x-binhdang-background': '1' });
  expect(bell.statusCode).toBe(200);
  expect(await seenAgo()).toBe(20); // not moved by the bell
  await lastUsed(29);
  expect((await c.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  expect(await seenAgo()).toBe(0); // the user's own request moved it
  await lastUsed(31);
  expect(
    (await c.request('GET', '/api/v1/notifications', undefined, { 'x-binhdang-background': '1' })).statusCode,
  ).toBe(401);
});

it('ends a session when its idle time passes on the clock, with no request in between', async () => {
  const c = await t.signIn('ngoi.yen');
  clock.advance(29 * 60_000);
  expect((await c.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  clock.advance(31 * 60_000);
  expect((await c.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
});
