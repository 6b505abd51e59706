/**
 * Every role against the report routes, inside and outside its unit. Actors hold their role at
 * Hưng Yên (province 33) unless named otherwise; "other" is a ward of Hà Nội. Who may enter a report
 * (reporter, unit admin), decide on it (approver, unit admin — from a unit above), read it (any role
 * but the case workers'), and set reporting obligations (planner, approver, unit admin).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.ts';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';

let t: TestApp;
const clients = new Map<string, Client>();
let ownCommune: number;
let otherCommune: number;
let province: number;
let monthly: number;
let semiannual: number;
/** A submitted report of the own commune per role, to decide on. */
const submitted = new Map<Role, number>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    await t.createUser(`u_${role}`, [{ role, unitCode: role === 'system_admin' ? null : '33' }]);
    clients.set(role, await t.signIn(`u_${role}`));
  }
  await t.createUser('u_commune_approver', [{ role: 'approver', unitCode: '11953' }]);
  clients.set('commune_approver', await t.signIn('u_commune_approver'));
  ownCommune = await t.unitId('2025', '11953');
  otherCommune = await t.unitId('2025', '00004');
  province = await t.unitId('2025', '33');
  const sys = clients.get('system_admin')!;
  const forms = (await sys.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  monthly = forms.find((f) => f.code === 'GE_MONTHLY')!.id;
  semiannual = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  for (const [i, role] of ROLES.entries()) {
    const r = await sys.request('POST', '/api/v1/reports', {
      formId: monthly,
      unitId: ownCommune,
      periodStart: `2025-${String(i + 1).padStart(2, '0')}-01`,
    });
    const id = r.json<{ report: { id: number } }>().report.id;
    await sys.request('POST', `/api/v1/reports/${id}/actions`, { action: 'submit' });
    submitted.set(role, id);
  }
});
afterAll(async () => t.close());

const as = (who: string) => clients.get(who)!;
const ENTER: Role[] = ['system_admin', 'unit_admin', 'reporter'];
const DECIDE: Role[] = ['system_admin', 'unit_admin', 'approver'];
const MANAGE: Role[] = ['system_admin', 'unit_admin', 'planner', 'approver'];
const NO_READ: Role[] = ['case_worker'];

describe.each(ROLES.map((r) => [r]))('%s', (role) => {
  it('starts a report for its commune only if it enters reports', async () => {
    const res = await as(role).request('POST', '/api/v1/reports', {
      formId: semiannual,
      unitId: ownCommune,
      periodStart: `20${10 + ROLES.indexOf(role)}-01-01`,
    });
    expect(res.statusCode).toBe(ENTER.includes(role) ? 201 : 403);
  });

  it('starts a report in another province only if system admin', async () => {
    const res = await as(role).request('POST', '/api/v1/reports', {
      formId: semiannual,
      unitId: otherCommune,
      periodStart: `20${10 + ROLES.indexOf(role)}-07-01`,
    });
    expect(res.statusCode).toBe(role === 'system_admin' ? 201 : 403);
  });

  it('reads its commune’s reports unless a case worker', async () => {
    const res = await as(role).request('GET', `/api/v1/reports/${submitted.get(role)!}`);
    expect(res.statusCode).toBe(NO_READ.includes(role) ? 404 : 200);
  });

  it('approves a commune’s report only if it decides', async () => {
    const res = await as(role).request('POST', `/api/v1/reports/${submitted.get(role)!}/actions`, {
      action: 'approve',
    });
    expect(res.statusCode).toBe(DECIDE.includes(role) ? 200 : NO_READ.includes(role) ? 404 : 403);
  });

  it('sets a reporting obligation for its province only if it manages them', async () => {
    const res = await as(role).request('POST', '/api/v1/obligations', {
      formId: semiannual,
      unitId: province,
      title: `Báo cáo 6 tháng (${role})`,
      frequency: 'semiannual',
      dueDays: ['06-15', '12-15'],
      startsOn: '2026-01-01',
    });
    expect(res.statusCode).toBe(MANAGE.includes(role) ? 201 : 403);
  });

  it('builds report forms only if system admin', async () => {
    const res = await as(role).request('POST', '/api/v1/data-elements', {
      code: `X_${role.toUpperCase()}`,
      name: 'Chỉ tiêu thử',
      nameEn: 'Test element',
    });
    expect(res.statusCode).toBe(role === 'system_admin' ? 201 : 403);
  });
});

describe('a commune approver', () => {
  it('cannot approve its own commune’s report', async () => {
    const id = submitted.get('viewer')!;
    const res = await as('commune_approver').request('POST', `/api/v1/reports/${id}/actions`, {
      action: 'approve',
    });
    expect(res.statusCode).toBe(403);
  });
});
