import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
let admin: Client;
let communeId: number;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('tinh_admin', [{ role: 'unit_admin', unitCode: '33' }]);
  admin = await t.signIn('tinh_admin');
  communeId = await t.unitId('2025', '11953');
});
afterAll(async () => t.close());

const newUser = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  fullName: 'Lê Thị Mai',
  password: 'mat-khau-an-toan-1',
  roles: [{ role: 'case_worker', unitId: communeId }],
  ...extra,
});

describe('users', () => {
  it('creates a user with a scoped role and audits it in the same transaction', async () => {
    const res = await admin.request('POST', '/api/v1/users', newUser('mai.le'));
    expect(res.statusCode).toBe(201);
    const { user } = res.json<{ user: { id: number; roles: { role: string; unitName: string }[] } }>();
    expect(user.roles).toEqual([
      expect.objectContaining({ role: 'case_worker', unitName: 'Phường Phố Hiến' }),
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', String(user.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('mat-khau-an-toan-1');
    const signedIn = await t.signIn('mai.le', 'mat-khau-an-toan-1');
    expect((await signedIn.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('refuses a taken username (case-insensitively) and writes nothing', async () => {
    const before = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await admin.request('POST', '/api/v1/users', newUser('MAI.LE'));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'USERNAME_TAKEN', message: 'Tên đăng nhập đã được sử dụng.' },
    });
    const after = await t.handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('rolls the whole creation back when one role is invalid', async () => {
    const oldUnit = await t.unitId('2024', '34');
    const res = await admin.request(
      'POST',
      '/api/v1/users',
      newUser('half.written', {
        roles: [
          { role: 'viewer', unitId: communeId },
          { role: 'viewer', unitId: oldUnit },
        ],
      }),
    );
    expect(res.json()).toMatchObject({ error: { code: 'UNIT_NOT_CURRENT' } });
    expect(
      await t.handle.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'half.written')
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('rejects short passwords and bad usernames with field details', async () => {
    const res = await admin.request('POST', '/api/v1/users', newUser('bad name!', { password: 'short' }));
    expect(res.statusCode).toBe(400);
    const details = res.json<{ error: { details: { path: string }[] } }>().error.details.map((d) => d.path);
    expect(details).toEqual(expect.arrayContaining(['body.username', 'body.password']));
  });

  it('disabling a user ends their sessions; they cannot sign in again', async () => {
    const created = (await admin.request('POST', '/api/v1/users', newUser('tam.thoi'))).json<{
      user: { id: number };
    }>();
    const session = await t.signIn('tam.thoi', 'mat-khau-an-toan-1');
    const res = await admin.request('PATCH', `/api/v1/users/${created.user.id}`, { isActive: false });
    expect(res.json()).toMatchObject({ user: { isActive: false } });
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'tam.thoi', password: 'mat-khau-an-toan-1' },
    });
    expect(login.json()).toMatchObject({ error: { code: 'ACCOUNT_DISABLED' } });
  });

  it('adds and removes roles; no duplicates; cannot remove own admin role', async () => {
    const created = (await admin.request('POST', '/api/v1/users', newUser('vai.tro'))).json<{
      user: { id: number };
    }>();
    const added = await admin.request('POST', `/api/v1/users/${created.user.id}/roles`, {
      role: 'approver',
      unitId: communeId,
    });
    const roles = added.json<{ user: { roles: { id: number; role: string }[] } }>().user.roles;
    expect(roles.map((r) => r.role).sort()).toEqual(['approver', 'case_worker']);
    const dup = await admin.request('POST', `/api/v1/users/${created.user.id}/roles`, {
      role: 'approver',
      unitId: communeId,
    });
    expect(dup.json()).toMatchObject({ error: { code: 'ROLE_ALREADY_ASSIGNED' } });
    const approver = roles.find((r) => r.role === 'approver')!;
    const removed = await admin.request('DELETE', `/api/v1/users/${created.user.id}/roles/${approver.id}`);
    expect(removed.json<{ user: { roles: unknown[] } }>().user.roles).toHaveLength(1);
    const me = (await admin.request('GET', '/api/v1/auth/me')).json<{
      user: { id: number; roles: { id: number }[] };
    }>();
    const self = await admin.request('DELETE', `/api/v1/users/${me.user.id}/roles/${me.user.roles[0]!.id}`);
    expect(self.json()).toMatchObject({ error: { code: 'CANNOT_CHANGE_SELF' } });
  });

  it('searches users in scope', async () => {
    const res = await admin.request('GET', '/api/v1/users?q=mai');
    expect(res.json<{ items: { username: string }[] }>().items.map((u) => u.username)).toContain('mai.le');
  });
});
