import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  await t.createUser('canbo', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('khoa', [{ role: 'viewer', unitCode: '33' }]);
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and returns the user and a CSRF token', async () => {
    const res = await login('canbo', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'bd_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const body = res.json<{
      user: { username: string; roles: { role: string; unitName: string }[] };
      csrfToken: string;
    }>();
    expect(body.user.roles).toEqual([
      expect.objectContaining({ role: 'planner', unitName: 'Tỉnh Hưng Yên' }),
    ]);
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('stores only the hash of the session token and an argon2id password hash', async () => {
    const res = await login('canbo', TEST_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'bd_session')!.value;
    const sessions = await t.handle.db.selectFrom('user_session').select('token_hash').execute();
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const user = await t.handle.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('username', '=', 'canbo')
      .executeTakeFirstOrThrow();
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('refuses a wrong password with a Vietnamese message and the same answer for unknown users', async () => {
    const wrong = await login('canbo', 'not-the-password');
    const unknown = await login('nobody-here', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({
      error: { code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
    });
    expect(unknown.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } });
  });

  it('limits repeated failures per username, even with the right password afterwards', async () => {
    for (let i = 0; i < 3; i++) expect((await login('khoa', 'sai-mat-khau-123')).statusCode).toBe(401);
    const blocked = await login('khoa', TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'TOO_MANY_LOGIN_ATTEMPTS' } });
  });

  it('rejects a malformed body with VALIDATION_FAILED', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('session, CSRF and headers', () => {
  it('requires the CSRF token on state-changing calls', async () => {
    const client = await t.signIn('canbo');
    const without = await client.request('POST', '/api/v1/auth/logout', undefined, { 'x-csrf-token': '' });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
    const me = await client.request('GET', '/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
  });

  it('settles who calls before the body is checked: no format hints to strangers', async () => {
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/agencies', payload: { bad: 1 } });
    expect(anonymous.statusCode).toBe(401);
    const client = await t.signIn('canbo');
    const forged = await client.request('POST', '/api/v1/agencies', { bad: 1 }, { 'x-csrf-token': 'x' });
    expect(forged.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
  });

  it('answers the first-load session check with 200 signed out or in; /auth/me keeps its 401', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null });
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: `bd_session=${'A'.repeat(43)}` },
    });
    expect(forged.json()).toEqual({ user: null, csrfToken: null });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const client = await t.signIn('canbo');
    const session = await client.request('GET', '/api/v1/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({
      user: expect.objectContaining({ username: 'canbo' }),
      csrfToken: client.csrfToken,
    });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    }>();
    expect(Object.keys(doc.paths['/api/v1/auth/session']!.get!.responses)).toContain('200');
  });

  it('ends the session on logout', async () => {
    const client = await t.signIn('canbo');
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('sends security headers and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('records sign-ins in the audit log with the client address', async () => {
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.login')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.ip).toBeTruthy();
  });
});

describe('headers on plain HTTP', () => {
  it('does not force HTTPS when the server is reached over a LAN without TLS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(String(res.headers['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('housekeeping', () => {
  it('removes expired sessions and day-old failed sign-ins when someone signs in', async () => {
    const user = await t.handle.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'canbo')
      .executeTakeFirstOrThrow();
    await t.handle.db
      .insertInto('user_session')
      .values({
        token_hash: 'old',
        user_id: user.id,
        csrf_token: 'x',
        expires_at: new Date(t.clock.nowMs() - 1000),
        ip: null,
        user_agent: null,
      })
      .execute();
    await t.handle.db
      .insertInto('login_attempt')
      .values({ username: 'ai-do', ip: '10.0.0.9', at: new Date(t.clock.nowMs() - 2 * 86400_000) })
      .execute();
    await login('canbo', TEST_PASSWORD);
    expect(
      await t.handle.db
        .selectFrom('user_session')
        .select('token_hash')
        .where('token_hash', '=', 'old')
        .executeTakeFirst(),
    ).toBeUndefined();
    expect(
      await t.handle.db
        .selectFrom('login_attempt')
        .select('id')
        .where('username', '=', 'ai-do')
        .executeTakeFirst(),
    ).toBeUndefined();
  });
});
