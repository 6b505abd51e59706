/**
 * The deadline rule through the API, on the app's clock (core/clock/deadline.ts): a report due on
 * 15/10 is on time up to 23:59 in Vietnam on 15/10 and late from 00:00 on 16/10 — although at 00:30
 * in Vietnam on 16/10 the UTC date is still 15/10.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TReportDetail, TSummary } from './reports.schema.ts';

const clock = manualClock('2026-10-15T15:00:00Z'); // 22:00 on 15/10 in Vietnam
const PERIOD = '2026-01-01';
const DUE = '2026-10-15';
let t: TestApp;
let phoHien: Client;
let tanHung: Client;
let province: Client;
let formId: number;
const reportOf = (res: { json<T>(): T }) => res.json<{ report: TReportDetail }>().report;

beforeAll(async () => {
  t = await createTestApp({ SESSION_IDLE_MINUTES: '180' }, clock);
  await t.createUser('bc.phohien', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('bc.tanhung', [{ role: 'reporter', unitCode: '11977' }]);
  await t.createUser('xem.tinh', [{ role: 'viewer', unitCode: '33' }]);
  phoHien = await t.signIn('bc.phohien');
  tanHung = await t.signIn('bc.tanhung');
  province = await t.signIn('xem.tinh');
  const forms = (await phoHien.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
});
afterAll(async () => t.close());

async function draft(c: Client, unitCode: string): Promise<TReportDetail> {
  const res = await c.request('POST', '/api/v1/reports', {
    formId,
    unitId: await t.unitId('2025', unitCode),
    periodStart: PERIOD,
    dueDate: DUE,
  });
  expect(res.statusCode).toBe(201);
  const saved = await c.request('PUT', `/api/v1/reports/${reportOf(res).id}`, {
    version: reportOf(res).version,
    values: [{ elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 3 }],
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return reportOf(saved);
}
const submit = async (c: Client, r: TReportDetail) => {
  const res = await c.request('POST', `/api/v1/reports/${r.id}/actions`, { action: 'submit' });
  expect(res.statusCode, res.body).toBe(200);
  return reportOf(res);
};
const timeliness = async (unitCode: string) => {
  const unitId = await t.unitId('2025', unitCode);
  const res = await province.request(
    'GET',
    `/api/v1/reports/summary?formId=${formId}&periodStart=${PERIOD}&unitId=${await t.unitId('2025', '33')}`,
  );
  return res.json<TSummary>().units.find((u) => u.unitId === unitId)!.timeliness;
};

it('a draft is not late on its due day, even at 23:59 in Vietnam', async () => {
  const a = await draft(phoHien, '11953');
  const b = await draft(tanHung, '11977');
  clock.set('2026-10-15T16:59:00Z'); // 23:59 on 15/10
  expect(reportOf(await phoHien.request('GET', `/api/v1/reports/${a.id}`)).late).toBe(false);
  expect((await submit(phoHien, a)).late).toBe(false); // sent at 23:59: on time
  expect(await timeliness('11953')).toBe('on_time');
  expect(await timeliness('11977')).toBe('not_due');

  clock.set('2026-10-15T17:30:00Z'); // 00:30 on 16/10 in Vietnam, 15/10 in UTC
  expect(reportOf(await tanHung.request('GET', `/api/v1/reports/${b.id}`)).late).toBe(true);
  expect(await timeliness('11977')).toBe('late'); // not sent, and the day has passed
  const sent = await submit(tanHung, b);
  expect(sent.late).toBe(true); // sent at 00:30 on 16/10: late
  expect(await timeliness('11977')).toBe('late');
  expect(await timeliness('11953')).toBe('on_time'); // still on time: it was sent at 23:59
});

it('dates the consolidated .docx by the day in Vietnam, also in the early morning', async () => {
  clock.set('2026-10-15T17:30:00Z'); // 00:30 on 16/10 in Vietnam
  const unitId = await t.unitId('2025', '33');
  const res = await province.request(
    'GET',
    `/api/v1/reports/export?formId=${formId}&periodStart=${PERIOD}&unitId=${unitId}&format=docx`,
  );
  expect(res.statusCode).toBe(200);
  const zip = await JSZip.loadAsync(res.rawPayload);
  const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
  expect(text).toContain('ngày 16 tháng 10 năm 2026');
  expect(text).not.toContain('ngày 15 tháng 10 năm 2026');
});
