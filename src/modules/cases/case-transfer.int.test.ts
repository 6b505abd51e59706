/**
 * Transfer between communes, domestic-violence acts and protective measures (issue 16): who may,
 * who may not (and that a refusal tells nothing), audit rows on both sides, access moving with the case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { systemActor } from '../../core/auth/roles.ts';
import type { TCaseProtection, TIncomingTransfer } from './case-transfer.schema.ts';
import type { TCase, TCaseStatistics } from './cases.schema.ts';
import { KeyRotationService } from './key-rotation.service.ts';

let t: TestApp;
const c = new Map<string, Client>();
const ids = new Map<string, number>();
let phoHien: number;
let tanHung: number;
let kase: TCase;
let transferId: number;
const as = (who: string) => c.get(who)!;
const code = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;

beforeAll(async () => {
  t = await createTestApp();
  const users: [string, string, string][] = [
    ['a_worker', 'case_worker', '11953'],
    ['a_sup', 'case_supervisor', '11953'],
    ['b_worker', 'case_worker', '11977'],
    ['b_worker2', 'case_worker', '11977'],
    ['b_sup', 'case_supervisor', '11977'],
    ['hanoi_sup', 'case_supervisor', '01'],
    ['viewer', 'viewer', '33'],
  ];
  for (const [name, role, unit] of users) {
    ids.set(name, await t.createUser(name, [{ role: role as never, unitCode: unit }]));
    c.set(name, await t.signIn(name));
  }
  phoHien = await t.unitId('2025', '11953');
  tanHung = await t.unitId('2025', '11977');
});
afterAll(async () => t.close());

describe('domestic-violence acts at intake', () => {
  it('records the acts of Law 13/2022 Art. 3(1) beside the GBVIMS type, and refuses an unknown code', async () => {
    const bad = await as('a_worker').request(
      'POST',
      '/api/v1/cases',
      caseIntake(phoHien, ids.get('a_sup')!, { dvActs: ['slapping'] }),
    );
    expect(bad.statusCode).toBe(400);
    const res = await as('a_worker').request(
      'POST',
      '/api/v1/cases',
      caseIntake(phoHien, ids.get('a_sup')!, { dvActs: ['a_health_life', 'o_economic'] }),
    );
    expect(res.statusCode).toBe(201);
    kase = res.json<{ case: TCase }>().case;
    expect(kase.dvActs).toEqual(['a_health_life', 'o_economic']);
    expect(kase.gbvType).toBe('physical_assault');
  });

  it('refuses acts on a case not marked as domestic violence, at intake and on edit', async () => {
    const res = await as('a_worker').request(
      'POST',
      '/api/v1/cases',
      caseIntake(phoHien, ids.get('a_sup')!, { domesticViolence: false, dvActs: ['o_economic'] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { path: string }[] } }>().error.details[0]!.path).toBe('dvActs');
    const edit = await as('a_worker').request('PATCH', `/api/v1/cases/${kase.id}`, {
      version: kase.version,
      domesticViolence: false,
    });
    expect(edit.statusCode).toBe(400);
  });

  it('counts statistics by act, with the same suppression as by type', async () => {
    // below the province, whole years only
    const q = `/api/v1/cases/statistics?unitId=${phoHien}&from=2026-01-01&to=2026-12-31`;
    const commune = (await as('a_sup').request('GET', q)).json<TCaseStatistics>();
    expect(commune.byDvAct).toEqual([
      { key: 'a_health_life', count: null, suppressed: true },
      { key: 'o_economic', count: null, suppressed: true },
    ]);
    const province = await t.unitId('2025', '33');
    const all = (
      await as('viewer').request(
        'GET',
        `/api/v1/cases/statistics?unitId=${province}&from=2026-11-01&to=2026-11-30`,
      )
    ).json<TCaseStatistics>();
    expect(all.byDvAct.map((r) => r.key).sort()).toEqual(['a_health_life', 'o_economic']);
  });
});

describe('before a transfer', () => {
  it('refuses a PATCH of the unit with a code pointing to the transfer', async () => {
    const res = await as('a_worker').request('PATCH', `/api/v1/cases/${kase.id}`, {
      unitId: tanHung,
      version: kase.version,
    });
    expect(res.statusCode).toBe(409);
    expect(code(res)).toBe('CASE_TRANSFER_REQUIRED');
  });

  it('does not assign a worker of another commune', async () => {
    const res = await as('a_sup').request('POST', `/api/v1/cases/${kase.id}/assignments`, {
      userId: ids.get('b_worker'),
      role: 'case_worker',
    });
    expect(code(res)).toBe('CASE_ASSIGNEE_INVALID');
  });
});

describe('request', () => {
  const url = () => `/api/v1/cases/${kase.id}/transfer`;
  it('is the case supervisor’s: a worker is forbidden, an outsider finds nothing', async () => {
    expect(
      (await as('a_worker').request('POST', url(), { toUnitId: tanHung, consent: true })).statusCode,
    ).toBe(403);
    const out = await as('hanoi_sup').request('POST', url(), { toUnitId: tanHung, consent: true });
    expect(out.statusCode).toBe(404);
    expect(code(out)).toBe('CASE_NOT_FOUND');
    expect(code(await as('b_sup').request('POST', url(), { toUnitId: tanHung, consent: true }))).toBe(
      'CASE_NOT_FOUND',
    );
  });

  it('needs the consent to the transfer and another commune', async () => {
    expect((await as('a_sup').request('POST', url(), { toUnitId: tanHung, consent: false })).statusCode).toBe(
      400,
    );
    const same = await as('a_sup').request('POST', url(), { toUnitId: phoHien, consent: true });
    expect(code(same)).toBe('CASE_TRANSFER_INVALID');
  });

  it('records the request with its consent, audited on both sides; a second request waits', async () => {
    const res = await as('a_sup').request('POST', url(), { toUnitId: tanHung, consent: true });
    expect(res.statusCode).toBe(200);
    const again = await as('a_sup').request('POST', url(), { toUnitId: tanHung, consent: true });
    expect(code(again)).toBe('CASE_TRANSFER_INVALID');
    const extra = (
      await as('a_worker').request('GET', `/api/v1/cases/${kase.id}/protection`)
    ).json<TCaseProtection>();
    expect(extra.pendingTransfer).toBe(true);
    expect(extra.transfers[0]).toMatchObject({ status: 'requested' });
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['unit_id'])
      .where('action', '=', 'case.transfer.request')
      .where('entity_id', '=', String(kase.id))
      .execute();
    expect(audit.map((a) => a.unit_id).sort()).toEqual([phoHien, tanHung].sort());
  });
});

describe('the receiving commune', () => {
  it('shows the transfer only to its supervisors, with nothing identifying', async () => {
    const items = (await as('b_sup').request('GET', '/api/v1/case-transfers')).json<{
      items: TIncomingTransfer[];
    }>().items;
    expect(items).toHaveLength(1);
    transferId = items[0]!.id;
    expect(items[0]!.caseCode).toBe(kase.code);
    expect(items[0]!.workers.map((w) => w.userId)).toContain(ids.get('b_worker'));
    expect(JSON.stringify(items)).not.toContain('Nguyễn Thị Hoa');
    for (const who of ['hanoi_sup', 'a_sup', 'a_worker', 'b_worker', 'viewer'])
      expect(
        (await as(who).request('GET', '/api/v1/case-transfers')).json<{ items: unknown[] }>().items,
      ).toEqual([]);
  });

  it('cannot be accepted by anyone else: not found', async () => {
    const url = `/api/v1/case-transfers/${transferId}/accept`;
    for (const who of ['hanoi_sup', 'a_sup', 'b_worker', 'viewer']) {
      const res = await as(who).request('POST', url, { workerId: ids.get('b_worker') });
      expect(res.statusCode).toBe(404);
      expect(code(res)).toBe('CASE_TRANSFER_NOT_FOUND');
    }
    const wrong = await as('b_sup').request('POST', url, { workerId: ids.get('a_worker') });
    expect(code(wrong)).toBe('CASE_ASSIGNEE_INVALID');
    expect(code(await as('hanoi_sup').request('POST', `/api/v1/case-transfers/${transferId}/decline`))).toBe(
      'CASE_TRANSFER_NOT_FOUND',
    );
  });

  it('accepts and assigns: access moves with the case, the history stays', async () => {
    const res = await as('b_sup').request('POST', `/api/v1/case-transfers/${transferId}/accept`, {
      workerId: ids.get('b_worker'),
    });
    expect(res.statusCode).toBe(200);
    for (const who of ['a_worker', 'a_sup']) {
      const gone = await as(who).request('GET', `/api/v1/cases/${kase.id}`);
      expect(gone.statusCode).toBe(404);
      expect(code(gone)).toBe('CASE_NOT_FOUND');
      expect((await as(who).request('GET', '/api/v1/cases')).json<{ items: unknown[] }>().items).toEqual([]);
    }
    const moved = (await as('b_worker').request('GET', `/api/v1/cases/${kase.id}`)).json<{ case: TCase }>()
      .case;
    expect(moved).toMatchObject({ unitId: tanHung, myRole: 'case_worker', survivorName: 'Nguyễn Thị Hoa' });
    expect(moved.team.map((m) => m.userId).sort()).toEqual([ids.get('b_sup'), ids.get('b_worker')].sort());
    const log = (await as('b_sup').request('GET', `/api/v1/cases/${kase.id}/access-log`)).json<{
      items: { userName: string | null }[];
    }>().items;
    expect(log.length).toBeGreaterThan(1); // the sending team's reads stay on the case
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['unit_id'])
      .where('action', '=', 'case.transfer.accept')
      .where('entity_id', '=', String(kase.id))
      .execute();
    expect(audit.map((a) => a.unit_id).sort()).toEqual([phoHien, tanHung].sort());
    const again = await as('b_sup').request('POST', `/api/v1/case-transfers/${transferId}/accept`, {
      workerId: ids.get('b_worker'),
    });
    expect(code(again)).toBe('CASE_TRANSFER_NOT_FOUND');
  });

  it('assigns another worker of the receiving commune after acceptance', async () => {
    const res = await as('b_sup').request('POST', `/api/v1/cases/${kase.id}/assignments`, {
      userId: ids.get('b_worker2'),
      role: 'case_worker',
    });
    expect(res.statusCode).toBe(200);
  });
});

describe('protective measures', () => {
  const url = () => `/api/v1/cases/${kase.id}/protections`;
  const measure = {
    issuer: 'commune_chair',
    issuedOn: '2026-11-21',
    startsOn: '2026-11-21',
    endsOn: '2026-11-23',
  };
  it('records a prohibition of contact, sealed and audited; a commune chair’s runs at most 3 days, a court’s 4 months', async () => {
    const long = await as('b_worker').request('POST', url(), { ...measure, endsOn: '2026-11-25' });
    expect(code(long)).toBe('CASE_PROTECTION_INVALID');
    // a court's runs at most 4 months (Art. 26): 21/11 to 21/03 is a day over
    const court = { ...measure, issuer: 'court', endsOn: '2027-03-21' };
    expect(code(await as('b_worker').request('POST', url(), court))).toBe('CASE_PROTECTION_INVALID');
    const res = await as('b_worker').request('POST', url(), { ...measure, details: 'QĐ số 12/QĐ-UBND' });
    expect(res.statusCode).toBe(200);
    const p = res.json<TCaseProtection>().protections[0]!;
    expect(p).toMatchObject({ issuer: 'commune_chair', days: 3, details: 'QĐ số 12/QĐ-UBND' });
    const row = await t.handle.db
      .selectFrom('case_protection')
      .select('details_enc')
      .executeTakeFirstOrThrow();
    expect(row.details_enc).toMatch(/^bd1\./);
    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'case.protection.add')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toContain('12/QĐ');
  });

  it('is not told to anyone off the case', async () => {
    for (const who of ['a_worker', 'a_sup', 'hanoi_sup']) {
      expect(code(await as(who).request('POST', url(), measure))).toBe('CASE_NOT_FOUND');
      expect(code(await as(who).request('GET', `/api/v1/cases/${kase.id}/protection`))).toBe(
        'CASE_NOT_FOUND',
      );
    }
  });

  it('is re-sealed by a key rotation and still opens', async () => {
    const r = await new KeyRotationService(t.handle.db, t.config).rotate(systemActor('test'));
    expect(r.byTable.case_protection).toBe(1);
    const row = await t.handle.db
      .selectFrom('case_protection')
      .select('details_enc')
      .executeTakeFirstOrThrow();
    expect(row.details_enc).toMatch(new RegExp(`^bd1\\.${r.keyId}\\.`));
    const back = (
      await as('b_worker').request('GET', `/api/v1/cases/${kase.id}/protection`)
    ).json<TCaseProtection>();
    expect(back.protections[0]!.details).toBe('QĐ số 12/QĐ-UBND');
  });
});
