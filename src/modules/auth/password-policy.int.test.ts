/**
 * The password policy (core/auth/password-policy.ts) through the API, at each place a password is
 * set: first setup, a new user, an administrator's reset, a user's own change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/config.ts';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { SetupService } from '../setup/setup.service.ts';

let t: TestApp;
let admin: Client;
let commune: number;
let setupToken: string;

beforeAll(async () => {
  t = await createTestApp();
  setupToken = (await new SetupService(t.handle.db, loadConfig({}), t.clock).issueToken())!;
});
afterAll(async () => t.close());

type Res = Awaited<ReturnType<Client['request']>>;

/** The answer is PASSWORD_TOO_WEAK in Vietnamese, with the broken rule on `path`. */
function weak(res: Res, path: string, rule: string) {
  expect(res.statusCode, res.body).toBe(422);
  expect(res.json()).toMatchObject({
    error: {
      code: 'PASSWORD_TOO_WEAK',
      message: expect.stringMatching(/^Mật khẩu quá yếu/),
      details: [{ path, message: expect.stringContaining(rule) }],
    },
  });
}

const setup = (username: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: { token: setupToken, username, fullName: 'Quản trị', password },
  });

describe('first setup', () => {
  it('refuses a password containing the username or a common one, then accepts a good one', async () => {
    weak(await setup('quantri', 'QuanTri-2025-moi'), 'password', 'tên đăng nhập');
    weak(await setup('admin01', 'matkhau123'), 'password', 'phổ biến');
    const ok = await setup('admin01', 'mat-khau-quan-tri-1');
    expect(ok.statusCode, ok.body).toBe(200);
    admin = await t.signIn('admin01', 'mat-khau-quan-tri-1');
    commune = await t.unitId('2025', '11953');
  });
});

describe('a new user, by an administrator', () => {
  const create = (username: string, password: string) =>
    admin.request('POST', '/api/v1/users', {
      username,
      fullName: 'Lê Thị Mai',
      password,
      roles: [{ role: 'viewer', unitId: commune }],
    });

  it('refuses each very common password, whatever its case', async () => {
    for (const p of ['1234567890', 'Password123', 'QWERTYUIOP', 'matkhau123', 'anhyeuem123', 'aaaaaaaaaaaa'])
      weak(await create('mai.le', p), 'password', 'phổ biến');
  });

  it('refuses what the strength estimator finds guessable, and says why (issue 16)', async () => {
    for (const p of ['abcdefghij', '1212121212', '12345678901', 'qwertyuiop1', 'anhyeuem2025'])
      weak(await create('mai.le', p), 'password', 'dễ bị đoán');
    const res = await create('mai.le', 'abcdefghij');
    expect(res.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toContain(
      'Dãy ký tự liên tiếp',
    );
  });

  it('refuses a password equal to or containing the username, in any case', async () => {
    weak(await create('mai.le.2025', 'mai.le.2025'), 'password', 'tên đăng nhập');
    weak(await create('mai.le', 'xx-MAI.LE-yy-zz'), 'password', 'tên đăng nhập');
  });

  it('refuses fewer than 10 or more than 256 characters before hashing', async () => {
    const short = await create('mai.le', 'ngan-qua');
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'body.password' }] },
    });
    const long = await create('mai.le', 'x'.repeat(257));
    expect(long.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: [{ path: 'body.password' }] },
    });
  });

  it('accepts 256 characters, and the user signs in with them', async () => {
    // not a repetition ('dai-' × 63 is now refused as guessable): 32 different chunks
    const long = Array.from({ length: 32 }, (_, i) => `cay${i * 7919}-`)
      .join('')
      .slice(0, 256);
    expect(long).toHaveLength(256);
    expect((await create('mai.le', long)).statusCode).toBe(201);
    await t.signIn('mai.le', long);
  });
});

describe('an administrator’s reset and a user’s own change', () => {
  let userId: number;
  beforeAll(async () => {
    userId = await t.createUser('lan.tran', [{ role: 'viewer', unitCode: '33' }]);
  });

  it('a reset follows the policy', async () => {
    const reset = (password: string) => admin.request('PATCH', `/api/v1/users/${userId}`, { password });
    weak(await reset('lan.tran-2025'), 'password', 'tên đăng nhập');
    weak(await reset('abc1234567'), 'password', 'phổ biến');
    weak(await reset('1212121212'), 'password', 'dễ bị đoán');
    expect((await reset('mat-khau-dat-lai-2025')).statusCode).toBe(200);
  });

  it('a user’s own change follows the policy', async () => {
    const user = await t.signIn('lan.tran', 'mat-khau-dat-lai-2025');
    const change = (newPassword: string) =>
      user.request('POST', '/api/v1/auth/password', {
        currentPassword: 'mat-khau-dat-lai-2025',
        newPassword,
      });
    weak(await change('toi-la-lan.tran'), 'newPassword', 'tên đăng nhập');
    weak(await change('12345678910'), 'newPassword', 'phổ biến');
    weak(await change('qwertyuiop1'), 'newPassword', 'dễ bị đoán');
    expect((await change('x'.repeat(257))).json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const ok = await change(`${TEST_PASSWORD}-moi`);
    expect(ok.statusCode, ok.body).toBe(200);
  });
});
