/**
 * Issue 16, every entity answers "not found" outside the caller's scope: an agency or a user of
 * another province is, for a unit administrator of Hưng Yên, as absent as an id that does not
 * exist (AGENCY_NOT_FOUND, USER_NOT_FOUND, EMAIL_NOT_FOUND), never 403, which would tell that the
 * row exists. A caller who knows the row (a role over its unit) but may not change it still gets
 * 403 FORBIDDEN.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';

const MISSING = 987654;
let t: TestApp;
let root: Client;
let admin33: Client;
let planner33: Client;
let hanoiAgency: number;
let hyAgency: number;
let hanoiUser: number;
let hanoiRole: number;
let hyUser: number;
let hyRole: number;

const roleOf = async (userId: number) =>
  (
    await t.handle.db
      .selectFrom('role_assignment')
      .select('id')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow()
  ).id;
const agencyAt = async (code: string, name: string) =>
  (
    await root.request('POST', '/api/v1/agencies', {
      name,
      kind: 'womens_union',
      unitId: await t.unitId('2025', code),
    })
  ).json<{ agency: { id: number } }>().agency.id;
const codeOf = (res: { statusCode: number; json: <T>() => T }) => ({
  status: res.statusCode,
  code: res.json<{ error?: { code?: string } }>().error?.code,
});

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('quantri', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('qt.hungyen', [{ role: 'unit_admin', unitCode: '33' }]);
  await t.createUser('kh.hungyen', [{ role: 'planner', unitCode: '33' }]);
  root = await t.signIn('quantri');
  admin33 = await t.signIn('qt.hungyen');
  planner33 = await t.signIn('kh.hungyen');
  hanoiAgency = await agencyAt('01', 'Hội LHPN thành phố Hà Nội');
  hyAgency = await agencyAt('33', 'Hội LHPN tỉnh Hưng Yên');
  hanoiUser = await t.createUser('bc.hanoi', [{ role: 'reporter', unitCode: '00004' }]);
  hyUser = await t.createUser('bc.hungyen', [{ role: 'reporter', unitCode: '11953' }]);
  hanoiRole = await roleOf(hanoiUser);
  hyRole = await roleOf(hyUser);
});
afterAll(async () => t.close());

describe('an agency of another province', () => {
  it('is not found for a unit administrator of Hưng Yên, as an id that does not exist', async () => {
    const other = await admin33.request('PATCH', `/api/v1/agencies/${hanoiAgency}`, { name: 'Đổi tên' });
    const missing = await admin33.request('PATCH', `/api/v1/agencies/${MISSING}`, { name: 'Đổi tên' });
    expect(codeOf(missing)).toEqual({ status: 404, code: 'AGENCY_NOT_FOUND' });
    expect(codeOf(other)).toEqual(codeOf(missing));
    const off = await admin33.request('PATCH', `/api/v1/agencies/${hanoiAgency}`, { isActive: false });
    expect(codeOf(off)).toEqual({ status: 404, code: 'AGENCY_NOT_FOUND' });
  });

  it('is not found as a user’s agency either', async () => {
    const res = await admin33.request('PATCH', `/api/v1/users/${hyUser}`, { agencyId: hanoiAgency });
    expect(codeOf(res)).toEqual({ status: 404, code: 'AGENCY_NOT_FOUND' });
  });

  it('stays 403 for a caller of its province who may not change it, and changes for its administrator', async () => {
    const res = await planner33.request('PATCH', `/api/v1/agencies/${hyAgency}`, { name: 'Đổi tên' });
    expect(codeOf(res)).toEqual({ status: 403, code: 'FORBIDDEN' });
    const ok = await admin33.request('PATCH', `/api/v1/agencies/${hyAgency}`, { name: 'Hội LHPN Hưng Yên' });
    expect(ok.statusCode).toBe(200);
  });
});

describe('a user of another province', () => {
  it('is not found for a unit administrator of Hưng Yên, on every action by id', async () => {
    const missing = await admin33.request('PATCH', `/api/v1/users/${MISSING}`, { fullName: 'Lê Văn Nam' });
    expect(codeOf(missing)).toEqual({ status: 404, code: 'USER_NOT_FOUND' });
    const calls = [
      admin33.request('PATCH', `/api/v1/users/${hanoiUser}`, { fullName: 'Lê Văn Nam' }),
      admin33.request('PATCH', `/api/v1/users/${hanoiUser}`, { isActive: false }),
      admin33.request('POST', `/api/v1/users/${hanoiUser}/roles`, {
        role: 'viewer',
        unitId: await t.unitId('2025', '33'),
      }),
      admin33.request('DELETE', `/api/v1/users/${hanoiUser}/roles/${hanoiRole}`),
    ];
    for (const res of await Promise.all(calls)) expect(codeOf(res)).toEqual(codeOf(missing));
    const user = await t.handle.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', hanoiUser)
      .executeTakeFirst();
    expect(user).toMatchObject({ full_name: expect.not.stringContaining('Lê Văn Nam'), is_active: true });
    expect(await roleOf(hanoiUser)).toBe(hanoiRole);
  });

  it('is not found through a failed e-mail to them either', async () => {
    const row = await sql<{ id: number }>`
      insert into email_outbox (user_id, kind, state, tries, next_attempt_at, last_error, created_at)
      values (${hanoiUser}, 'reminder', 'failed', 5, now(), '421 4.3.2 Service not available', now())
      returning id`.execute(t.handle.db);
    const res = await admin33.request('POST', `/api/v1/email-failures/${row.rows[0]!.id}/retry`);
    const missing = await admin33.request('POST', `/api/v1/email-failures/${MISSING}/retry`);
    expect(codeOf(missing)).toEqual({ status: 404, code: 'EMAIL_NOT_FOUND' });
    expect(codeOf(res)).toEqual(codeOf(missing));
  });

  it('a user of the province stays 403 for a caller there who may not manage users', async () => {
    const calls = [
      planner33.request('PATCH', `/api/v1/users/${hyUser}`, { fullName: 'Lê Văn Nam' }),
      planner33.request('POST', `/api/v1/users/${hyUser}/roles`, {
        role: 'viewer',
        unitId: await t.unitId('2025', '33'),
      }),
      planner33.request('DELETE', `/api/v1/users/${hyUser}/roles/${hyRole}`),
    ];
    for (const res of await Promise.all(calls))
      expect(codeOf(res)).toEqual({ status: 403, code: 'FORBIDDEN' });
    const other = await planner33.request('PATCH', `/api/v1/users/${hanoiUser}`, { fullName: 'Lê Văn Nam' });
    expect(codeOf(other)).toEqual({ status: 404, code: 'USER_NOT_FOUND' });
    const ok = await admin33.request('PATCH', `/api/v1/users/${hyUser}`, { fullName: 'Trần Thị Hạnh' });
    expect(ok.statusCode).toBe(200);
  });
});
