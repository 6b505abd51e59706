import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TReportDetail, TSummary } from '../reports/reports.schema.ts';
import type { TDueItem, TObligation } from './obligations.schema.ts';

let t: TestApp;
let planner: Client;
let reporter: Client;
let outsider: Client;
let province: number;
let commune: number;
let forms: { id: number; code: string }[];
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'seeds');
const formId = (code: string) => forms.find((f) => f.code === code)!.id;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('kh.hanoi', [{ role: 'planner', unitCode: '01' }]);
  planner = await t.signIn('kh.tinh');
  reporter = await t.signIn('bc.phuong');
  outsider = await t.signIn('kh.hanoi');
  province = await t.unitId('2025', '33');
  commune = await t.unitId('2025', '11953');
  forms = (await planner.request('GET', '/api/v1/report-forms')).json<{ items: typeof forms }>().items;
});
afterAll(async () => t.close());

describe('reporting obligations', () => {
  let planId: number;

  it('proposes obligations from a province plan’s deadlines, one per clause', async () => {
    const created = await planner.request('POST', '/api/v1/plans', {
      unitId: province,
      title: 'Kế hoạch công tác phụ nữ năm 2024',
      issuedOn: '2024-03-01',
      sourceText: readFileSync(join(SEEDS, '001_10d206fddaf131d7.txt'), 'utf8'),
    });
    expect(created.statusCode).toBe(201);
    planId = created.json<{ plan: { id: number } }>().plan.id;
    const res = await planner.request('GET', `/api/v1/obligations/suggestions?planId=${planId}`);
    expect(res.statusCode).toBe(200);
    const { note, items } = res.json<{
      note: string | null;
      items: { frequency: string; dueDays: string[]; formId: number | null; existingId: number | null }[];
    }>();
    expect(note).toBeNull();
    expect(items.map((i) => [i.frequency, i.dueDays])).toEqual([
      ['monthly', []],
      ['once', ['2024-12-01']],
    ]);
    expect(items[0]?.formId).toBe(formId('GE_MONTHLY'));
    expect(items[1]?.formId).toBe(formId('GE_ANNUAL'));
    expect(items.every((i) => i.existingId === null)).toBe(true);
  });

  it('creates one with the plan’s link, refusing bad days, a mismatched form and other provinces', async () => {
    const body = {
      formId: formId('GE_SEMIANNUAL'),
      unitId: province,
      title: 'Báo cáo 6 tháng và năm về công tác bình đẳng giới',
      frequency: 'semiannual',
      dueDays: ['05-05', '11-20'],
      startsOn: '2024-01-01',
      planId,
      sourceText: 'Báo cáo định kỳ 6 tháng trước ngày 05/5 và 20/11',
    };
    const bad = await planner.request('POST', '/api/v1/obligations', { ...body, dueDays: ['31-02'] });
    expect(bad.json()).toMatchObject({ error: { code: 'OBLIGATION_DUE_DAYS_INVALID' } });
    const mismatch = await planner.request('POST', '/api/v1/obligations', {
      ...body,
      formId: formId('GE_ANNUAL'),
    });
    expect(mismatch.json()).toMatchObject({ error: { code: 'OBLIGATION_FORM_MISMATCH' } });
    const communeUnit = await planner.request('POST', '/api/v1/obligations', { ...body, unitId: commune });
    expect(communeUnit.json()).toMatchObject({ error: { code: 'OBLIGATION_UNIT_NOT_PROVINCE' } });
    expect((await outsider.request('POST', '/api/v1/obligations', body)).statusCode).toBe(403);
    expect((await reporter.request('POST', '/api/v1/obligations', body)).statusCode).toBe(403);

    const ok = await planner.request('POST', '/api/v1/obligations', body);
    expect(ok.statusCode).toBe(201);
    const o = ok.json<{ obligation: TObligation }>().obligation;
    expect(o).toMatchObject({ frequency: 'semiannual', dueDays: ['05-05', '11-20'], isActive: true });
    expect(o.nextDue).toMatch(/-(05-05|11-20)$/);
    // listed for the province and for the commune that owes it, not for another province
    const mine = await reporter.request('GET', '/api/v1/obligations');
    expect(mine.json<{ items: TObligation[] }>().items.map((x) => x.id)).toEqual([o.id]);
    const theirs = await outsider.request('GET', '/api/v1/obligations');
    expect(theirs.json<{ items: TObligation[] }>().items).toHaveLength(0);
  });

  it('shows the commune what it owes, and the report started from it carries the due date', async () => {
    const res = await reporter.request('GET', '/api/v1/obligations/due');
    const items = res.json<{ items: TDueItem[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.unitId === commune && i.status === null)).toBe(true);
    const overdue = items.find((i) => i.state === 'overdue');
    expect(overdue).toBeDefined();
    const created = await reporter.request('POST', '/api/v1/reports', {
      formId: overdue!.formId,
      unitId: commune,
      periodStart: overdue!.periodStart,
      obligationId: overdue!.obligationId,
    });
    expect(created.statusCode).toBe(201);
    const report = created.json<{ report: TReportDetail }>().report;
    expect(report.dueDate).toBe(overdue!.dueDate);
    expect(report.late).toBe(true);
    const after = (await reporter.request('GET', '/api/v1/obligations/due')).json<{ items: TDueItem[] }>();
    const same = after.items.find((i) => i.periodStart === overdue!.periodStart);
    expect(same).toMatchObject({ reportId: report.id, status: 'draft', state: 'overdue' });
  });

  it('gives communes without a report the scheduled due date in the summary', async () => {
    const summary = async (periodStart: string) =>
      (
        await planner.request(
          'GET',
          `/api/v1/reports/summary?formId=${formId('GE_SEMIANNUAL')}&periodStart=${periodStart}&unitId=${province}`,
        )
      ).json<TSummary>();
    const missing = (await summary('2026-01-01')).units.find((u) => u.status === null);
    expect(missing).toMatchObject({ dueDate: '2026-05-05', timeliness: 'late' });
    // due 20/11/2024, before the communes of the 2025 map existed (01/07/2025): nobody is late for it
    const before = (await summary('2024-07-01')).units;
    expect(before.filter((u) => u.timeliness === 'late')).toEqual([]);
    expect(before.find((u) => u.status === null)).toMatchObject({ dueDate: null, timeliness: 'missing' });
  });

  it('owes nothing due before the obligation started', async () => {
    const late = await planner.request('POST', '/api/v1/obligations', {
      formId: formId('GE_ANNUAL'),
      unitId: province,
      title: 'Báo cáo năm, đặt ra hôm nay',
      frequency: 'annual',
      dueDays: ['06-15'],
      startsOn: t.clock.today(), // 26/11/2026: the report due 15/06/2026 was never asked for
    });
    expect(late.statusCode).toBe(201);
    const id = late.json<{ obligation: TObligation }>().obligation.id;
    const due = (await reporter.request('GET', '/api/v1/obligations/due')).json<{ items: TDueItem[] }>();
    expect(due.items.filter((i) => i.obligationId === id)).toEqual([]);
    const s = (
      await planner.request(
        'GET',
        `/api/v1/reports/summary?formId=${formId('GE_ANNUAL')}&periodStart=2026-01-01&unitId=${province}`,
      )
    ).json<TSummary>();
    expect(s.units.filter((u) => u.timeliness === 'late')).toEqual([]);
    await planner.request('PATCH', `/api/v1/obligations/${id}`, { isActive: false });
  });

  it('marks the plan’s deadline as taken, and can be switched off', async () => {
    type Suggestion = { frequency: string; existingId: number | null } & Record<string, unknown>;
    const suggest = async () =>
      (await planner.request('GET', `/api/v1/obligations/suggestions?planId=${planId}`)).json<{
        items: Suggestion[];
      }>().items;
    const once = (await suggest()).find((i) => i.frequency === 'once')!;
    const { existingId: _e, to: _to, ...body } = once;
    const made = await planner.request('POST', '/api/v1/obligations', body);
    expect(made.statusCode).toBe(201);
    expect((await suggest()).find((i) => i.frequency === 'once')?.existingId).toBe(
      made.json<{ obligation: TObligation }>().obligation.id,
    );
    const list = await planner.request('GET', `/api/v1/obligations?planId=${planId}`);
    const [o] = list.json<{ items: TObligation[] }>().items;
    const off = await planner.request('PATCH', `/api/v1/obligations/${o!.id}`, { isActive: false });
    expect(off.json<{ obligation: TObligation }>().obligation).toMatchObject({
      isActive: false,
      nextDue: null,
    });
    const due = (await reporter.request('GET', '/api/v1/obligations/due')).json<{ items: TDueItem[] }>();
    expect(due.items.filter((i) => i.obligationId === o!.id)).toHaveLength(0);
    const bad = await planner.request('PATCH', `/api/v1/obligations/${o!.id}`, {
      dueDays: ['05-05', '11-20', '12-01'],
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('due days that never exist', () => {
  const create = (frequency: string, code: string, dueDays: string[]) =>
    planner.request('POST', '/api/v1/obligations', {
      formId: formId(code),
      unitId: province,
      title: 'Báo cáo thử ngày hạn',
      frequency,
      dueDays,
      startsOn: '2026-01-01',
    });

  it('refuses "31/02 và 31/06" naming the bad day, rather than saving 28/02', async () => {
    const res = await create('semiannual', 'GE_SEMIANNUAL', ['02-31', '06-31']);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: 'OBLIGATION_DUE_DAYS_INVALID',
        details: [{ path: 'dueDays', message: 'Không có ngày 31/02: tháng 2 chỉ có 28 hoặc 29 ngày.' }],
      },
    });
    for (const [day, message] of [
      ['02-30', 'Không có ngày 30/02: tháng 2 chỉ có 28 hoặc 29 ngày.'],
      ['04-31', 'Không có ngày 31/04: tháng 4 chỉ có 30 ngày.'],
      ['09-31', 'Không có ngày 31/09: tháng 9 chỉ có 30 ngày.'],
      ['11-31', 'Không có ngày 31/11: tháng 11 chỉ có 30 ngày.'],
    ] as const) {
      const one = await create('annual', 'GE_ANNUAL', [day]);
      expect(one.json()).toMatchObject({ error: { details: [{ message }] } });
    }
  });

  it('keeps 29/02 yearly (28/02 in other years) and a monthly "31" (the month’s last day)', async () => {
    const leap = await create('annual', 'GE_ANNUAL', ['02-29']);
    expect(leap.statusCode, leap.body).toBe(201);
    const monthly = await create('monthly', 'GE_MONTHLY', ['31']);
    expect(monthly.statusCode, monthly.body).toBe(201);
  });
});
