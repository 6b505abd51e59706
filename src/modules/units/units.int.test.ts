import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TUnit } from './units.schema.ts';

let t: TestApp;
let viewer: Client;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('viewer1', [{ role: 'viewer', unitCode: '12' }]);
  viewer = await t.signIn('viewer1');
});
afterAll(async () => t.close());

const search = async (query: string) => {
  const res = await viewer.request('GET', `/api/v1/units?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: (TUnit & { provinceName: string })[] }>().items;
};

describe('national reference data', () => {
  it('has both registries with the official counts', async () => {
    const rows = await t.handle.db
      .selectFrom('admin_unit')
      .select(['version', 'level', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['version', 'level'])
      .execute();
    const count = (v: string, l: string) =>
      Number(rows.find((r) => r.version === v && r.level === l)?.n ?? 0);
    expect([count('2025', 'province'), count('2025', 'commune'), count('2025', 'district')]).toEqual([
      34, 3321, 0,
    ]);
    expect([count('2024', 'province'), count('2024', 'district'), count('2024', 'commune')]).toEqual([
      63, 696, 10035,
    ]);
    const links = await t.handle.db
      .selectFrom('admin_unit_lineage')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(links.n)).toBe(10591 + 63);
  });

  it('gives every unit its province, inside its own version', async () => {
    const orphans = await t.handle.db
      .selectFrom('admin_unit as u')
      .innerJoin('admin_unit as p', 'p.id', 'u.province_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .whereRef('p.version', '<>', 'u.version')
      .executeTakeFirstOrThrow();
    expect(Number(orphans.n)).toBe(0);
  });
});

describe('search', () => {
  it('is diacritic-insensitive', async () => {
    const items = await search('q=thai%20binh&version=2024&level=province');
    expect(items.map((u) => u.fullName)).toEqual(['Tỉnh Thái Bình']);
  });

  it('matches "Hoà" and "Hòa" alike', async () => {
    const a = await search(`q=${encodeURIComponent('Hoà An')}&level=commune`);
    const b = await search(`q=${encodeURIComponent('Hòa An')}&level=commune`);
    expect(a.length).toBeGreaterThan(0);
    expect(a.map((u) => u.id)).toEqual(b.map((u) => u.id));
  });

  it('keeps codes within their version (24 is Bắc Giang before, Bắc Ninh after)', async () => {
    const after = await search('q=24&level=province');
    const before = await search('q=24&level=province&version=2024');
    expect(after.find((u) => u.code === '24')?.name).toBe('Bắc Ninh');
    expect(before.find((u) => u.code === '24')?.name).toBe('Bắc Giang');
  });

  it('lists the 34 provinces without a query', async () => {
    expect(await search('')).toHaveLength(34);
  });

  it('rejects a bad version with a stable code', async () => {
    const res = await viewer.request('GET', '/api/v1/units?version=2030');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('requires sign-in', async () => {
    const res = await t.anonymous().request('GET', '/api/v1/units?q=ha');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: { code: 'AUTH_REQUIRED', message: 'Vui lòng đăng nhập.' } });
  });
});

describe('lineage and dates', () => {
  it('follows Thái Bình 2024 to Hưng Yên 2025 and back', async () => {
    const thaiBinh = await t.unitId('2024', '34');
    const res = await viewer.request('GET', `/api/v1/units/${thaiBinh}/lineage`);
    const body = res.json<{
      successors: { unit: TUnit; part: string }[];
      resolution: string;
      effectiveDate: string;
    }>();
    expect(body.successors.map((s) => s.unit.fullName)).toEqual(['Tỉnh Hưng Yên']);
    expect(body).toMatchObject({ resolution: '202/2025/QH15', effectiveDate: '2025-07-01' });
    const hungYen = body.successors[0]!.unit.id;
    const back = (await viewer.request('GET', `/api/v1/units/${hungYen}/lineage`)).json<{
      predecessors: { unit: TUnit }[];
      resolution: string;
    }>();
    expect(back.predecessors.map((p) => p.unit.code).sort()).toEqual(['33', '34']);
    expect(back.resolution).toBe('202/2025/QH15');
  });

  it('follows phường Quyết Thắng (Lai Châu) to phường Đoàn Kết', async () => {
    const quyetThang = await t.unitId('2024', '03386');
    const lineage = (await viewer.request('GET', `/api/v1/units/${quyetThang}/lineage`)).json<{
      successors: { unit: TUnit; part: string }[];
    }>();
    expect(lineage.successors).toEqual([
      expect.objectContaining({
        part: 'full',
        unit: expect.objectContaining({ fullName: 'Phường Đoàn Kết', version: '2025' }),
      }),
    ]);
  });

  it('shows a unit as it was on a date', async () => {
    const hungYen = await t.unitId('2025', '33');
    const before = (await viewer.request('GET', `/api/v1/units/${hungYen}/on?date=2024-12-31`)).json<{
      units: TUnit[];
    }>();
    expect(before.units.map((u) => u.fullName).sort()).toEqual(['Tỉnh Hưng Yên', 'Tỉnh Thái Bình']);
    const dongNai = await t.unitId('2025', '75');
    const onReform = (await viewer.request('GET', `/api/v1/units/${dongNai}/on?date=2025-07-01`)).json<{
      units: TUnit[];
    }>();
    expect(onReform.units.map((u) => [u.fullName, u.type])).toEqual([['Tỉnh Đồng Nai', 'tinh']]);
    const now = (await viewer.request('GET', `/api/v1/units/${dongNai}/on?date=2026-11-24`)).json<{
      units: TUnit[];
    }>();
    expect(now.units.map((u) => [u.fullName, u.type])).toEqual([['Thành phố Đồng Nai', 'thanh_pho_tw']]);
  });

  it('maps an abolished district to the new communes its communes went to', async () => {
    const district = await t.unitId('2024', '105');
    const lineage = (await viewer.request('GET', `/api/v1/units/${district}/lineage`)).json<{
      successors: { unit: TUnit; part: string }[];
    }>();
    expect(lineage.successors.map((s) => s.unit.fullName)).toContain('Phường Đoàn Kết');
    expect(lineage.successors.every((s) => s.part === 'partial' && s.unit.version === '2025')).toBe(true);
  });

  it('returns ancestors and children', async () => {
    const commune = await t.unitId('2024', '03386');
    const body = (await viewer.request('GET', `/api/v1/units/${commune}`)).json<{ ancestors: TUnit[] }>();
    expect(body.ancestors.map((a) => a.level)).toEqual(['province', 'district']);
    const res = await viewer.request('GET', `/api/v1/units/999999999`);
    expect(res.json()).toMatchObject({ error: { code: 'UNIT_NOT_FOUND' } });
  });
});
