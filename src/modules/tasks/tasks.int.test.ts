import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TTask, TTaskDetail } from './tasks.schema.ts';

let t: TestApp;
let planner: Client;
let reporter: Client;
let viewer: Client;
let outsider: Client;
let planId: number;
let tasks: TTask[];

const seed = (f: string) =>
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'seeds', f), 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('kh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('bc', [{ role: 'reporter', unitCode: '33' }]);
  await t.createUser('xem', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('khac', [{ role: 'reporter', unitCode: '01' }]);
  const root = await t.signIn('root');
  planner = await t.signIn('kh');
  reporter = await t.signIn('bc');
  viewer = await t.signIn('xem');
  outsider = await t.signIn('khac');
  const province = await t.unitId('2025', '33');
  for (const name of [
    'Sở Nội vụ tỉnh Hưng Yên',
    'Sở Tư pháp tỉnh Hưng Yên',
    'Hội Liên hiệp Phụ nữ tỉnh Hưng Yên',
  ]) {
    await root.request('POST', '/api/v1/agencies', { name, kind: 'department', unitId: province });
  }
  const plan = await planner.request('POST', '/api/v1/plans', {
    unitId: province,
    title: 'Kế hoạch bình đẳng giới năm 2026',
  });
  planId = plan.json<{ plan: { id: number } }>().plan.id;
});
afterAll(async () => t.close());

describe('tasks from a plan', () => {
  it('creates tasks from parsed assignments, linking agency names that clearly match', async () => {
    const parsed = (
      await planner.request('POST', '/api/v1/plans/parse', { text: seed('004_c997f3a30d3ce80c.txt') })
    ).json<{
      parsed: { assignments: { agency: string; role: string; task: string }[] };
    }>().parsed;
    const leads = parsed.assignments.filter(
      (a) => a.role === 'lead' && ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Y tế'].includes(a.agency),
    );
    const res = await planner.request('POST', `/api/v1/plans/${planId}/tasks`, {
      tasks: [
        ...leads.map((a, i) => ({
          title: a.task,
          leadAgencyName: a.agency,
          dueDate: i === 0 ? '2020-01-31' : '2099-12-31',
        })),
        {
          title: 'Tổ chức Tháng hành động vì bình đẳng giới',
          leadAgencyName: 'Hội LHPN tỉnh',
          partners: ['Sở Nội vụ', 'Đoàn Thanh niên tỉnh'],
          dueDate: '2099-12-15',
        },
      ],
    });
    expect(res.statusCode).toBe(201);
    tasks = res.json<{ items: TTask[] }>().items;
    const byLead = (name: string) => tasks.filter((x) => x.leadAgencyName === name);
    expect(byLead('Sở Nội vụ').every((x) => x.leadAgencyId !== null)).toBe(true);
    expect(byLead('Sở Y tế').every((x) => x.leadAgencyId === null)).toBe(true); // no such agency yet: left for the user to confirm
    const campaign = byLead('Hội LHPN tỉnh')[0]!;
    expect(campaign.leadAgencyId).not.toBeNull();
    expect(campaign.partners).toHaveLength(2);
    expect(campaign.partners).toEqual(
      expect.arrayContaining([
        { agencyId: null, agencyName: 'Đoàn Thanh niên tỉnh' },
        { agencyId: expect.any(Number), agencyName: 'Sở Nội vụ' },
      ]),
    );
    expect(tasks[0]!.overdue).toBe(true);
  });

  it('lists by agency (lead or partner) and overdue', async () => {
    const noiVu = tasks.find((x) => x.leadAgencyName === 'Sở Nội vụ')!.leadAgencyId!;
    const mine = (await viewer.request('GET', `/api/v1/tasks?agencyId=${noiVu}`)).json<{ items: TTask[] }>()
      .items;
    expect(mine.some((x) => x.leadAgencyName === 'Hội LHPN tỉnh')).toBe(true);
    const overdue = (await viewer.request('GET', '/api/v1/tasks?overdue=true')).json<{ items: TTask[] }>()
      .items;
    expect(overdue.map((x) => x.id)).toEqual([tasks[0]!.id]);
    expect((await outsider.request('GET', '/api/v1/tasks')).json<{ items: TTask[] }>().items).toHaveLength(0);
  });

  it('records progress with evidence, served back safely', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% bao cao ket qua\n').toString('base64');
    const res = await reporter.request('POST', `/api/v1/tasks/${tasks[0]!.id}/updates`, {
      progress: 60,
      status: 'in_progress',
      note: 'Đã tổ chức 2 lớp tập huấn',
      evidence: [{ fileName: 'bao-cao.pdf', contentBase64: pdf }],
    });
    expect(res.statusCode).toBe(200);
    const task = res.json<{ task: TTaskDetail }>().task;
    expect(task).toMatchObject({
      progress: 60,
      status: 'in_progress',
      updates: [{ note: 'Đã tổ chức 2 lớp tập huấn', authorName: 'Người dùng bc' }],
    });
    const file = await viewer.request('GET', `/api/v1/tasks/${task.id}/evidence/${task.evidence[0]!.id}`);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''bao-cao.pdf");
    expect(file.rawPayload.toString()).toContain('bao cao ket qua');
    expect(
      (await outsider.request('GET', `/api/v1/tasks/${task.id}/evidence/${task.evidence[0]!.id}`)).statusCode,
    ).toBe(404);
  });

  it('lets the planner confirm an agency the importer could not match', async () => {
    const unmatched = tasks.find((x) => x.leadAgencyName === 'Sở Y tế')!;
    const root = await t.signIn('root');
    const yTe = (
      await root.request('POST', '/api/v1/agencies', {
        name: 'Sở Y tế tỉnh Hưng Yên',
        kind: 'department',
        unitId: await t.unitId('2025', '33'),
      })
    ).json<{ agency: { id: number } }>().agency.id;
    const res = await planner.request('PATCH', `/api/v1/tasks/${unmatched.id}`, {
      leadAgencyId: yTe,
      dueDate: '2026-12-31',
    });
    expect(res.json<{ task: TTaskDetail }>().task).toMatchObject({
      leadAgencyId: yTe,
      leadAgencyName: 'Sở Y tế tỉnh Hưng Yên',
      dueDate: '2026-12-31',
    });
    expect(
      (await reporter.request('PATCH', `/api/v1/tasks/${unmatched.id}`, { dueDate: null })).statusCode,
    ).toBe(403);
    expect(
      (await planner.request('PATCH', `/api/v1/tasks/${unmatched.id}`, { leadAgencyId: 999999 })).json(),
    ).toMatchObject({ error: { code: 'AGENCY_NOT_FOUND' } });
  });

  it('refuses a disguised file and writes nothing', async () => {
    const fake = Buffer.from('<script>alert(1)</script>').toString('base64');
    const res = await reporter.request('POST', `/api/v1/tasks/${tasks[1]!.id}/updates`, {
      progress: 10,
      status: 'in_progress',
      note: 'x',
      evidence: [{ fileName: 'anh.png', contentBase64: fake }],
    });
    expect(res.json()).toMatchObject({ error: { code: 'FILE_TYPE_NOT_SUPPORTED' } });
    const detail = (await viewer.request('GET', `/api/v1/tasks/${tasks[1]!.id}`)).json<{
      task: TTaskDetail;
    }>().task;
    expect(detail.updates).toHaveLength(0);
    expect(
      (
        await viewer.request('POST', `/api/v1/tasks/${tasks[1]!.id}/updates`, {
          progress: 1,
          status: 'open',
          note: 'x',
        })
      ).statusCode,
    ).toBe(403);
  });
});
