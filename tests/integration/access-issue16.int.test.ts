/**
 * Issue 16, access to a GBV case ends with the role: an assignment alone opens nothing. A case
 * worker whose only role an administrator removes no longer reads the case nor lists it, on the
 * session they already hold; a supervisor whose case role moves to another province loses the
 * case too; a deactivated user's sessions end at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';

const NAME = 'Nguyễn Thị Hoa';
let t: TestApp;
let admin: Client;
let worker: Client;
let supervisor: Client;
let workerId: number;
let supervisorId: number;
let caseId: number;

interface UserBody {
  user: { roles: { id: number; role: string }[] };
}

const roleIdOf = async (userId: number): Promise<number> =>
  (
    await t.handle.db
      .selectFrom('role_assignment')
      .select('id')
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow()
  ).id;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('quantri', [{ role: 'system_admin', unitCode: null }]);
  admin = await t.signIn('quantri');
  workerId = await t.createUser('canbo.ca', [{ role: 'case_worker', unitCode: '11953' }]);
  supervisorId = await t.createUser('giamsat.ca', [{ role: 'case_supervisor', unitCode: '33' }]);
  worker = await t.signIn('canbo.ca');
  supervisor = await t.signIn('giamsat.ca');
  const created = await worker.request(
    'POST',
    '/api/v1/cases',
    caseIntake(await t.unitId('2025', '11953'), supervisorId),
  );
  expect(created.statusCode).toBe(201);
  caseId = created.json<{ case: { id: number } }>().case.id;
});
afterAll(async () => t.close());

describe('a case worker whose role is removed', () => {
  it('reads the case while the role holds', async () => {
    const res = await worker.request('GET', `/api/v1/cases/${caseId}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(NAME);
  });

  it('is told the case does not exist, on the same session, and no longer lists it', async () => {
    const removed = await admin.request(
      'DELETE',
      `/api/v1/users/${workerId}/roles/${await roleIdOf(workerId)}`,
    );
    expect(removed.statusCode).toBe(200);
    expect(removed.json<UserBody>().user.roles).toEqual([]);
    const res = await worker.request('GET', `/api/v1/cases/${caseId}`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'CASE_NOT_FOUND' } });
    expect(res.body).not.toContain(NAME);
    const list = await worker.request('GET', '/api/v1/cases');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    const edit = await worker.request('POST', `/api/v1/cases/${caseId}/notes`, {
      kind: 'follow_up',
      onDate: '2026-11-23',
      text: 'Đã gọi, an toàn',
    });
    expect(edit.statusCode).toBe(404);
  });
});

describe('a case supervisor', () => {
  it('reads the case while the role covers it, and loses it when the role moves to another province', async () => {
    expect((await supervisor.request('GET', `/api/v1/cases/${caseId}`)).statusCode).toBe(200);
    const at33 = await roleIdOf(supervisorId);
    const moved = await admin.request('POST', `/api/v1/users/${supervisorId}/roles`, {
      role: 'case_supervisor',
      unitId: await t.unitId('2025', '01'),
    });
    expect(moved.statusCode).toBe(200);
    const removed = await admin.request('DELETE', `/api/v1/users/${supervisorId}/roles/${at33}`);
    expect(removed.json<UserBody>().user.roles.map((r) => r.role)).toEqual(['case_supervisor']);
    const res = await supervisor.request('GET', `/api/v1/cases/${caseId}`);
    expect(res.json()).toMatchObject({ error: { code: 'CASE_NOT_FOUND' } });
    expect((await supervisor.request('GET', '/api/v1/cases')).json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('a deactivated user', () => {
  it('loses every session at once', async () => {
    await t.createUser('canbo.hai', [{ role: 'case_worker', unitCode: '11953' }]);
    const other = await t.signIn('canbo.hai');
    const id = (
      await t.handle.db
        .selectFrom('app_user')
        .select('id')
        .where('username', '=', 'canbo.hai')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await other.request('GET', '/api/v1/cases')).statusCode).toBe(200);
    const off = await admin.request('PATCH', `/api/v1/users/${id}`, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect((await other.request('GET', '/api/v1/cases')).statusCode).toBe(401);
  });
});
