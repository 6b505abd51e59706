/**
 * Staff alerts on a real database (docs/SECURITY.md, residual risk 4): who is told, and who is not,
 * when an administrator grants a case role (to themselves or another), resets a case worker's
 * password or re-activates them; nothing for a user's own password change or a non-case role; the
 * alerts are e-mailed at once (a real SMTP server on loopback) and only with the change.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { systemActor } from '../../core/auth/roles.ts';
import { runReminders } from '../reminders/reminders.job.ts';
import { alertStaffChange } from './staff-alerts.ts';
import type { TNotificationsResponse } from './notifications.schema.ts';

let t: TestApp;
let smtp: SmtpSink;
let admin: Client;
const id: Record<string, number> = {};
let province: number;
let commune: number;

/** username → the alert texts they received, for every user who received any. */
async function alerts(): Promise<Record<string, string[]>> {
  const rows = await t.handle.db
    .selectFrom('notification as n')
    .innerJoin('app_user as a', 'a.id', 'n.user_id')
    .select(['a.username', 'n.kind', 'n.stage', 'n.title', 'n.detail'])
    .orderBy('n.id')
    .execute();
  const out: Record<string, string[]> = {};
  for (const r of rows) {
    expect([r.kind, r.stage]).toEqual(['staff_alert', 'alert']);
    (out[r.username] ??= []).push(`${r.title}\n${r.detail}`);
  }
  return out;
}
const told = async () => Object.keys(await alerts()).sort();

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp(smtp.env);
  province = await t.unitId('2025', '33'); // Hưng Yên
  commune = await t.unitId('2025', '11953'); // Phường Phố Hiến
  const sibling = await t.handle.db
    .selectFrom('admin_unit')
    .select('code')
    .where('province_id', '=', province)
    .where('level', '=', 'commune')
    .where('id', '!=', commune)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const users: [string, Parameters<TestApp['createUser']>[1]][] = [
    ['root', [{ role: 'system_admin', unitCode: null }]],
    ['root2', [{ role: 'system_admin', unitCode: null }]],
    ['tinh_admin', [{ role: 'unit_admin', unitCode: '33' }]],
    ['gs_tinh', [{ role: 'case_supervisor', unitCode: '33' }]],
    ['gs_xa', [{ role: 'case_supervisor', unitCode: '11953' }]],
    ['gs_xa_khac', [{ role: 'case_supervisor', unitCode: sibling.code }]],
    ['gs_ha_noi', [{ role: 'case_supervisor', unitCode: '01' }]],
    ['gs_toan_quoc', [{ role: 'case_supervisor', unitCode: null }]],
    ['cb_xa', [{ role: 'case_worker', unitCode: '11953' }]],
    ['kh_tinh', [{ role: 'planner', unitCode: '33' }]],
  ];
  for (const [name, roles] of users) id[name] = await t.createUser(name, roles);
  await t.handle.db
    .updateTable('app_user')
    .set({ email: sql<string>`username || '@example.vn'` })
    .where('username', 'in', ['root', 'gs_tinh', 'cb_xa'])
    .execute();
  // gs_tinh chose the daily digest: alerts are still sent at once
  await t.handle.db
    .insertInto('user_notification_setting')
    .values({ user_id: id.gs_tinh!, digest: true })
    .execute();
  admin = await t.signIn('tinh_admin');
}, 120_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});
beforeEach(async () => {
  await t.handle.db.deleteFrom('notification').execute(); // the users' creation above alerted too
  smtp.mails.length = 0;
});

const WATCHERS_OF_COMMUNE = ['gs_tinh', 'gs_toan_quoc', 'gs_xa', 'root', 'root2'];

