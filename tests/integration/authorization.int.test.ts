/**
 * Every role against the unit-scoped routes, inside and outside its unit. Actors hold their role
 * at Hưng Yên (province 33) unless named otherwise; "other" is Hà Nội (01).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/auth/roles.ts';
import { createTestApp, type Client, type TestApp } from '../support/test-app.ts';

const OWN_PROVINCE = '33';
const OWN_COMMUNE = '11953'; // Phường Phố Hiến, Hưng Yên
const OTHER_COMMUNE = '00004'; // Phường Ba Đình, Hà Nội

let t: TestApp;
const clients = new Map<string, Client>();
let ownCommuneId: number;
let otherCommuneId: number;
let otherAgencyId: number;
let ownAgencyId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    await t.createUser(`u_${role}`, [{ role, unitCode: role === 'system_admin' ? null : OWN_PROVINCE }]);
    clients.set(role, await t.signIn(`u_${role}`));
  }
  await t.createUser('u_commune_admin', [{ role: 'unit_admin', unitCode: OWN_COMMUNE }]);
  clients.set('commune_admin', await t.signIn('u_commune_admin'));
  ownCommuneId = await t.unitId('2025', OWN_COMMUNE);
  otherCommuneId = await t.unitId('2025', OTHER_COMMUNE);
  const sys = clients.get('system_admin')!;
  const make = async (unitId: number, name: string) =>
    (await sys.request('POST', '/api/v1/agencies', { name, kind: 'womens_union', unitId })).json<{
      agency: { id: number };
    }>().agency.id;
  ownAgencyId = await make(ownCommuneId, 'Hội LHPN phường Phố Hiến');
  otherAgencyId = await make(otherCommuneId, 'Hội LHPN phường Ba Đình');
});
afterAll(async () => t.close());

const as = (who: string) => clients.get(who)!;
const ADMINS: Role[] = ['system_admin', 'unit_admin'];

describe.each(ROLES.map((r) => [r]))('%s', (role) => {
  const isAdmin = ADMINS.includes(role);

  it('reads units', async () => {
    expect((await as(role).request('GET', '/api/v1/units?q=pho%20hien')).statusCode).toBe(200);
  });

  it('lists agencies of its own province only', async () => {
    const res = await as(role).request('GET', '/api/v1/agencies');
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ items: { id: number }[] }>().items.map((a) => a.id);
    expect(ids).toContain(ownAgencyId);
    expect(ids.includes(otherAgencyId)).toBe(role === 'system_admin');
  });

  // planners too: matching a plan's tasks creates the agency it names (agencies.policy.ts)
  it('creates agencies in its unit only if admin or planner', async () => {
    const res = await as(role).request('POST', '/api/v1/agencies', {
      name: `Công an ${role}`,
      kind: 'police',
      unitId: ownCommuneId,
    });
    expect(res.statusCode).toBe(isAdmin || role === 'planner' ? 201 : 403);
  });

  it('creates agencies in another province only if system admin', async () => {
    const res = await as(role).request('POST', '/api/v1/agencies', {
      name: `UBND ${role}`,
      kind: 'people_committee',
      unitId: otherCommuneId,
    });
    expect(res.statusCode).toBe(role === 'system_admin' ? 201 : 403);
    if (role !== 'system_admin') expect(res.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('changes an agency of another province only if system admin (for others it does not exist)', async () => {
    const res = await as(role).request('PATCH', `/api/v1/agencies/${otherAgencyId}`, {
      name: 'Hội LHPN phường Ba Đình (sửa)',
    });
    expect(res.statusCode).toBe(role === 'system_admin' ? 200 : 404);
    if (role !== 'system_admin') expect(res.json()).toMatchObject({ error: { code: 'AGENCY_NOT_FOUND' } });
  });

  it('lists users only if admin', async () => {
    expect((await as(role).request('GET', '/api/v1/users')).statusCode).toBe(isAdmin ? 200 : 403);
  });

  it('creates users in its unit only if admin, elsewhere only if system admin', async () => {
    const body = (unitId: number, suffix: string) => ({
      username: `new_${role}_${suffix}`,
      fullName: 'Nguyễn Thị Hoa',
      password: 'mat-khau-moi-2025',
      roles: [{ role: 'reporter', unitId }],
    });
    expect((await as(role).request('POST', '/api/v1/users', body(ownCommuneId, 'own'))).statusCode).toBe(
      isAdmin ? 201 : 403,
    );
    expect((await as(role).request('POST', '/api/v1/users', body(otherCommuneId, 'other'))).statusCode).toBe(
      role === 'system_admin' ? 201 : 403,
    );
  });

  it('grants system_admin only if system admin', async () => {
    const res = await as(role).request('POST', '/api/v1/users', {
      username: `root_${role}`,
      fullName: 'Trần Văn Nam',
      password: 'mat-khau-moi-2025',
      roles: [{ role: 'system_admin', unitId: null }],
    });
    expect(res.statusCode).toBe(role === 'system_admin' ? 201 : 403);
  });

  it('reads the audit log only if admin', async () => {
    expect((await as(role).request('GET', '/api/v1/audit-log')).statusCode).toBe(isAdmin ? 200 : 403);
  });
});

describe('a commune-level unit admin', () => {
  it('cannot act on the province above it or a sibling commune', async () => {
    const admin = as('commune_admin');
    const provinceId = await t.unitId('2025', OWN_PROVINCE);
    const sibling = await t.unitId('2025', '11977');
    for (const unitId of [provinceId, sibling]) {
      const res = await admin.request('POST', '/api/v1/agencies', {
        name: 'Sở Y tế',
        kind: 'department',
        unitId,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (
        await admin.request('POST', '/api/v1/agencies', {
          name: 'Ban vì sự tiến bộ phụ nữ',
          kind: 'cfaw',
          unitId: ownCommuneId,
        })
      ).statusCode,
    ).toBe(201);
  });

  it('cannot change a province-level user (outside its subtree the user does not exist)', async () => {
    const planner = await t.handle.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'u_planner')
      .executeTakeFirstOrThrow();
    const res = await as('commune_admin').request('PATCH', `/api/v1/users/${planner.id}`, {
      isActive: false,
    });
    expect(res.json()).toMatchObject({ error: { code: 'USER_NOT_FOUND' } });
  });

  it('cannot create a user it could not manage afterwards (no role, no agency)', async () => {
    const res = await as('commune_admin').request('POST', '/api/v1/users', {
      username: 'mo.coi',
      fullName: 'Người không thuộc đâu',
      password: 'mat-khau-du-dai-2025',
      roles: [],
    });
    expect(res.statusCode).toBe(403);
    const row = await t.handle.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'mo.coi')
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('sees only audit entries of its own unit', async () => {
    const items = (await as('commune_admin').request('GET', '/api/v1/audit-log')).json<{
      items: { entityType: string; details: { name?: string } }[];
    }>();
    expect(items.items.length).toBeGreaterThan(0);
    expect(items.items.some((i) => i.details.name === 'Hội LHPN phường Ba Đình')).toBe(false);
  });
});
