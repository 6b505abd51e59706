/**
 * What the reminder tests share: a province planner, commune reporters, an obligation whose report
 * falls due in three days and a plan task due in two (days of the app's clock), created through the API.
 */
import { addDays } from '../../src/core/clock/clock.ts';
import type { Client, TestApp } from './test-app.ts';

export const OBLIGATION_TITLE = 'Báo cáo nhanh công tác bình đẳng giới cuối năm';
export const TASK_TITLE = 'Tổ chức Tháng hành động vì bình đẳng giới và phòng, chống bạo lực';

export interface ReminderFixture {
  planner: Client;
  reporter: Client;
  digestReporter: Client;
  obligationId: number;
  taskId: number;
}

export async function setUpReminderFixture(t: TestApp): Promise<ReminderFixture> {
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('bc.tonghop', [{ role: 'unit_admin', unitCode: '11953' }]);
  const planner = await t.signIn('kh.tinh');
  const reporter = await t.signIn('bc.phuong');
  const digestReporter = await t.signIn('bc.tonghop');
  const put = async (c: Client, email: string, digest: boolean) => {
    const r = await c.request('PUT', '/api/v1/me/notification-settings', { email, digest });
    if (r.statusCode !== 200) throw new Error(r.body);
  };
  await put(planner, 'kh.tinh@example.vn', false);
  await put(reporter, 'bc.phuong@example.vn', false);
  await put(digestReporter, 'bc.tonghop@example.vn', true);

  const province = await t.unitId('2025', '33');
  const forms = (await planner.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  const today = t.clock.today();
  const dueOn = addDays(today, 3);
  const ob = await planner.request('POST', '/api/v1/obligations', {
    formId: forms.find((f) => f.code === 'GE_ANNUAL')!.id,
    unitId: province,
    title: OBLIGATION_TITLE,
    frequency: 'once',
    dueDays: [dueOn],
    startsOn: `${dueOn.slice(0, 4)}-01-01`,
    remindDays: 7,
  });
  if (ob.statusCode !== 201) throw new Error(ob.body);
  const plan = await planner.request('POST', '/api/v1/plans', {
    unitId: province,
    title: 'Kế hoạch thực hiện công tác bình đẳng giới',
  });
  const planId = plan.json<{ plan: { id: number } }>().plan.id;
  const tasks = await planner.request('POST', `/api/v1/plans/${planId}/tasks`, {
    tasks: [
      { title: TASK_TITLE, leadAgencyName: 'Hội LHPN tỉnh', dueDate: addDays(today, 2) },
      { title: 'Một nhiệm vụ còn xa hạn', leadAgencyName: 'Sở Nội vụ', dueDate: addDays(today, 40) },
    ],
  });
  if (tasks.statusCode !== 201) throw new Error(tasks.body);
  return {
    planner,
    reporter,
    digestReporter,
    obligationId: ob.json<{ obligation: { id: number } }>().obligation.id,
    taskId: tasks.json<{ items: { id: number }[] }>().items[0]!.id,
  };
}
