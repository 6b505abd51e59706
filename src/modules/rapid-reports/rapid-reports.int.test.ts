/**
 * Issue 16, the rapid report of a domestic-violence case names the acts recorded on it (Law
 * 13/2022 Art. 3(1)) in the law's words, in Vietnamese; a case not marked as domestic violence
 * carries none; and the report stays anonymised (no name, contact, story nor exact date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TRapidReport } from './rapid-reports.schema.ts';

let t: TestApp;
let worker: Client;
let viewer: Client;
let supervisorId: number;
let commune: number;

const send = async (more: Record<string, unknown>) => {
  const res = await worker.request('POST', '/api/v1/cases', {
    ...caseIntake(commune, supervisorId, more),
    rapidReport: true,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ case: { code: string } }>().case.code;
};

const inbox = async () => {
  const res = await viewer.request('GET', '/api/v1/rapid-reports');
  expect(res.statusCode).toBe(200);
  return { body: res.body, items: res.json<{ items: TRapidReport[] }>().items };
};

beforeAll(async () => {
  t = await createTestApp();
  commune = await t.unitId('2025', '11953');
  await t.createUser('canbo.xa', [{ role: 'case_worker', unitCode: '11953' }]);
  supervisorId = await t.createUser('giamsat.tinh', [{ role: 'case_supervisor', unitCode: '33' }]);
  await t.createUser('lanhdao.tinh', [{ role: 'viewer', unitCode: '33' }]);
  worker = await t.signIn('canbo.xa');
  viewer = await t.signIn('lanhdao.tinh');
});
afterAll(async () => t.close());

describe('the rapid report of a case', () => {
  it('names the acts of domestic violence recorded, in the law’s Vietnamese words', async () => {
    const code = await send({ domesticViolence: true, dvActs: ['a_health_life', 'n_property'] });
    const { body, items } = await inbox();
    const report = items.find((r) => r.case.code === code);
    expect(report?.case).toMatchObject({
      domesticViolence: true,
      dvActs: [
        {
          code: 'a_health_life',
          label: 'a) Hành hạ, ngược đãi, đánh đập, đe dọa, xâm hại sức khỏe, tính mạng',
          labelEn: 'a) Torment, ill-treatment, beating, threats or harm to health or life',
        },
        {
          code: 'n_property',
          label:
            'n) Chiếm đoạt, hủy hoại tài sản chung của gia đình hoặc tài sản riêng của thành viên khác trong gia đình',
        },
      ],
    });
    for (const secret of ['Nguyễn Thị Hoa', '0912 345 678', 'Bị chồng đánh', '2026-11-18'])
      expect(body).not.toContain(secret);
  });

  it('carries no acts for a case not marked as domestic violence', async () => {
    const code = await send({ domesticViolence: false, perpetratorRelation: 'other', dvActs: [] });
    const report = (await inbox()).items.find((r) => r.case.code === code);
    expect(report?.case).toMatchObject({ domesticViolence: false, dvActs: [] });
  });

  it('shows no acts from a payload unless the case is marked as domestic violence, and none for a report sent before acts were recorded', async () => {
    const code = await send({ domesticViolence: true, dvActs: ['p_confinement'] });
    const row = await t.handle.db
      .selectFrom('rapid_report as r')
      .innerJoin('gbv_case as c', 'c.id', 'r.case_id')
      .select(['r.id', 'r.payload'])
      .where('c.code', '=', code)
      .executeTakeFirstOrThrow();
    const payload = row.payload as Record<string, unknown>;
    expect(payload.dvActs).toEqual(['p_confinement']);
    const { dvActs: _, ...before } = payload;
    await t.handle.db
      .updateTable('rapid_report')
      .set({ payload: JSON.stringify(before) })
      .where('id', '=', row.id)
      .execute();
    expect((await inbox()).items.find((r) => r.id === row.id)?.case.dvActs).toEqual([]);
    await t.handle.db
      .updateTable('rapid_report')
      .set({ payload: JSON.stringify({ ...payload, domesticViolence: false }) })
      .where('id', '=', row.id)
      .execute();
    expect((await inbox()).items.find((r) => r.id === row.id)?.case.dvActs).toEqual([]);
  });
});
