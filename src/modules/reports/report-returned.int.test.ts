/**
 * A returned report is told to the unit that must correct it (issue 15, item 8): its reporters and
 * unit administrators get a notification with the reason, and "Báo cáo phải gửi" says "returned"
 * with the reason instead of "not due yet".
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TDueItem } from '../obligations/obligations.schema.ts';
import type { TNotificationsResponse } from '../notifications/notifications.schema.ts';
import type { TReportDetail } from './reports.schema.ts';

let t: TestApp;
let planner: Client;
let approver: Client;
let reporter: Client;
let communeAdmin: Client;
let neighbour: Client;
const REASON = 'Số người được hỗ trợ lớn hơn số phát hiện, đề nghị kiểm tra lại.';

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
  await t.createUser('bc.phohien', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('qt.phohien', [{ role: 'unit_admin', unitCode: '11953' }]);
  await t.createUser('bc.tanhung', [{ role: 'reporter', unitCode: '11977' }]);
  planner = await t.signIn('kh.tinh');
  approver = await t.signIn('duyet.tinh');
  reporter = await t.signIn('bc.phohien');
  communeAdmin = await t.signIn('qt.phohien');
  neighbour = await t.signIn('bc.tanhung');
});
afterAll(async () => t.close());

const notices = async (c: Client) =>
  (await c.request('GET', '/api/v1/notifications'))
    .json<TNotificationsResponse>()
    .items.filter((n) => n.kind === 'report_returned');

it('tells the commune, with the reason, and shows the report as returned in what it owes', async () => {
  const forms = (await planner.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  const formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  const ob = await planner.request('POST', '/api/v1/obligations', {
    formId,
    unitId: await t.unitId('2025', '33'),
    title: 'Báo cáo 6 tháng',
    frequency: 'semiannual',
    dueDays: ['05-05', '11-20'],
    startsOn: '2026-01-01',
  });
  expect(ob.statusCode).toBe(201);
  const created = await reporter.request('POST', '/api/v1/reports', {
    formId,
    unitId: await t.unitId('2025', '11953'),
    periodStart: '2026-07-01',
  });
  const draft = created.json<{ report: TReportDetail }>().report;
  const saved = await reporter.request('PUT', `/api/v1/reports/${draft.id}`, {
    version: draft.version,
    values: [{ elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 4 }],
  });
  expect(saved.statusCode).toBe(200);
  expect(
    (await reporter.request('POST', `/api/v1/reports/${draft.id}/actions`, { action: 'submit' })).statusCode,
  ).toBe(200);
  expect(await notices(reporter)).toEqual([]);

  const back = await approver.request('POST', `/api/v1/reports/${draft.id}/actions`, {
    action: 'return',
    reason: REASON,
  });
  expect(back.statusCode).toBe(200);
  for (const c of [reporter, communeAdmin]) {
    const [n] = await notices(c);
    expect(n).toMatchObject({ kind: 'report_returned', link: `#/reports/${draft.id}`, read: false });
    expect(n!.detail).toContain(REASON);
    expect(n!.title).toContain('bị trả lại');
  }
  expect(await notices(neighbour)).toEqual([]);
  expect(await notices(approver)).toEqual([]);

  const due = (await reporter.request('GET', '/api/v1/obligations/due')).json<{ items: TDueItem[] }>();
  expect(due.items.find((i) => i.reportId === draft.id)).toMatchObject({
    state: 'returned',
    status: 'returned',
    returnReason: REASON,
  });
});
