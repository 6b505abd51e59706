/**
 * Stored XSS in the planning, reporting and administration screens, in real Chromium: the payload of
 * tests/support/xss.ts saved through the API in every text field these screens show — a user's full
 * name; task titles, lead and partner agencies and progress notes; campaign names; data element
 * names and descriptions; report form names, section titles, field groups and rule messages; report
 * narratives and return reasons; obligation titles; indicator names, definitions, notes and target
 * labels; the audit log's actor names and details; notification titles and details (made by the
 * reminders job, running every second) — is shown as text and never runs.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/text/iso-dates.ts';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { testToday } from '../support/test-clock.ts';
import { holdsInert, nothingRan, showsInert, watchDialogs, xssText as text } from '../support/xss.ts';

let app: E2eApp;
let server: ServerProcess;
const pages: Record<'admin' | 'planner' | 'unitAdmin' | 'reporter' | 'approver', Page> = {} as never;
// the day of the server's clock (TEST_NOW), never the real one
const today = testToday();
let planId: number;
let taskId: number;
let formId: number;
let reportId: number;

beforeAll(async () => {
  app = await openApp({ SCHEDULER_INTERVAL_SECONDS: '1', REMINDERS_INTERVAL_SECONDS: '1' });
  server = app.server;
  for (const who of ['admin', 'planner', 'unitAdmin', 'reporter', 'approver'] as const) {
    pages[who] = await app.newPage();
    watchDialogs(pages[who]);
  }
}, 240_000);
afterAll(async () => app?.close());

const inert = (who: keyof typeof pages, hash: string | null, label: string) =>
  showsInert(pages[who], server.baseUrl, hash, label);

async function ok(res: Promise<{ status: number; json: Record<string, unknown> }>, status = 201) {
  const r = await res;
  expect(r.status, JSON.stringify(r.json)).toBe(status);
  return r.json;
}

describe('stored XSS payloads in planning, reporting and administration', () => {
  it('sets up the users; the planner’s full name carries the payload', async () => {
    const { admin, planner, unitAdmin, reporter, approver } = pages;
    await setUpAdmin(admin, server);
    await createUser(admin, 'kh.hungyen', 'planner', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser(admin, 'qt.hungyen', 'unit_admin', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser(admin, 'bc.phohien', 'reporter', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'duyet.hungyen', 'approver', 'hung yen', 'Tỉnh Hưng Yên');
    for (const [page, name] of [
      [planner, 'kh.hungyen'],
      [unitAdmin, 'qt.hungyen'],
      [reporter, 'bc.phohien'],
      [approver, 'duyet.hungyen'],
    ] as const)
      await signIn(page, server, name);
    const users = (await call(admin, 'GET', '/users?q=kh.hungyen')).json.items as { id: number }[];
    await ok(call(admin, 'PATCH', `/users/${users[0]!.id}`, { fullName: text('Cán bộ') }), 200);
  });

  it('saves plan, task, progress and campaign texts as the planner', async () => {
    const province = await unitId(pages.admin, 'hung yen', 'Tỉnh Hưng Yên');
    const { planner } = pages;
    const plan = await ok(call(planner, 'POST', '/plans', { unitId: province, title: text('Kế hoạch') }));
    planId = (plan.plan as { id: number }).id;
    const tasks = await ok(
      call(planner, 'POST', `/plans/${planId}/tasks`, {
        tasks: [
          {
            title: text('Nhiệm vụ'),
            leadAgencyName: text('Chủ trì'),
            partners: [text('Phối hợp')],
            dueDate: addDays(today, -1),
          },
        ],
      }),
    );
    taskId = (tasks.items as { id: number }[])[0]!.id;
    await ok(
      call(planner, 'POST', `/tasks/${taskId}/updates`, {
        progress: 20,
        status: 'in_progress',
        note: text('Tiến độ'),
      }),
      200,
    );
    await ok(
      call(planner, 'POST', '/campaigns', {
        unitId: province,
        name: text('Chiến dịch'),
        startsOn: `${today.slice(0, 4)}-11-15`,
        endsOn: `${today.slice(0, 4)}-12-15`,
      }),
    );
  });

  it('shows them as text: header, tasks, task page, calendar', async () => {
    await inert('planner', '/units', 'Cán bộ');
    await inert('planner', `/tasks?planId=${planId}`, 'Nhiệm vụ');
    await inert('planner', `/plans/${planId}`, 'Nhiệm vụ');
    await inert('planner', `/tasks/${taskId}`, 'Nhiệm vụ');
    for (const label of ['Chủ trì', 'Phối hợp', 'Tiến độ', 'Cán bộ']) await inert('planner', null, label);
    await inert('planner', '/activities/calendar', 'Chiến dịch');
  });

  it('saves data element, form, obligation and indicator texts as the administrator', async () => {
    const { admin } = pages;
    await ok(
      call(admin, 'POST', '/data-elements', {
        code: 'XSS_ITEMS',
        name: text('Chỉ số'),
        nameEn: text('Items'),
        description: text('Mô tả'),
        disaggregation: 'sex',
      }),
    );
    const form = await ok(
      call(admin, 'POST', '/report-forms', {
        code: 'XSS_FORM',
        name: text('Biểu mẫu'),
        nameEn: text('Form'),
        periodType: 'quarterly',
        sections: [{ key: 'results', title: text('Mục'), titleEn: text('Section') }],
        fields: [{ elementCode: 'XSS_ITEMS', group: text('Nhóm') }],
        rules: [
          {
            left: 'XSS_ITEMS',
            leftCategory: 'female',
            operator: '<=',
            right: 'XSS_ITEMS',
            rightCategory: 'total',
            message: text('Quy tắc'),
            messageEn: text('Rule'),
          },
        ],
      }),
    );
    formId = (form.form as { id: number }).id;
    await ok(
      call(admin, 'POST', '/obligations', {
        formId,
        unitId: await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên'),
        title: text('Nghĩa vụ'),
        frequency: 'once',
        dueDays: [addDays(today, 3)],
        startsOn: `${today.slice(0, 4)}-01-01`,
        remindDays: 7,
      }),
    );
    const indicators = (await call(admin, 'GET', '/indicators')).json.items as { id: number; code: string }[];
    const id = indicators.find((i) => i.code === 'NSGE-3.2a')!.id;
    const edit = { name: text('Chỉ tiêu'), definition: text('Định nghĩa'), note: text('Ghi chú') };
    await ok(call(admin, 'PATCH', `/indicators/${id}`, edit), 200);
    const target = { comparator: '>=', value: 90, label: text('Mục tiêu') };
    await ok(call(admin, 'PUT', `/indicators/${id}/targets/2030`, target), 200);
  });

  it('shows them as text: form list and builder, indicators', async () => {
    await inert('admin', '/report-forms', 'Biểu mẫu');
    await inert('admin', `/report-forms/${formId}`, 'Chỉ số');
    await inert('admin', '/indicators', 'Chỉ tiêu');
    await inert('admin', null, 'Mục tiêu');
    const row = pages.admin.locator('[data-testid="indicator-row"][data-code="NSGE-3.2a"]');
    await row.getByTestId('indicator-open').click();
    await inert('admin', null, 'Định nghĩa');
    await inert('admin', null, 'Ghi chú');
  });

  it('the ward’s report: field names, sections, the rule’s message, the narrative', async () => {
    const { reporter } = pages;
    const commune = await unitId(pages.admin, 'pho hien', 'Phường Phố Hiến');
    const created = await ok(
      call(reporter, 'POST', '/reports', { formId, unitId: commune, periodStart: '2026-07-01' }),
    );
    const report = created.report as { id: number; version: number };
    reportId = report.id;
    const values = [
      { elementCode: 'XSS_ITEMS', category: 'total', value: 3 },
      { elementCode: 'XSS_ITEMS', category: 'female', value: 5 },
    ];
    const narrative = { results: text('Tường thuật') };
    await ok(
      call(reporter, 'PUT', `/reports/${reportId}`, { version: report.version, values, narrative }),
      200,
    );
    await inert('reporter', `/reports/${reportId}`, 'Chỉ số');
    for (const label of ['Mục', 'Nhóm']) await inert('reporter', null, label);
    await holdsInert(reporter, 'narrative-results', 'Tường thuật');
    await reporter.getByTestId('report-submit').click();
    await inert('reporter', null, 'Quy tắc');
  });

  it('the province returns it with a reason the ward reads as text', async () => {
    const { reporter, approver } = pages;
    const fixed = [
      { elementCode: 'XSS_ITEMS', category: 'total', value: 5 },
      { elementCode: 'XSS_ITEMS', category: 'female', value: 3 },
    ];
    const current = (await call(reporter, 'GET', `/reports/${reportId}`)).json.report as { version: number };
    await ok(
      call(reporter, 'PUT', `/reports/${reportId}`, {
        version: current.version,
        values: fixed,
        narrative: { results: text('Tường thuật') },
      }),
      200,
    );
    await ok(call(reporter, 'POST', `/reports/${reportId}/actions`, { action: 'submit' }), 200);
    await ok(
      call(approver, 'POST', `/reports/${reportId}/actions`, { action: 'return', reason: text('Lý do') }),
      200,
    );
    await inert('reporter', `/reports/${reportId}`, 'Lý do');
    // in the banner too, where the reason is put into a translated sentence
    expect(await reporter.getByTestId('report-return-reason').textContent()).toContain(text('Lý do'));
    await holdsInert(reporter, 'narrative-results', 'Tường thuật');
    await inert('approver', `/reports/${reportId}`, 'Lý do');
  });

  it('notifications made by the reminders job show the task, plan and obligation texts as text', async () => {
    const { planner, reporter } = pages;
    await planner.goto(`${server.baseUrl}/#/notifications`);
    await expect
      .poll(() => planner.getByTestId('notification').count(), { timeout: 30_000, interval: 1000 })
      .toBeGreaterThan(0);
    await inert('planner', '/notifications', 'Nhiệm vụ');
    await inert('planner', null, 'Kế hoạch');
    await reporter.goto(`${server.baseUrl}/#/notifications`);
    await expect
      .poll(() => reporter.getByTestId('notification').count(), { timeout: 30_000, interval: 1000 })
      .toBeGreaterThan(0);
    await inert('reporter', '/notifications', 'Nghĩa vụ');
    await inert('reporter', null, 'Biểu mẫu');
    await inert('reporter', '/reports', 'Nghĩa vụ');
  });

  it('the unit administrator reads the audit log and the user list as text', async () => {
    await inert('unitAdmin', '/audit', 'Cán bộ');
    await inert('unitAdmin', null, 'Kế hoạch');
    await inert('unitAdmin', '/users', 'Cán bộ');
    for (const page of Object.values(pages)) await nothingRan(page);
  });
});
