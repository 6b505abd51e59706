import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { systemActor } from '../../core/auth/roles.ts';
import { readKeyRing } from '../../core/crypto/key-file.ts';
import type { TServiceProvider } from '../service-providers/service-providers.schema.ts';
import { caseKeyPath } from './case-keys.ts';
import type { TCase } from './cases.schema.ts';
import { KeyRotationService } from './key-rotation.service.ts';

let t: TestApp;
let worker: Client;
let supervisor: Client;
let kase: TCase;
let host: TServiceProvider;

const NAME = 'Nguyễn Thị Hoa';
const HOST_ADDRESS = 'Nhà bà Lê Thị Mai, số 12 ngõ 5 đường Chùa Chuông';
const caseOf = (res: { json<T>(): T }) => res.json<{ case: TCase }>().case;
/** Every sealed value in the database. */
const sealedValues = async () =>
  (
    await sql<{ v: string }>`
      select v from gbv_case, unnest(array[survivor_name_enc, survivor_contact_enc, survivor_birth_enc,
        incident_place_enc, perpetrator_enc, description_enc]) v where v is not null
      union all select note_enc from referral where note_enc is not null
      union all select text_enc from case_note
      union all select private_address_enc from service_provider where private_address_enc is not null`.execute(
      t.handle.db,
    )
  ).rows.map((r) => r.v);

beforeAll(async () => {
  t = await createTestApp();
  const supervisorId = await t.createUser('gs', [{ role: 'case_supervisor', unitCode: '33' }]);
  await t.createUser('cb', [{ role: 'case_worker', unitCode: '11953' }]);
  worker = await t.signIn('cb');
  supervisor = await t.signIn('gs');
  const commune = await t.unitId('2025', '11953');
  const created = await supervisor.request('POST', '/api/v1/service-providers', {
    name: 'Địa chỉ tin cậy khu phố 3',
    kind: 'trusted_address',
    services: ['shelter'],
    unitId: commune,
    privateHost: true,
    privateAddress: HOST_ADDRESS,
  });
  host = created.json<{ serviceProvider: TServiceProvider }>().serviceProvider;
  const res = await worker.request('POST', '/api/v1/cases', {
    unitId: commune,
    channel: 'hotline',
    detectedOn: '2026-11-20',
    gbvType: 'physical_assault',
    riskLevel: 'high',
    survivorSex: 'female',
    survivorAgeGroup: 'age:16-59',
    survivorName: NAME,
    survivorContact: '0912 345 678',
    survivorBirthDate: '1990-05-04',
    incidentPlace: 'số 12 ngõ 5 đường Điện Biên',
    perpetrator: 'Trần Văn B',
    description: 'Bị chồng đánh nhiều lần trong tháng',
    supervisorId,
    consents: [{ purpose: 'referral:shelter', granted: true }],
  });
  expect(res.statusCode, res.body).toBe(201);
  kase = caseOf(res);
  const referral = { providerId: host.id, service: 'shelter', note: 'Cần chỗ ở ngay' };
  expect((await worker.request('POST', `/api/v1/cases/${kase.id}/referrals`, referral)).statusCode).toBe(200);
  const note = { kind: 'follow_up', onDate: '2026-11-23', text: 'Đã thăm, an toàn' };
  expect((await worker.request('POST', `/api/v1/cases/${kase.id}/notes`, note)).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('case key rotation', () => {
  it('re-seals every sealed value with the new key, in the file beside the old one', async () => {
    const before = await sealedValues();
    expect(before).toHaveLength(9);
    expect(before.every((v) => v.startsWith('bd1.k1.'))).toBe(true);

    const r = await new KeyRotationService(t.handle.db, t.config).rotate(systemActor('test'));
    expect(r).toMatchObject({
      keyId: 'k2',
      keyIds: ['k1', 'k2'],
      resealed: 9,
      byTable: { gbv_case: 6, referral: 1, case_note: 1, service_provider: 1 },
    });
    const after = await sealedValues();
    expect(after).toHaveLength(9);
    expect(after.every((v) => v.startsWith('bd1.k2.'))).toBe(true);
    const ring = readKeyRing(caseKeyPath(t.config));
    expect(ring.current).toBe('k2');
    expect([...ring.keys.keys()]).toEqual(['k1', 'k2']);
  });

  it('leaves the case, its referral and note and the private address readable as before', async () => {
    const back = caseOf(await worker.request('GET', `/api/v1/cases/${kase.id}`));
    expect(back).toMatchObject({
      survivorName: NAME,
      survivorContact: '0912 345 678',
      survivorBirthDate: '1990-05-04',
      incidentPlace: 'số 12 ngõ 5 đường Điện Biên',
      perpetrator: 'Trần Văn B',
      description: 'Bị chồng đánh nhiều lần trong tháng',
    });
    expect(back.referrals.map((x) => x.note)).toEqual(['Cần chỗ ở ngay']);
    expect(back.notes.map((x) => x.text)).toEqual(['Đã thăm, an toàn']);
    const provider = await worker.request('GET', `/api/v1/service-providers/${host.id}`);
    expect(provider.json<{ serviceProvider: TServiceProvider }>().serviceProvider.privateAddress).toBe(
      HOST_ADDRESS,
    );
  });

  it('seals new values with the new key and audits the rotation with counts only', async () => {
    const note = { kind: 'follow_up', onDate: '2026-11-24', text: 'Gọi điện, ổn định' };
    expect((await worker.request('POST', `/api/v1/cases/${kase.id}/notes`, note)).statusCode).toBe(200);
    expect((await sealedValues()).every((v) => v.startsWith('bd1.k2.'))).toBe(true);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['entity_type', 'entity_id', 'details'])
      .where('action', '=', 'case.keys.rotate')
      .execute();
    expect(audit).toEqual([
      {
        entity_type: 'case_keys',
        entity_id: null,
        details: {
          resealed: 9,
          gbv_case: 6,
          referral: 1,
          case_note: 1,
          service_provider: 1,
          case_protection: 0,
          case_closure: 0,
          case_follow_up: 0,
          actor: 'test',
        },
      },
    ]);
  });

  it('is for the system only', async () => {
    const actor = { ...systemActor('gs'), roles: [] };
    await expect(new KeyRotationService(t.handle.db, t.config).rotate(actor)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
