import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../core/auth/roles.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TServiceProvider } from './service-providers.schema.ts';

let t: TestApp;
const as: Record<string, Client> = {};
let province: number;
let commune: number;
let otherCommune: number;
const HOST_ADDRESS = 'Nhà bà Lê Thị Mai, số 12 ngõ 5 đường Chùa Chuông';

const USERS: [string, Role, string | null][] = [
  ['admin', 'system_admin', null],
  ['qt.tinh', 'unit_admin', '33'],
  ['gs.tinh', 'case_supervisor', '33'],
  ['cb.tinh', 'case_worker', '33'],
  ['kh.tinh', 'planner', '33'],
  ['qt.phuong', 'unit_admin', '11953'],
  ['gs.phuong', 'case_supervisor', '11953'],
  ['cb.phuong', 'case_worker', '11953'],
  ['bc.phuong', 'reporter', '11953'],
  ['cb.hanoi', 'case_worker', '01'],
  ['gs.hanoi', 'case_supervisor', '01'],
];

const items = async (who: string, query = '') => {
  const res = await as[who]!.request('GET', `/api/v1/service-providers${query}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: TServiceProvider[] }>().items;
};
const create = (who: string, body: Record<string, unknown>) =>
  as[who]!.request('POST', '/api/v1/service-providers', body);
const created = async (who: string, body: Record<string, unknown>) => {
  const res = await create(who, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ serviceProvider: TServiceProvider }>().serviceProvider;
};
const hostBody = () => ({
  name: 'Địa chỉ tin cậy khu phố 3',
  kind: 'trusted_address',
  services: ['shelter', 'psychosocial'],
  unitId: commune,
  capacity: 2,
  phone: '0987 654 321',
  privateHost: true,
  privateAddress: HOST_ADDRESS,
});

beforeAll(async () => {
  t = await createTestApp();
  for (const [name, role, unitCode] of USERS) {
    await t.createUser(name, [{ role, unitCode }]);
    as[name] = await t.signIn(name);
  }
  province = await t.unitId('2025', '33');
  commune = await t.unitId('2025', '11953');
  otherCommune = await t.unitId('2025', '11977');
});
afterAll(async () => t.close());

describe('the GBV service directory', () => {
  it('lets unit admins and case supervisors over the unit, and system admins, add providers', async () => {
    const body = { name: 'Trạm y tế phường Phố Hiến', kind: 'health', services: ['health'], unitId: commune };
    for (const who of ['admin', 'qt.tinh', 'gs.tinh', 'qt.phuong', 'gs.phuong'])
      expect((await create(who, body)).statusCode, who).toBe(201);
    for (const who of ['cb.tinh', 'cb.phuong', 'kh.tinh', 'bc.phuong', 'gs.hanoi', 'cb.hanoi'])
      expect((await create(who, body)).json(), who).toMatchObject({ error: { code: 'FORBIDDEN' } });
    // a ward's role does not reach its province
    const atProvince = { ...body, unitId: province, coversProvince: true };
    expect((await create('gs.phuong', atProvince)).statusCode).toBe(403);
    expect((await create('gs.tinh', atProvince)).statusCode).toBe(201);
    // everyone signed in reads the directory; nobody else
    expect((await items('bc.phuong')).length).toBeGreaterThan(0);
    expect((await t.anonymous().request('GET', '/api/v1/service-providers')).statusCode).toBe(401);
  });

  it('seals a private host’s address and opens it only for the area’s case staff', async () => {
    const host = await created('gs.tinh', hostBody());
    expect(host).toMatchObject({ privateHost: true, address: null, privateAddress: HOST_ADDRESS });
    const row = await t.handle.db
      .selectFrom('service_provider')
      .select(['private_address_enc', 'address'])
      .where('id', '=', host.id)
      .executeTakeFirstOrThrow();
    expect(row.address).toBeNull();
    expect(row.private_address_enc?.startsWith('bd1.')).toBe(true);
    expect(row.private_address_enc).not.toContain('Chùa Chuông');

    const seen = async (who: string) => {
      const listed = (await items(who, `?unitId=${commune}`)).find((p) => p.id === host.id);
      const one = await as[who]!.request('GET', `/api/v1/service-providers/${host.id}`);
      const single = one.json<{ serviceProvider: TServiceProvider }>().serviceProvider;
      expect(single.privateAddress).toBe(listed?.privateAddress);
      return listed;
    };
    for (const who of ['cb.tinh', 'cb.phuong', 'gs.tinh', 'gs.phuong'])
      expect(await seen(who), who).toMatchObject({
        privateAddress: HOST_ADDRESS,
        privateAddressHidden: false,
      });
    for (const who of ['cb.hanoi', 'gs.hanoi', 'kh.tinh', 'qt.tinh', 'bc.phuong', 'admin']) {
      const p = await seen(who);
      expect(p, who).toMatchObject({ name: 'Địa chỉ tin cậy khu phố 3', privateAddress: null });
      expect(p?.privateAddressHidden, who).toBe(true);
      expect(JSON.stringify(p)).not.toContain('Chùa Chuông');
    }
    // a province-wide host sits at the province: a ward's case worker does not cover it
    const wide = await created('gs.tinh', { ...hostBody(), unitId: province, coversProvince: true });
    expect((await items('cb.phuong', `?unitId=${commune}`)).find((p) => p.id === wide.id)).toMatchObject({
      privateAddress: null,
      privateAddressHidden: true,
    });
    expect((await items('cb.tinh')).find((p) => p.id === wide.id)?.privateAddress).toBe(HOST_ADDRESS);
  });

  it('changes and deactivates, audited without the address', async () => {
    const host = await created('gs.phuong', { ...hostBody(), name: 'Nhà tạm lánh tổ 7' });
    const patch = (who: string, body: Record<string, unknown>) =>
      as[who]!.request('PATCH', `/api/v1/service-providers/${host.id}`, body);
    expect((await patch('cb.tinh', { capacity: 3 })).statusCode).toBe(403);
    expect((await patch('kh.tinh', { capacity: 3 })).statusCode).toBe(403);
    const moved = 'Số 4 ngõ 9 phố Bãi Sậy';
    const res = await patch('gs.tinh', { privateAddress: moved, capacity: 3 });
    expect(res.json<{ serviceProvider: TServiceProvider }>().serviceProvider).toMatchObject({
      privateAddress: moved,
      capacity: 3,
    });
    expect((await items('cb.phuong')).find((p) => p.id === host.id)?.privateAddress).toBe(moved);
    expect((await patch('qt.phuong', { isActive: false })).statusCode).toBe(200);
    expect((await items('cb.phuong')).some((p) => p.id === host.id)).toBe(false);
    expect((await items('cb.phuong', '?inactive=true')).find((p) => p.id === host.id)?.isActive).toBe(false);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_type', '=', 'service_provider')
      .where('entity_id', '=', String(host.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'service_provider.create',
      'service_provider.update',
      'service_provider.deactivate',
    ]);
    const text = JSON.stringify(audit);
    expect(text).not.toContain('Chùa Chuông');
    expect(text).not.toContain('Bãi Sậy');
  });

  it('filters by unit (a ward gets its own and the province-wide ones), kind, service and name', async () => {
    const mk = (name: string, kind: string, services: string[], unitId: number, coversProvince = false) =>
      created('admin', { name, kind, services, unitId, coversProvince, address: 'Công khai' });
    const police = await mk('Công an phường Phố Hiến', 'police', ['police'], commune);
    const legal = await mk('Trung tâm trợ giúp pháp lý tỉnh', 'legal_aid', ['legal_aid'], province, true);
    const clinic = await mk('Bệnh viện Đa khoa Tân Hưng', 'health', ['health'], otherCommune);
    const desk = await mk('Văn phòng UBND tỉnh', 'other', ['other'], province);

    const ward = (await items('kh.tinh', `?unitId=${commune}`)).map((p) => p.id);
    expect(ward).toEqual(expect.arrayContaining([police.id, legal.id]));
    expect(ward).not.toContain(clinic.id);
    expect(ward).not.toContain(desk.id);
    const whole = (await items('kh.tinh', `?unitId=${province}`)).map((p) => p.id);
    expect(whole).toEqual(expect.arrayContaining([police.id, legal.id, clinic.id, desk.id]));
    expect((await items('cb.hanoi', `?unitId=${province}&kind=legal_aid`)).map((p) => p.id)).toEqual([
      legal.id,
    ]);
    const health = await items('kh.tinh', '?service=health');
    expect(health.every((p) => p.services.includes('health'))).toBe(true);
    expect(health.map((p) => p.id)).toContain(clinic.id);
    expect((await items('kh.tinh', '?q=T%C3%A2n%20H%C6%B0ng')).map((p) => p.id)).toEqual([clinic.id]);
    expect((await items('kh.tinh', '?q=tan+hung&service=health')).map((p) => p.id)).toEqual([clinic.id]);
    const bad = await as['kh.tinh']!.request('GET', '/api/v1/service-providers?kind=spa');
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('refuses invalid providers with their codes', async () => {
    const base = { name: 'Nhà tạm lánh', kind: 'shelter', unitId: commune };
    const code = async (body: Record<string, unknown>) => {
      const res = await create('gs.tinh', { ...base, ...body });
      const { error } = res.json<{ error: { code: string; details?: { path: string }[] } }>();
      return [error.code, ...(error.details ?? []).map((d) => d.path)];
    };
    expect(await code({ kind: 'spa' })).toEqual(['VALIDATION_FAILED', 'body.kind']);
    expect(await code({ services: ['shelter', 'massage'] })).toEqual([
      'VALIDATION_FAILED',
      'body.services.1',
    ]);
    expect(await code({ capacity: -1 })).toEqual(['VALIDATION_FAILED', 'body.capacity']);
    expect(await code({ phone: 'gọi bà Mai' })).toEqual(['VALIDATION_FAILED', 'body.phone']);
    expect(await code({ privateHost: true, address: 'Số 1 Bãi Sậy' })).toEqual([
      'SERVICE_PROVIDER_INVALID',
      'address',
    ]);
    expect(await code({ privateAddress: 'Số 1 Bãi Sậy' })).toEqual([
      'SERVICE_PROVIDER_INVALID',
      'privateAddress',
    ]);
    expect(await code({ unitId: await t.unitId('2024', '33') })).toEqual(['UNIT_NOT_CURRENT']);
    expect(await code({ unitId: 99_999_999 })).toEqual(['UNIT_NOT_FOUND']);
    expect((await create('gs.tinh', { ...base, phone: '+84 221.386-3123' })).statusCode).toBe(201);
    // a public provider made private must drop its public address
    const pub = await created('gs.tinh', { ...base, address: 'Số 2 Bãi Sậy' });
    const url = `/api/v1/service-providers/${pub.id}`;
    const res = await as['gs.tinh']!.request('PATCH', url, { privateHost: true });
    expect(res.json()).toMatchObject({ error: { code: 'SERVICE_PROVIDER_INVALID' } });
    const ok = await as['gs.tinh']!.request('PATCH', url, { privateHost: true, address: null });
    expect(ok.json()).toMatchObject({ serviceProvider: { privateHost: true, address: null } });
    const missing = await as['gs.tinh']!.request('PATCH', '/api/v1/service-providers/99999999', {});
    expect(missing.json()).toMatchObject({ error: { code: 'SERVICE_PROVIDER_NOT_FOUND' } });
  });
});
