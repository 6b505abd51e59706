/**
 * Case statistics through the disclosure rule (docs/CASES.md): a province's list of communes shows
 * no count of 1–4, a commune's table cannot be subtracted, and windows are whole periods.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TCaseStatistics } from './cases.schema.ts';

let t: TestApp;
let viewer: Client;
let root: Client;
let communeA: number;
let communeB: number;
let province: number;

const YEAR = 'from=2026-01-01&to=2026-12-31';
const stats = async (c: Client, query: string) => {
  const res = await c.request('GET', `/api/v1/cases/statistics?${query}`);
  return { status: res.statusCode, body: res.json<TCaseStatistics & { error?: { code: string } }>() };
};
const counts = (s: TCaseStatistics) => [
  s.total,
  s.reachedService,
  ...[s.byType, s.bySex, s.byAgeGroup, s.byUnit].flat().map((x) => x.count),
];

beforeAll(async () => {
  t = await createTestApp();
  province = await t.unitId('2025', '33');
  communeA = await t.unitId('2025', '11953');
  const other = await t.handle.db
    .selectFrom('admin_unit')
    .select(['id', 'code'])
    .where('version', '=', '2025')
    .where('level', '=', 'commune')
    .where('province_id', '=', province)
    .where('id', '<>', communeA)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  communeB = other.id;
  const supervisorId = await t.createUser('sup', [{ role: 'case_supervisor', unitCode: '33' }]);
  await t.createUser('worker_a', [{ role: 'case_worker', unitCode: '11953' }]);
  await t.createUser('worker_b', [{ role: 'case_worker', unitCode: other.code }]);
  await t.createUser('viewer', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  const [a, b] = [await t.signIn('worker_a'), await t.signIn('worker_b')];
  viewer = await t.signIn('viewer');
  root = await t.signIn('root');
  const intake = async (c: Client, unitId: number, more: Record<string, unknown> = {}) =>
    expect(
      (await c.request('POST', '/api/v1/cases', caseIntake(unitId, supervisorId, more))).statusCode,
    ).toBe(201);
  // commune A: 6 cases, 5 physical and 1 sexual assault; commune B: 2 cases, one of a man
  for (let i = 0; i < 5; i++) await intake(a, communeA);
  await intake(a, communeA, { gbvType: 'sexual_assault' });
  await intake(b, communeB);
  await intake(b, communeB, { survivorSex: 'male' });
});
afterAll(async () => t.close());

describe('case statistics under disclosure control', () => {
  it("lists a province's communes with no count of 1 to 4, and the small one hidden", async () => {
    const { status, body } = await stats(viewer, `unitId=${province}&${YEAR}`);
    expect(status).toBe(200);
    expect(body.total).toBe(8);
    const b = body.byUnit.find((u) => u.unitId === communeB)!;
    expect(b).toMatchObject({ count: null, suppressed: true });
    // one hidden commune beside the province total would be the total minus the rest
    expect(body.byUnit.find((u) => u.unitId === communeA)).toMatchObject({ count: null, suppressed: true });
    for (const u of body.byUnit) expect(u.count === null || u.count === 0 || u.count >= 5).toBe(true);
    expect(body.threshold).toBe(5);
  });

  it('does not give away the sexual assault of a commune as total 6 minus physical 5', async () => {
    const { body } = await stats(viewer, `unitId=${communeA}&${YEAR}`);
    expect(body.total).toBe(6);
    const type = Object.fromEntries(body.byType.map((x) => [x.key, x]));
    expect(type.sexual_assault).toMatchObject({ count: null, suppressed: true });
    expect(type.physical_assault).toMatchObject({ count: null, suppressed: true });
    // reached none: 0 shown; not reached (6) is no small count
    expect(body.reachedService).toBe(0);
    const b = await stats(viewer, `unitId=${communeB}&${YEAR}`);
    expect(counts(b.body).filter((n) => n !== null && n > 0 && n < 5)).toEqual([]);
    expect(b.body.total).toBeNull();
    expect(b.body.reachedServicePercent).toBeNull();
  });

  it('gives whole months, quarters or years only, and below the province years only', async () => {
    for (const q of [
      'from=2026-01-02&to=2026-12-31',
      'from=2026-11-20&to=2026-12-19',
      'from=2026-01-01&to=2026-02-28',
    ])
      expect((await stats(viewer, `unitId=${province}&${q}`)).body.error?.code).toBe('VALIDATION_FAILED');
    const quarter = await stats(viewer, `unitId=${province}&from=2026-10-01&to=2026-12-31`);
    expect(quarter.status).toBe(200);
    expect(quarter.body.total).toBe(8);
    // commune cells are given for whole years only: a year minus its quarters would show them
    expect(quarter.body.byUnit).toEqual([]);
    const communeQuarter = await stats(viewer, `unitId=${communeA}&from=2026-10-01&to=2026-12-31`);
    expect(communeQuarter.body.error?.code).toBe('VALIDATION_FAILED');
  });

  it("lists the nation's provinces, not its communes", async () => {
    const { body } = await stats(root, YEAR);
    expect(body.byUnit.map((u) => u.unitId)).toEqual([province]);
    expect(body.byUnit[0]).toMatchObject({ count: 8, suppressed: false });
  });
});
