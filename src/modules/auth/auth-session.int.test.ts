/**
 * Session fixation and rotation: a sign-in never adopts or keeps the session cookie the browser
 * sent; the CSRF token belongs to one session; a password change or an administrator's reset ends
 * the user's other sessions. And the per-IP sign-in limit across usernames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
let userId: number;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '3' });
  userId = await t.createUser('canbo', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('quantri', [{ role: 'unit_admin', unitCode: '33' }]);
  for (const name of ['u1', 'u2', 'u3', 'u4', 'nan.nhan'])
    await t.createUser(name, [{ role: 'viewer', unitCode: '33' }]);
});
afterAll(async () => t.close());

interface Session {
  token: string;
  csrf: string;
}

async function login(username: string, cookie?: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    ...(cookie ? { headers: { cookie: `bd_session=${cookie}` } } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return {
    token: res.cookies.find((c) => c.name === 'bd_session')!.value,
    csrf: res.json<{ csrfToken: string }>().csrfToken,
  };
}

const me = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `bd_session=${token}` } });
const client = (s: Session): Client => ({
  csrfToken: s.csrf,
  request: (method, url, body, headers = {}) =>
    t.app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: body as object } : {}),
      headers: { cookie: `bd_session=${s.token}`, 'x-csrf-token': s.csrf, ...headers },
    }),
});

describe('session fixation', () => {
  it('does not adopt a session value the client chose before signing in', async () => {
    const forged = 'A'.repeat(43);
    expect((await me(forged)).statusCode).toBe(401);
    const s = await login('canbo', forged);
    expect(s.token).not.toBe(forged);
    expect((await me(s.token)).statusCode).toBe(200);
    expect((await me(forged)).statusCode).toBe(401);
  });

  it('ends a valid session planted in the browser (another user’s) when someone signs in over it', async () => {
    const attacker = await login('u1');
    const victim = await login('nan.nhan', attacker.token);
    expect(victim.token).not.toBe(attacker.token);
    expect((await me(attacker.token)).statusCode).toBe(401);
    expect((await me(victim.token)).json()).toMatchObject({ user: { username: 'nan.nhan' } });
  });

  it('rotates the token and the CSRF token when a signed-in user signs in again', async () => {
    const first = await login('canbo');
    const second = await login('canbo', first.token);
    expect(second.token).not.toBe(first.token);
    expect(second.csrf).not.toBe(first.csrf);
    expect((await me(first.token)).statusCode).toBe(401);
    expect((await me(second.token)).json()).toMatchObject({ csrfToken: second.csrf });
  });

  it('accepts a session’s CSRF token with that session only', async () => {
    const a = await login('canbo');
    const b = await login('canbo');
    expect(a.csrf).not.toBe(b.csrf);
    const crossed = await client({ token: b.token, csrf: a.csrf }).request('POST', '/api/v1/auth/logout');
    expect(crossed.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
    expect((await client(b).request('POST', '/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await me(a.token)).statusCode).toBe(200);
  });
});

describe('password changes end the other sessions', () => {
  it('a user’s own change: every other session ends, the caller gets a fresh one', async () => {
    const other = await login('u2');
    const current = await login('u2');
    const res = await client(current).request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-moi-cua-u2',
    });
    expect(res.statusCode, res.body).toBe(200);
    const fresh = res.cookies.find((c) => c.name === 'bd_session')!.value;
    expect(fresh).not.toBe(current.token);
    expect(res.json<{ csrfToken: string }>().csrfToken).not.toBe(current.csrf);
    expect((await me(other.token)).statusCode).toBe(401);
    expect((await me(current.token)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
    await login('u2', undefined, 'mat-khau-moi-cua-u2');
  });

  it('refuses a wrong current password and counts it as a failed sign-in', async () => {
    const s = await login('u3');
    const wrong = await client(s).request('POST', '/api/v1/auth/password', {
      currentPassword: 'khong-phai-mat-khau',
      newPassword: 'mat-khau-moi-cua-u3',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json()).toMatchObject({ error: { code: 'CURRENT_PASSWORD_WRONG' } });
    expect((await me(s.token)).statusCode).toBe(200);
    const failures = await t.handle.db
      .selectFrom('login_attempt')
      .select('id')
      .where('username', '=', 'u3')
      .execute();
    expect(failures).toHaveLength(1);
  });

  it('needs the CSRF token', async () => {
    const s = await login('u3');
    const res = await client(s).request(
      'POST',
      '/api/v1/auth/password',
      { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-cua-u3' },
      { 'x-csrf-token': '' },
    );
    expect(res.json()).toMatchObject({ error: { code: 'CSRF_TOKEN_INVALID' } });
  });

  it('an administrator’s reset ends all the user’s sessions', async () => {
    const a = await login('canbo');
    const b = await login('canbo');
    const admin = await t.signIn('quantri');
    const res = await admin.request('PATCH', `/api/v1/users/${userId}`, {
      password: 'mat-khau-dat-lai-2025',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await me(a.token)).statusCode).toBe(401);
    expect((await me(b.token)).statusCode).toBe(401);
    await login('canbo', undefined, 'mat-khau-dat-lai-2025');
  });
});

describe('sign-in throttling per IP', () => {
  const from = (ip: string, username: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  it('blocks an IP after 4× the per-user limit of failures spread over many usernames', async () => {
    // LOGIN_MAX_FAILURES=3: 12 failures from one IP, never more than 2 for one username
    for (let i = 0; i < 12; i++) {
      const res = await from('10.9.8.7', `khong-co-${i % 6}`, 'sai-mat-khau-123');
      expect(res.statusCode).toBe(401);
    }
    const blocked = await from('10.9.8.7', 'u4', TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: 'TOO_MANY_LOGIN_ATTEMPTS' } });
    // another address is not blocked, and u4 itself has no failures
    expect((await from('10.9.8.8', 'u4', TEST_PASSWORD)).statusCode).toBe(200);
  });
});
