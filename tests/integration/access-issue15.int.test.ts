/**
 * Issue 15, access: a commune reads the province's plan sent to it (and its tasks) and a planner
 * there answers it with its own plan; nationwide roles read national indicators and summaries; a
 * list and its detail agree (a case worker's report list); a planner matches tasks to agencies and
 * creates the agency named in the plan, and the plan and task say what the caller may do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let province: Client;
let provinceId: number;
let wardId: number;
let planId: number;
let taskId: number;
const ward: Record<'reporter' | 'viewer' | 'planner', Client> = {} as never;
let hanoi: Client;

interface PlanBody {
  plan: { id: number; abilities: Record<string, boolean> };
}

beforeAll(async () => {
  t = await createTestApp();
  provinceId = await t.unitId('2025', '33');
  wardId = await t.unitId('2025', '11953');
  await t.createUser('tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  province = await t.signIn('tinh');
  for (const role of ['reporter', 'viewer', 'planner'] as const) {
    await t.createUser(`phuong.${role}`, [{ role, unitCode: '11953' }]);
    ward[role] = await t.signIn(`phuong.${role}`);
  }
  await t.createUser('hanoi', [{ role: 'viewer', unitCode: '01' }]);
  hanoi = await t.signIn('hanoi');
  const created = await province.request('POST', '/api/v1/plans', {
    unitId: provinceId,
    title: 'Kế hoạch thực hiện công tác bình đẳng giới năm 2026',
  });
  planId = created.json<PlanBody>().plan.id;
  const tasks = await province.request('POST', `/api/v1/plans/${planId}/tasks`, {
    tasks: [{ title: 'Tuyên truyền Luật Bình đẳng giới', leadAgencyName: 'Hội Nông dân tỉnh' }],
  });
  taskId = tasks.json<{ items: { id: number }[] }>().items[0]!.id;
  const issued = await province.request('POST', `/api/v1/plans/${planId}/actions`, {
    action: 'issue',
    documentNumber: '31/KH-UBND',
    issuedOn: '2026-02-10',
    answerUnitIds: [wardId],
  });
  expect(issued.statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('a plan sent to a commune', () => {
  it('opens for the commune’s reporter, viewer and planner, with its tasks, and nothing to act on', async () => {
    for (const c of Object.values(ward)) {
      const res = await c.request('GET', `/api/v1/plans/${planId}`);
      expect(res.statusCode).toBe(200);
      expect(Object.values(res.json<PlanBody>().plan.abilities).some(Boolean)).toBe(false);
      expect((await c.request('GET', `/api/v1/plans/${planId}/cascade`)).statusCode).toBe(200);
      const tasks = await c.request('GET', `/api/v1/tasks?planId=${planId}`);
      expect(tasks.json<{ items: { id: number }[] }>().items.map((x) => x.id)).toEqual([taskId]);
      const task = await c.request('GET', `/api/v1/tasks/${taskId}`);
      expect(task.statusCode).toBe(200);
      expect(task.json<{ task: { abilities: unknown } }>().task.abilities).toEqual({
        edit: false,
        report: false,
      });
      const listed = await c.request('GET', '/api/v1/plans');
      expect(listed.json<{ items: { id: number }[] }>().items.map((p) => p.id)).toContain(planId);
    }
  });

  it('stays closed to the commune for every action, and to a unit it was not sent to', async () => {
    const act = await ward.planner.request('POST', `/api/v1/plans/${planId}/actions`, { action: 'start' });
    expect(act.statusCode).toBe(403);
    const edit = await ward.planner.request('PATCH', `/api/v1/tasks/${taskId}`, { title: 'Sửa nhiệm vụ' });
    expect(edit.statusCode).toBe(403);
    // a unit it was not sent to is not told it exists (issue 16)
    expect((await hanoi.request('GET', `/api/v1/plans/${planId}`)).json()).toMatchObject({
      error: { code: 'PLAN_NOT_FOUND' },
    });
    expect((await hanoi.request('GET', `/api/v1/tasks/${taskId}`)).json()).toMatchObject({
      error: { code: 'TASK_NOT_FOUND' },
    });
  });

  it('is answered by the commune’s planner with its own implementing plan', async () => {
    const res = await ward.planner.request('POST', '/api/v1/plans', {
      unitId: wardId,
      title: 'Kế hoạch thực hiện Kế hoạch 31/KH-UBND của UBND tỉnh',
      references: [
        {
          kind: 'Kế hoạch',
          number: '31/KH-UBND',
          issuedOn: '2026-02-10',
          issuer: 'UBND tỉnh Hưng Yên',
          title: 'Kế hoạch thực hiện công tác bình đẳng giới năm 2026',
          implements: true,
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    const cascade = await ward.viewer.request('GET', `/api/v1/plans/${planId}/cascade`);
    expect(cascade.json<{ answered: number }>().answered).toBe(1);
  });
});

describe('nationwide roles', () => {
  it('read the national indicators, map and summary; a provincial viewer does not', async () => {
    await t.createUser('bo.viewer', [{ role: 'viewer', unitCode: null }]);
    await t.createUser('tw.approver', [{ role: 'approver', unitCode: null }]);
    const forms = await province.request('GET', '/api/v1/report-forms');
    const form = forms
      .json<{ items: { id: number; code: string }[] }>()
      .items.find((f) => f.code === 'GE_SEMIANNUAL')!;
    const indicators = await province.request('GET', '/api/v1/indicators');
    const indicator = indicators.json<{ items: { id: number }[] }>().items[0]!.id;
    const national = [
      '/api/v1/indicators/values?year=2026&programme=NSGE',
      `/api/v1/indicators/${indicator}/by-unit?year=2026`,
      `/api/v1/indicators/${indicator}/series?from=2021&to=2026`,
      `/api/v1/reports/summary?formId=${form.id}&periodStart=2026-01-01`,
    ];
    for (const username of ['bo.viewer', 'tw.approver']) {
      const c = await t.signIn(username);
      for (const url of national)
        expect((await c.request('GET', url)).statusCode, `${username} ${url}`).toBe(200);
    }
    for (const url of national) expect((await hanoi.request('GET', url)).statusCode, url).toBe(403);
  });
});

describe('a list and its detail', () => {
  it('agree for a case worker: the report list shows no report the worker cannot open', async () => {
    const root = await (async () => {
      await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
      return t.signIn('root');
    })();
    const forms = await root.request('GET', '/api/v1/report-forms');
    const form = forms
      .json<{ items: { id: number; code: string }[] }>()
      .items.find((f) => f.code === 'GE_MONTHLY')!;
    const made = await root.request('POST', '/api/v1/reports', {
      formId: form.id,
      unitId: wardId,
      periodStart: '2026-01-01',
    });
    expect(made.statusCode).toBe(201);
    await t.createUser('phuong.worker', [{ role: 'case_worker', unitCode: '11953' }]);
    const worker = await t.signIn('phuong.worker');
    const listed = worker.request('GET', '/api/v1/reports');
    const ids = (await listed).json<{ items: { id: number }[] }>().items.map((r) => r.id);
    for (const id of ids) expect((await worker.request('GET', `/api/v1/reports/${id}`)).statusCode).toBe(200);
    expect(ids).toEqual([]);
    const activities = await worker.request('GET', '/api/v1/activities');
    expect(activities.json<{ items: unknown[] }>().items).toEqual([]);
  });
});

describe('matching tasks to agencies', () => {
  it('is open to the plan unit’s planner, who creates the agency the plan names and links the task', async () => {
    await t.createUser('tinh.planner', [{ role: 'planner', unitCode: '33' }]);
    const planner = await t.signIn('tinh.planner');
    const plan = (await planner.request('GET', `/api/v1/plans/${planId}`)).json<PlanBody>().plan;
    expect(plan.abilities).toMatchObject({ edit: true, createAgency: true, issue: false });
    const agency = await planner.request('POST', '/api/v1/agencies', {
      name: 'Hội Nông dân tỉnh',
      kind: 'other',
      unitId: provinceId,
    });
    expect(agency.statusCode).toBe(201);
    const agencyId = agency.json<{ agency: { id: number } }>().agency.id;
    const linked = await planner.request('PATCH', `/api/v1/tasks/${taskId}`, { leadAgencyId: agencyId });
    expect(linked.statusCode).toBe(200);
    expect(linked.json<{ task: { leadAgencyId: number } }>().task.leadAgencyId).toBe(agencyId);
    // still no renaming or switching off: that stays with unit administrators
    const renamed = await planner.request('PATCH', `/api/v1/agencies/${agencyId}`, { name: 'Hội ND tỉnh' });
    expect(renamed.statusCode).toBe(403);
    // nor creating one at a unit outside the planner's
    const outside = await planner.request('POST', '/api/v1/agencies', {
      name: 'Hội Nông dân thành phố',
      kind: 'other',
      unitId: await t.unitId('2025', '01'),
    });
    expect(outside.statusCode).toBe(403);
  });
});