describe('staff alerts', () => {
  it('a unit admin self-granting case_supervisor: the supervisors over the unit and the system admins, flagged "tự cấp"', async () => {
    const res = await admin.request('POST', `/api/v1/users/${id.tinh_admin}/roles`, {
      role: 'case_supervisor',
      unitId: province,
    });
    expect(res.statusCode).toBe(200);
    // at the province: gs_xa (a commune) does not cover it; nor do other communes and provinces
    expect(await told()).toEqual(['gs_tinh', 'gs_toan_quoc', 'root', 'root2']);
    const [text] = (await alerts()).root!;
    expect(text).toContain('Người dùng tinh_admin (tinh_admin) TỰ CẤP cho mình vai trò giám sát vụ việc tại');
    expect(text).toContain('granted THEMSELVES case supervisor');
    expect(text).toContain('phá kính');
    // made the reminders job due so the e-mails go at once
    const job = await t.handle.db
      .selectFrom('scheduled_job')
      .select(sql<boolean>`next_run_at <= now()`.as('due'))
      .where('name', '=', 'reminders')
      .executeTakeFirstOrThrow();
    expect(job.due).toBe(true);

    const r = await runReminders(t.handle.db, t.config, t.clock);
    expect(r.failures).toBe(0);
    expect(smtp.mails.map((m) => m.to.join()).sort()).toEqual(['gs_tinh@example.vn', 'root@example.vn']);
    expect(smtp.mails[0]!.subject).toContain('Cảnh báo');
    expect(smtp.mails[0]!.text).toContain('TỰ CẤP');
    await runReminders(t.handle.db, t.config, t.clock);
    expect(smtp.mails).toHaveLength(2); // once
  });

  it('an admin granting case_worker to another user: not the actor, not the user', async () => {
    const res = await admin.request('POST', `/api/v1/users/${id.kh_tinh}/roles`, {
      role: 'case_worker',
      unitId: commune,
    });
    expect(res.statusCode).toBe(200);
    expect(await told()).toEqual(WATCHERS_OF_COMMUNE);
    const [text] = (await alerts()).gs_xa!;
    expect(text).toContain(
      'Người dùng tinh_admin (tinh_admin) đã cấp vai trò cán bộ xử lý vụ việc tại Phường Phố Hiến cho Người dùng kh_tinh (kh_tinh)',
    );
    expect(text).not.toContain('TỰ CẤP');
    // granting it again fails, and the failed change alerts nobody
    await t.handle.db.deleteFrom('notification').execute();
    const again = await admin.request('POST', `/api/v1/users/${id.kh_tinh}/roles`, {
      role: 'case_worker',
      unitId: commune,
    });
    expect(again.statusCode).toBe(409);
    expect(await told()).toEqual([]);
  });

  it('an admin resetting a case worker’s password: the watchers, and the worker in their own words', async () => {
    const pw = 'mot-mat-khau-moi-2026';
    const res = await admin.request('PATCH', `/api/v1/users/${id.cb_xa}`, { password: pw });
    expect(res.statusCode).toBe(200);
    expect(await told()).toEqual(['cb_xa', ...WATCHERS_OF_COMMUNE].sort());
    const all = await alerts();
    expect(all.gs_tinh![0]).toContain(
      'Người dùng tinh_admin (tinh_admin) đã đặt lại mật khẩu của Người dùng cb_xa (cb_xa) (cán bộ xử lý vụ việc tại Phường Phố Hiến)',
    );
    const worker = await t.signIn('cb_xa', pw);
    const mine = (await worker.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>();
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'staff_alert',
        stage: 'alert',
        title: expect.stringContaining(
          'Mật khẩu của bạn đã được đặt lại bởi Người dùng tinh_admin (tinh_admin)',
        ),
        link: '#/password',
      }),
    ]);
    await runReminders(t.handle.db, t.config, t.clock);
    const toWorker = smtp.mails.find((m) => m.to.includes('cb_xa@example.vn'));
    expect(toWorker?.text).toContain('Mật khẩu của bạn đã được đặt lại');
    // and back to the test password, which alerts again
    await admin.request('PATCH', `/api/v1/users/${id.cb_xa}`, { password: TEST_PASSWORD });
    expect((await alerts()).cb_xa).toHaveLength(2);
  });

  it('a case worker changing their own password: no alert', async () => {
    const worker = await t.signIn('cb_xa');
    const res = await worker.request('POST', '/api/v1/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'mat-khau-rieng-cua-toi-9',
    });
    expect(res.statusCode).toBe(200);
    expect(await told()).toEqual([]);
  });

  it('a non-case role, or a non-case user’s password: no alert', async () => {
    const grant = await admin.request('POST', `/api/v1/users/${id.gs_xa}/roles`, {
      role: 'viewer',
      unitId: commune,
    });
    expect(grant.statusCode).toBe(200);
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'bc_moi',
      fullName: 'Báo cáo viên mới',
      password: 'mat-khau-an-toan-1',
      roles: [{ role: 'reporter', unitId: commune }],
    });
    expect(created.statusCode).toBe(201);
    const reset = await admin.request(
      'PATCH',
      `/api/v1/users/${created.json<{ user: { id: number } }>().user.id}`,
      {
        password: 'mat-khau-an-toan-2',
      },
    );
    expect(reset.statusCode).toBe(200);
    expect(await told()).toEqual([]);
  });

  it('creating a user with a case role, and re-activating a case worker, alert; deactivating does not', async () => {
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'cb_moi',
      fullName: 'Cán bộ mới',
      password: 'mat-khau-an-toan-1',
      roles: [{ role: 'case_worker', unitId: commune }],
    });
    expect(created.statusCode).toBe(201);
    expect(await told()).toEqual(WATCHERS_OF_COMMUNE);
    expect((await alerts()).root![0]).toContain('cho Cán bộ mới (cb_moi)');

    await t.handle.db.deleteFrom('notification').execute();
    const off = await admin.request('PATCH', `/api/v1/users/${id.gs_xa}`, { isActive: false });
    expect(off.statusCode).toBe(200);
    expect(await told()).toEqual([]);
    const on = await admin.request('PATCH', `/api/v1/users/${id.gs_xa}`, { isActive: true });
    expect(on.statusCode).toBe(200);
    // gs_xa is the user concerned: not told as a supervisor
    expect(await told()).toEqual(['gs_tinh', 'gs_toan_quoc', 'root', 'root2']);
    expect((await alerts()).gs_tinh![0]).toContain(
      'đã kích hoạt lại tài khoản Người dùng gs_xa (gs_xa) (giám sát vụ việc tại Phường Phố Hiến)',
    );
  });

  it('is written with the change’s transaction: rolled back with it', async () => {
    const failed = t.handle.db.transaction().execute(async (tx) => {
      await alertStaffChange(
        tx,
        systemActor('test'),
        {
          what: 'password',
          userId: id.cb_xa!,
          roles: [{ role: 'case_worker', unit: { id: commune, provinceId: province } }],
        },
        t.clock,
      );
      // the watchers of the commune, tinh_admin (case_supervisor since the first test) and the worker
      expect(await tx.selectFrom('notification').select('id').execute()).toHaveLength(7);
      throw new Error('the change fails after its alerts');
    });
    await expect(failed).rejects.toThrow('the change fails');
    expect(await told()).toEqual([]);
  });
});
