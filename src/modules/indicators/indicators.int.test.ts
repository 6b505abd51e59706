import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TReportDetail } from '../reports/reports.schema.ts';
import { seedIndicators } from './indicators.seed.ts';
import type {
  TByUnitResponse,
  TIndicator,
  TProgramme,
  TSeriesResponse,
  TValuesResponse,
} from './indicators.schema.ts';

let t: TestApp;
let root: Client;
let reporter: Client;
let provinceApprover: Client;
let provinceViewer: Client;
let outsider: Client;
let province: number;
let communeA: number;
let communeB: number;
let indicators: TIndicator[];

const reportOf = (res: { json<T>(): T }) => res.json<{ report: TReportDetail }>().report;
const byCode = (code: string) => {
  const i = indicators.find((x) => x.code === code);
  if (!i) throw new Error(`indicator ${code} not shipped`);
  return i;
};
const values = async (c: Client, query: string) => {
  const res = await c.request('GET', `/api/v1/indicators/values?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<TValuesResponse>();
};
const item = (v: TValuesResponse, code: string) => v.items.find((i) => i.code === code);

/** Approved rows straight into data_value (elements that are on no shipped form, other periods). */
async function insertValues(
  unitId: number,
  rows: [code: string, category: string, periodType: 'annual' | 'semiannual', start: string, value: number][],
  approved = true,
) {
  const ids = new Map(
    (await t.handle.db.selectFrom('data_element').select(['id', 'code']).execute()).map((e) => [
      e.code,
      e.id,
    ]),
  );
  await t.handle.db
    .insertInto('data_value')
    .values(
      rows.map(([code, category, periodType, start, value]) => ({
        data_element_id: ids.get(code) ?? -1,
        category,
        unit_id: unitId,
        rollup_unit_id: unitId,
        province_id: province,
        period_type: periodType,
        period_start: start,
        value,
        approved,
      })),
    )
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
  await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
  await t.createUser('xem.tinh', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('bc.hanoi', [{ role: 'reporter', unitCode: '01' }]);
  root = await t.signIn('root');
  reporter = await t.signIn('bc.phuong');
  provinceApprover = await t.signIn('duyet.tinh');
  provinceViewer = await t.signIn('xem.tinh');
  outsider = await t.signIn('bc.hanoi');
  province = await t.unitId('2025', '33');
  communeA = await t.unitId('2025', '11953');
  const other = await t.handle.db
    .selectFrom('admin_unit')
    .select('id')
    .where('version', '=', '2025')
    .where('level', '=', 'commune')
    .where('province_id', '=', province)
    .where('id', '!=', communeA)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  communeB = other.id;
  indicators = (await reporter.request('GET', '/api/v1/indicators')).json<{ items: TIndicator[] }>().items;

  // Phường Phố Hiến reports its 2025 year on the shipped annual form; the province approves it.
  const forms = (await reporter.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  const annual = forms.find((f) => f.code === 'GE_ANNUAL');
  if (!annual) throw new Error('shipped annual form missing');
  const draft = reportOf(
    await reporter.request('POST', '/api/v1/reports', {
      formId: annual.id,
      unitId: communeA,
      periodStart: '2025-01-01',
    }),
  );
  const saved = reportOf(
    await reporter.request('PUT', `/api/v1/reports/${draft.id}`, {
      version: draft.version,
      values: [
        { elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 3 },
        { elementCode: 'GBV_SURVIVORS_DETECTED', category: 'total', value: 5 },
        { elementCode: 'GBV_SURVIVORS_SUPPORTED', category: 'total', value: 4 },
        { elementCode: 'VILLAGE_RULES', category: 'total', value: 20 },
        { elementCode: 'VILLAGE_RULES_NON_DISCRIMINATORY', category: 'total', value: 18 },
        { elementCode: 'HOUSEHOLDS', category: 'total', value: 1000 },
        { elementCode: 'HOUSEHOLDS_DV_TALKS', category: 'total', value: 450 },
      ],
    }),
  );
  const submitted = await reporter.request('POST', `/api/v1/reports/${saved.id}/actions`, {
    action: 'submit',
  });
  expect(reportOf(submitted).status).toBe('submitted');
  const approved = await provinceApprover.request('POST', `/api/v1/reports/${saved.id}/actions`, {
    action: 'approve',
  });
  expect(reportOf(approved).status).toBe('approved');
});
afterAll(async () => t.close());

describe('catalogue', () => {
  it('lists the five programmes with their objectives', async () => {
    const res = await provinceViewer.request('GET', '/api/v1/programmes');
    const items = res.json<{ items: TProgramme[] }>().items;
    expect(items.map((p) => p.code)).toEqual(['NSGE', 'GBV', 'COMM', 'DV', 'WPS']);
    const nsge = items[0];
    expect(nsge).toMatchObject({ documentNumber: '28/NQ-CP', startYear: 2021, endYear: 2030 });
    expect(nsge?.objectives.map((o) => o.code)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `NSGE-MT${n}`));
    expect(items.find((p) => p.code === 'WPS')?.objectives).toHaveLength(4);
    expect((await t.anonymous().request('GET', '/api/v1/programmes')).statusCode).toBe(401);
  });

  it('lists a programme’s indicators with formula, targets and what is unconfirmed', async () => {
    const res = await reporter.request('GET', '/api/v1/indicators?programme=NSGE');
    const nsge = res.json<{ items: TIndicator[] }>().items;
    expect(nsge.every((i) => i.programmeCode === 'NSGE')).toBe(true);
    expect(nsge.find((i) => i.code === 'NSGE-2.1')).toMatchObject({
      numerator: { elementCode: 'EMPLOYED_WAGE', category: 'female' },
      denominator: { elementCode: 'EMPLOYED', category: 'female' },
      targets: [
        { year: 2025, comparator: '>=', value: 50, label: '50%' },
        { year: 2030, comparator: '~', value: 60, label: 'khoảng 60%' },
      ],
    });
    expect(nsge.find((i) => i.code === 'NSGE-4.3')).toMatchObject({ unconfirmed: true, targets: [] });
    expect(nsge.find((i) => i.code === 'NSGE-4.1')).toMatchObject({ unit: 'ratio', direction: 'down' });
    const unknown = await reporter.request('GET', '/api/v1/indicators?programme=XYZ');
    expect(unknown.json()).toMatchObject({ error: { code: 'PROGRAMME_NOT_FOUND' } });
    const missing = await reporter.request('GET', '/api/v1/indicators/999999');
    expect(missing.json()).toMatchObject({ error: { code: 'INDICATOR_NOT_FOUND' } });
  });
});

describe('values from approved reports', () => {
  it('computes a commune’s indicators from its approved annual report', async () => {
    const v = await values(reporter, `year=2025&unitId=${communeA}`);
    expect(v.unitName).toContain('Phố Hiến');
    // 4 of 5 survivors supported gives away the 1 who was not: hidden, with no verdict (docs/CASES.md)
    expect(item(v, 'NSGE-3.2a')).toMatchObject({
      numerator: null,
      denominator: null,
      value: null,
      target: { year: 2025, value: 80 },
      status: 'suppressed',
      suppressed: true,
    });
    expect(item(v, 'COMM-5')).toMatchObject({ value: 90, status: 'not_met' }); // 18/20 < 95%
    expect(item(v, 'DV-1')).toMatchObject({ value: 45, status: 'met' }); // 450/1000 ≥ 40%
    expect(item(v, 'COMM-1')).toMatchObject({ value: 3, status: 'met' }); // ≥ 2 a year
    expect(item(v, 'NSGE-2.1')).toMatchObject({ value: null, status: 'no_data' });
    expect(item(v, 'NSGE-3.1')).toMatchObject({ status: 'no_formula' });
    // 2023 is judged against the next target year, 2025; 2026 against 2030
    expect(item(await values(reporter, `year=2023&unitId=${communeA}`), 'NSGE-3.2a')).toMatchObject({
      status: 'no_data',
      target: { year: 2025 },
    });
  });

  it('sums a province, falling back to semiannual rows only where a unit has no annual one', async () => {
    await insertValues(communeB, [
      ['GBV_SURVIVORS_DETECTED', 'total', 'semiannual', '2025-01-01', 3],
      ['GBV_SURVIVORS_DETECTED', 'total', 'semiannual', '2025-07-01', 2],
      ['GBV_SURVIVORS_SUPPORTED', 'total', 'semiannual', '2025-01-01', 1],
      ['GBV_SURVIVORS_SUPPORTED', 'total', 'semiannual', '2025-07-01', 1],
    ]);
    // Phố Hiến has an annual row: its semiannual one does not count again
    await insertValues(communeA, [
      ['GBV_SURVIVORS_DETECTED', 'total', 'semiannual', '2025-01-01', 99],
      ['LIVE_BIRTHS', 'male', 'annual', '2025-01-01', 112],
      ['LIVE_BIRTHS', 'female', 'annual', '2025-01-01', 100],
      ['LIVE_BIRTHS', 'total', 'annual', '2025-01-01', 2000],
      ['MATERNAL_DEATHS', 'total', 'annual', '2025-01-01', 1],
    ]);
    await insertValues(communeB, [['GBV_SURVIVORS_SUPPORTED', 'total', 'annual', '2025-01-01', 50]], false);
    const v = await values(provinceViewer, `year=2025&unitId=${province}`);
    // (4 + 2) / (5 + 5) × 100; the unapproved 50 does not count. 2 of the province's communes
    // reported (no obligation: all of them are expected), too few for a verdict (indicator-coverage.ts)
    const all = (
      await t.handle.db
        .selectFrom('admin_unit')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('version', '=', '2025')
        .where('level', '=', 'commune')
        .where('province_id', '=', province)
        .executeTakeFirstOrThrow()
    ).n;
    expect(item(v, 'NSGE-3.2a')).toMatchObject({
      numerator: 6,
      denominator: 10,
      value: 60,
      status: 'insufficient',
      coverage: { reported: 2, expected: Number(all) },
    });
    expect(item(v, 'NSGE-4.1')).toMatchObject({ value: 112, status: 'insufficient' }); // ≤ 111 boys per 100 girls
    expect(item(v, 'NSGE-4.2')).toMatchObject({ value: 50, status: 'insufficient' }); // 1 / 2000 × 100,000
    const nation = await values(root, 'year=2025&programme=NSGE');
    expect(nation.unitName).toBe('Toàn quốc');
    expect(item(nation, 'NSGE-3.2a')).toMatchObject({ value: 60 });
    expect(item(nation, 'COMM-5')).toBeUndefined();
  });

  it('gives a series by year and the value per commune or per province', async () => {
    const id = byCode('NSGE-3.2a').id;
    const series = await provinceViewer.request(
      'GET',
      `/api/v1/indicators/${id}/series?unitId=${province}&from=2024&to=2026`,
    );
    expect(series.json<TSeriesResponse>().points).toMatchObject([
      { year: 2024, value: null, status: 'no_data', target: { year: 2025 } },
      { year: 2025, value: 60, status: 'insufficient', target: { year: 2025, value: 80 } },
      { year: 2026, value: null, status: 'no_data', target: { year: 2030, value: 90 } },
    ]);
    const bad = await provinceViewer.request('GET', `/api/v1/indicators/${id}/series?from=2026&to=2024`);
    expect(bad.statusCode).toBe(400);

    const communes = (
      await provinceViewer.request('GET', `/api/v1/indicators/${id}/by-unit?year=2025&unitId=${province}`)
    ).json<TByUnitResponse>();
    expect(communes.items.length).toBeGreaterThan(50);
    // 4/5 and 2/5 are counts of a few survivors: both hidden (the province's 6/10 is shown)
    for (const c of [communeA, communeB])
      expect(communes.items.find((u) => u.unitId === c)).toMatchObject({
        numerator: null,
        value: null,
        status: 'suppressed',
      });
    expect(communes.items.filter((u) => u.status === 'no_data')).toHaveLength(communes.items.length - 2);

    const provinces = (
      await root.request('GET', `/api/v1/indicators/${id}/by-unit?year=2025`)
    ).json<TByUnitResponse>();
    expect(provinces.items).toHaveLength(34);
    expect(provinces.items.find((u) => u.unitId === province)).toMatchObject({ value: 60 });
  });

  it('does not show a ward’s 3.2a as "100% (3 / 3)", in its values, its series or by unit', async () => {
    const ward = (
      await t.handle.db
        .selectFrom('admin_unit')
        .select('id')
        .where('version', '=', '2025')
        .where('level', '=', 'commune')
        .where('province_id', '=', province)
        .where('id', 'not in', [communeA, communeB])
        .orderBy('code')
        .executeTakeFirstOrThrow()
    ).id;
    await insertValues(ward, [
      ['GBV_SURVIVORS_DETECTED', 'total', 'annual', '2027-01-01', 3],
      ['GBV_SURVIVORS_SUPPORTED', 'total', 'annual', '2027-01-01', 3],
    ]);
    const id = byCode('NSGE-3.2a').id;
    const hidden = {
      numerator: null,
      denominator: null,
      value: null,
      status: 'suppressed',
      suppressed: true,
    };
    expect(item(await values(provinceViewer, `year=2027&unitId=${ward}`), 'NSGE-3.2a')).toMatchObject(hidden);
    const series = await provinceViewer.request(
      'GET',
      `/api/v1/indicators/${id}/series?unitId=${ward}&from=2026&to=2027`,
    );
    expect(series.json<TSeriesResponse>().points[1]).toMatchObject(hidden);
    const byUnit = (
      await provinceViewer.request('GET', `/api/v1/indicators/${id}/by-unit?year=2027&unitId=${province}`)
    ).json<TByUnitResponse>();
    expect(byUnit.items.find((u) => u.unitId === ward)).toMatchObject(hidden);
    // the province's 3 / 3 is its only reporting ward's: the province total is hidden as well
    expect(item(await values(provinceViewer, `year=2027&unitId=${province}`), 'NSGE-3.2a')).toMatchObject(
      hidden,
    );
    expect(item(await values(root, 'year=2027'), 'NSGE-3.2a')).toMatchObject({
      numerator: 3,
      denominator: 3,
    });
  });

  it('shows values only over units the caller holds a role for; the nation to system admins', async () => {
    const id = byCode('NSGE-3.2a').id;
    const cases = [
      [outsider, `/api/v1/indicators/values?year=2025&unitId=${province}`],
      [reporter, `/api/v1/indicators/values?year=2025&unitId=${province}`], // a commune role, not the province
      [provinceViewer, '/api/v1/indicators/values?year=2025'],
      [outsider, `/api/v1/indicators/${id}/series?unitId=${communeA}&from=2024&to=2025`],
      [provinceViewer, `/api/v1/indicators/${id}/by-unit?year=2025`],
    ] as const;
    for (const [client, url] of cases) expect((await client.request('GET', url)).statusCode).toBe(403);
    const old = await t.unitId('2024', '12433');
    const notCurrent = await root.request('GET', `/api/v1/indicators/values?year=2025&unitId=${old}`);
    expect(notCurrent.json()).toMatchObject({ error: { code: 'UNIT_NOT_CURRENT' } });
  });
});

describe('editing by a system administrator', () => {
  it('refuses edits from anyone else', async () => {
    const id = byCode('NSGE-3.2a').id;
    const patch = await provinceApprover.request('PATCH', `/api/v1/indicators/${id}`, { note: 'x' });
    expect(patch.statusCode).toBe(403);
    const target = await provinceViewer.request('PUT', `/api/v1/indicators/${id}/targets/2025`, {
      comparator: '>=',
      value: 1,
      label: '1%',
    });
    expect(target.statusCode).toBe(403);
  });

  it('corrects wording and a target; the values follow, and a re-seed keeps the edits', async () => {
    const id = byCode('NSGE-3.2a').id;
    const patched = await root.request('PATCH', `/api/v1/indicators/${id}`, {
      name: 'Tỷ lệ người bị bạo lực được hỗ trợ (đã sửa)',
      note: 'Đã đối chiếu NQ 28/NQ-CP.',
    });
    expect(patched.json<{ indicator: TIndicator }>().indicator).toMatchObject({
      name: 'Tỷ lệ người bị bạo lực được hỗ trợ (đã sửa)',
      note: 'Đã đối chiếu NQ 28/NQ-CP.',
    });
    const noValue = await root.request('PUT', `/api/v1/indicators/${id}/targets/2025`, {
      comparator: '>=',
      value: null,
      label: '?',
    });
    expect(noValue.json()).toMatchObject({ error: { code: 'TARGET_VALUE_REQUIRED' } });
    const set = await root.request('PUT', `/api/v1/indicators/${id}/targets/2025`, {
      comparator: '>=',
      value: 60,
      label: '60%',
      unconfirmed: true,
    });
    expect(set.json<{ indicator: TIndicator }>().indicator.targets[0]).toEqual({
      year: 2025,
      comparator: '>=',
      value: 60,
      label: '60%',
      unconfirmed: true,
    });
    const v = await values(provinceViewer, `year=2025&unitId=${province}`);
    // the new target is the one shown; 2 communes of the province reported: still no verdict
    expect(item(v, 'NSGE-3.2a')).toMatchObject({
      value: 60,
      target: { value: 60, label: '60%' },
      status: 'insufficient',
    });

    expect(await seedIndicators(t.handle.db)).toEqual({
      programmes: 0,
      objectives: 0,
      indicators: 0,
      targets: 0,
    });
    const after = (await root.request('GET', `/api/v1/indicators/${id}`)).json<{ indicator: TIndicator }>();
    expect(after.indicator.name).toBe('Tỷ lệ người bị bạo lực được hỗ trợ (đã sửa)');
    expect(after.indicator.targets.find((x) => x.year === 2025)?.value).toBe(60);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'indicator')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['indicator.set_target', 'indicator.update']);
  });
});
