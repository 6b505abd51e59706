import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TAgency } from './agencies.schema.ts';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  admin = await t.signIn('root');
});
afterAll(async () => t.close());

describe('agencies', () => {
  it('creates agencies at province and commune, stores the province, audits, finds by name without diacritics', async () => {
    const province = await t.unitId('2025', '33');
    const commune = await t.unitId('2025', '11953');
    const ubnd = await admin.request('POST', '/api/v1/agencies', {
      name: 'Ủy ban nhân dân tỉnh Hưng Yên',
      kind: 'people_committee',
      unitId: province,
    });
    expect(ubnd.statusCode).toBe(201);
    const parent = ubnd.json<{ agency: TAgency }>().agency;
    expect(parent).toMatchObject({ unitName: 'Tỉnh Hưng Yên', provinceId: province, isActive: true });
    const hoi = await admin.request('POST', '/api/v1/agencies', {
      name: 'Hội Liên hiệp Phụ nữ phường Phố Hiến',
      kind: 'womens_union',
      unitId: commune,
      parentAgencyId: parent.id,
    });
    expect(hoi.json<{ agency: TAgency }>().agency).toMatchObject({
      provinceId: province,
      parentAgencyId: parent.id,
    });
    const found = await admin.request('GET', '/api/v1/agencies?q=hoi%20lien%20hiep%20phu%20nu');
    expect(found.json<{ items: TAgency[] }>().items.map((a) => a.name)).toEqual([
      'Hội Liên hiệp Phụ nữ phường Phố Hiến',
    ]);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'agency')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['agency.create', 'agency.create']);
    expect(audit[0]).toMatchObject({ province_id: province });
  });

  it('only attaches agencies to units in force', async () => {
    const thaiBinh = await t.unitId('2024', '34');
    const res = await admin.request('POST', '/api/v1/agencies', {
      name: 'UBND tỉnh Thái Bình',
      kind: 'people_committee',
      unitId: thaiBinh,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'UNIT_NOT_CURRENT', message: expect.stringContaining('01/7/2025') },
    });
  });

  it('validates kind and name', async () => {
    const res = await admin.request('POST', '/api/v1/agencies', { name: 'x', kind: 'ministry', unitId: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('updates and deactivates, auditing before and after', async () => {
    const list = (await admin.request('GET', '/api/v1/agencies')).json<{ items: TAgency[] }>();
    const target = list.items[0]!;
    const res = await admin.request('PATCH', `/api/v1/agencies/${target.id}`, { isActive: false });
    expect(res.json<{ agency: TAgency }>().agency.isActive).toBe(false);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'agency.update')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ before: { isActive: true }, after: { isActive: false } });
    expect(
      (await admin.request('PATCH', '/api/v1/agencies/999999', { isActive: true })).json(),
    ).toMatchObject({ error: { code: 'AGENCY_NOT_FOUND' } });
  });
});
