/**
 * Issue 15, item 11: an indicator was "Đạt" when one commune of 104 had reported. A province's
 * value carries its coverage (communes that reported / communes owing the report) and no verdict
 * below COVERAGE_MIN_PERCENT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { COVERAGE_MIN_PERCENT } from './indicator-coverage.ts';
import type { TByUnitResponse, TIndicator, TSeriesResponse, TValuesResponse } from './indicators.schema.ts';

let t: TestApp;
let root: Client;
let viewer: Client;
let province: number;
let communes: number[];
let indicatorId: number;

const ids = new Map<string, number>();
async function report(unitIds: number[], start: string, detected: number, supported: number) {
  await t.handle.db
    .insertInto('data_value')
    .values(
      unitIds.flatMap((unitId) =>
        (
          [
            ['GBV_SURVIVORS_DETECTED', detected],
            ['GBV_SURVIVORS_SUPPORTED', supported],
          ] as const
        ).map(([code, value]) => ({
          data_element_id: ids.get(code) ?? -1,
          category: 'total',
          unit_id: unitId,
          rollup_unit_id: unitId,
          province_id: province,
          period_type: 'semiannual' as const,
          period_start: start,
          value,
          approved: true,
        })),
      ),
    )
    .execute();
}
const nsge32a = async (c: Client, query: string) => {
  const res = await c.request('GET', `/api/v1/indicators/values?programme=NSGE&${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<TValuesResponse>().items.find((i) => i.code === 'NSGE-3.2a');
};

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('xem.tinh', [{ role: 'viewer', unitCode: '33' }]);
  root = await t.signIn('root');
  viewer = await t.signIn('xem.tinh');
  const planner = await t.signIn('kh.tinh');
  province = await t.unitId('2025', '33');
  communes = (
    await t.handle.db
      .selectFrom('admin_unit')
      .select('id')
      .where('version', '=', '2025')
      .where('level', '=', 'commune')
      .where('province_id', '=', province)
      .orderBy('code')
      .execute()
  ).map((c) => c.id);
  for (const e of await t.handle.db.selectFrom('data_element').select(['id', 'code']).execute())
    ids.set(e.code, e.id);
  const indicators = (await viewer.request('GET', '/api/v1/indicators')).json<{ items: TIndicator[] }>();
  indicatorId = indicators.items.find((i) => i.code === 'NSGE-3.2a')?.id ?? -1;
  const forms = (await planner.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  // As in the issue: a six-monthly obligation created 03/12/2026 for the province's communes.
  const created = await planner.request('POST', '/api/v1/obligations', {
    formId: forms.find((f) => f.code === 'GE_SEMIANNUAL')?.id,
    unitId: province,
    title: 'Báo cáo 6 tháng về công tác bình đẳng giới',
    frequency: 'semiannual',
    dueDays: ['06-15', '12-15'],
    startsOn: '2026-12-03',
  });
  expect(created.statusCode).toBe(201);
});
afterAll(async () => t.close());

describe('coverage of an indicator value', () => {
  const need = () => Math.ceil((communes.length * COVERAGE_MIN_PERCENT) / 100);

  it('gives no verdict when one commune of the province has reported', async () => {
    expect(communes.length).toBeGreaterThan(50);
    // 5 of 5 supported: 100% would meet the 2030 target (≥ 90%) that 2026 is judged by
    await report([communes[0] ?? -1], '2026-07-01', 5, 5);
    expect(await nsge32a(viewer, `year=2026&unitId=${province}`)).toMatchObject({
      value: 100,
      status: 'insufficient',
      coverage: { reported: 1, expected: communes.length },
    });
    // the commune's own value is its own entry: 1 of 1
    expect(await nsge32a(viewer, `year=2026&unitId=${communes[0]}`)).toMatchObject({
      status: 'met',
      coverage: { reported: 1, expected: 1 },
    });
    expect(await nsge32a(viewer, `year=2026&unitId=${communes[1]}`)).toMatchObject({
      status: 'no_data',
      coverage: { reported: 0, expected: 1 },
    });
  });

  it('gives the verdict from the threshold of expected communes reporting on', async () => {
    await report(communes.slice(1, need() - 1), '2026-07-01', 5, 5);
    expect(await nsge32a(viewer, `year=2026&unitId=${province}`)).toMatchObject({
      status: 'insufficient',
      coverage: { reported: need() - 1, expected: communes.length },
    });
    await report([communes[need() - 1] ?? -1], '2026-07-01', 5, 5);
    expect(await nsge32a(viewer, `year=2026&unitId=${province}`)).toMatchObject({
      value: 100,
      status: 'met',
      coverage: { reported: need(), expected: communes.length },
    });
    // 2027 (both halves owed): enough communes, 80% supported < 90%
    await report(communes.slice(0, need()), '2027-01-01', 5, 4);
    expect(await nsge32a(viewer, `year=2027&unitId=${province}`)).toMatchObject({
      value: 80,
      status: 'not_met',
      coverage: { reported: need(), expected: communes.length },
    });
  });

  it('carries coverage in the series and per unit; the nation counts every province’s communes', async () => {
    const series = await viewer.request(
      'GET',
      `/api/v1/indicators/${indicatorId}/series?unitId=${province}&from=2025&to=2027`,
    );
    expect(series.json<TSeriesResponse>().points).toMatchObject([
      // before the obligation: every commune of the province is expected
      { year: 2025, status: 'no_data', coverage: { reported: 0, expected: communes.length } },
      { year: 2026, status: 'met', coverage: { reported: need(), expected: communes.length } },
      { year: 2027, status: 'not_met', coverage: { reported: need(), expected: communes.length } },
    ]);
    const nation = await nsge32a(root, 'year=2026');
    expect(nation?.status).toBe('insufficient');
    expect(nation?.coverage.reported).toBe(need());
    expect(nation?.coverage.expected).toBeGreaterThan(3000); // all communes of the 34 provinces
    const provinces = (
      await root.request('GET', `/api/v1/indicators/${indicatorId}/by-unit?year=2026`)
    ).json<TByUnitResponse>();
    expect(provinces.items.find((u) => u.unitId === province)).toMatchObject({
      status: 'met',
      coverage: { reported: need(), expected: communes.length },
    });
    const own = (
      await viewer.request('GET', `/api/v1/indicators/${indicatorId}/by-unit?year=2026&unitId=${province}`)
    ).json<TByUnitResponse>();
    expect(own.items.find((u) => u.unitId === communes[0])).toMatchObject({
      coverage: { reported: 1, expected: 1 },
    });
  });
});
