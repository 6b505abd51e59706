/**
 * Behind a reverse proxy the client's address is in X-Forwarded-For. It is believed only from the
 * proxies named in TRUST_PROXY: otherwise anyone could write any address into the audit log and
 * dodge the per-address sign-in limit.
 */
import { afterEach, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app.ts';
import { loadConfig } from '../config/config.ts';

let t: TestApp | undefined;
afterEach(async () => t?.close());

async function signInFrom(env: Record<string, string>, forwardedFor: string): Promise<string | null> {
  t = await createTestApp(env);
  await t.createUser('qua.proxy', [{ role: 'viewer', unitCode: '33' }]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: '127.0.0.1',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { username: 'qua.proxy', password: TEST_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  const row = await t.handle.db
    .selectFrom('audit_log')
    .select('ip')
    .where('action', '=', 'auth.login')
    .executeTakeFirstOrThrow();
  return row.ip;
}

it('ignores X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
  expect(await signInFrom({}, '203.0.113.7')).toBe('127.0.0.1');
});

it('takes the client address from a trusted proxy', async () => {
  expect(await signInFrom({ TRUST_PROXY: '127.0.0.1' }, '203.0.113.7')).toBe('203.0.113.7');
});

it('believes only as many hops as configured', async () => {
  // client 198.51.100.9 → (untrusted) 203.0.113.7 → trusted proxy 127.0.0.1
  expect(await signInFrom({ TRUST_PROXY: '1' }, '198.51.100.9, 203.0.113.7')).toBe('203.0.113.7');
});

it('refuses a TRUST_PROXY that is neither a count nor addresses', () => {
  expect(() => loadConfig({ TRUST_PROXY: 'true; rm -rf' })).toThrow(/TRUST_PROXY/);
});
