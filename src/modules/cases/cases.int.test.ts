import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { openFile } from '../../core/crypto/passphrase-file.ts';
import type { TCase } from './cases.schema.ts';
import { caseIntake } from '../../../tests/support/case-intake.ts';

let t: TestApp;
const c = new Map<string, Client>();
let commune: number;
let province: number;
let supervisorId: number;
let shelterId: number;
let kase: TCase;

const NAME = 'Nguyễn Thị Hoa';
const PHONE = '0912 345 678';
const PLACE = 'số 12 ngõ 5 đường Điện Biên';
const STORY = 'Bị chồng đánh nhiều lần trong tháng';
const as = (who: string) => c.get(who)!;
const caseOf = (res: { json<T>(): T }) => res.json<{ case: TCase }>().case;

beforeAll(async () => {
  t = await createTestApp();
  const users: [string, string, string | null][] = [
    ['worker', 'case_worker', '11953'],
    ['supervisor', 'case_supervisor', '33'],
    ['supervisor2', 'case_supervisor', '33'],
    ['other_worker', 'case_worker', '33'],
    ['province_admin', 'unit_admin', '33'],
    ['viewer', 'viewer', '33'],
    ['hanoi_worker', 'case_worker', '01'],
    ['root', 'system_admin', null],
  ];
  for (const [name, role, unit] of users) {
    const id = await t.createUser(name, [{ role: role as never, unitCode: unit }]);
    if (name === 'supervisor') supervisorId = id;
    c.set(name, await t.signIn(name));
  }
  commune = await t.unitId('2025', '11953');
  province = await t.unitId('2025', '33');
  const p = await t.handle.db
    .insertInto('service_provider')
    .values({
      uid: crypto.randomUUID(),
      name: 'Địa chỉ tin cậy phường Phố Hiến',
      kind: 'trusted_address',
      services: ['shelter', 'legal_aid', 'psychosocial'],
      unit_id: province,
      province_id: province,
      covers_province: true,
      private_host: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  shelterId = p.id;
});
afterAll(async () => t.close());

describe('intake', () => {
  it('offers the supervisors of the unit and records the case with its consents and rapid report', async () => {
    const sup = await as('worker').request('GET', `/api/v1/cases/supervisors?unitId=${commune}`);
    expect(sup.json<{ items: { userId: number }[] }>().items.map((s) => s.userId)).toContain(supervisorId);
    const res = await as('worker').request(
      'POST',
      '/api/v1/cases',
      caseIntake(commune, supervisorId, {
        needs: ['shelter', 'legal_aid'],
        survivorName: NAME,
        survivorContact: PHONE,
        survivorBirthDate: '1990-05-04',
        incidentPlace: PLACE,
        perpetrator: 'Trần Văn B',
        description: STORY,
      }),
    );
    expect(res.statusCode).toBe(201);
    kase = caseOf(res);
    expect(kase.code).toMatch(/^VV-33-\d{4}-00001$/);
    expect(kase.pseudonym).toMatch(/^NBL-[A-Z2-9]{4}$/);
    expect(kase).toMatchObject({
      survivorName: NAME,
      incidentPlace: PLACE,
      myRole: 'case_worker',
      status: 'open',
    });
    expect(kase.team.map((m) => m.role).sort()).toEqual(['case_supervisor', 'case_worker']);
    expect(kase.rapidReportSentAt).not.toBeNull();
  });

  it('refuses an incident place that is not a current commune, on intake and on edit', async () => {
    const res = await as('worker').request('PATCH', `/api/v1/cases/${kase.id}`, {
      version: kase.version,
      incidentUnitId: province,
    });
    expect(res.json()).toMatchObject({ error: { code: 'CASE_UNIT_INVALID' } });
  });

  it('refuses intake by anyone but a case worker of the unit, and a supervisor from elsewhere', async () => {
    const body = {
      unitId: commune,
      channel: 'hotline',
      detectedOn: '2026-11-21',
      gbvType: 'rape',
      riskLevel: 'critical',
      survivorSex: 'female',
      survivorAgeGroup: 'age:0-15',
      supervisorId,
    };
    for (const who of ['province_admin', 'root', 'hanoi_worker', 'supervisor'])
      expect((await as(who).request('POST', '/api/v1/cases', body)).statusCode, who).toBe(403);
    const bad = await as('worker').request('POST', '/api/v1/cases', { ...body, supervisorId: 999999 });
    expect(bad.json()).toMatchObject({ error: { code: 'CASE_ASSIGNEE_INVALID' } });
  });

  it('keeps only ciphertext in the database: no table holds the name, phone, place or story', async () => {
    const tables = await t.handle.db
      .selectFrom('information_schema.tables' as never)
      .select('table_name' as never)
      .where('table_schema' as never, '=', 'public' as never)
      .execute();
    const names = (tables as { table_name: string }[]).map((r) => r.table_name);
    expect(names).toContain('gbv_case');
    for (const table of names) {
      const { rows } = await sql<{ t: string }>`select t::text as t from ${sql.table(table)} t`.execute(
        t.handle.db,
      );
      if (table === 'admin_unit') expect(rows.some((r) => r.t.includes('Phố Hiến'))).toBe(true); // the scan reads rows
      for (const r of rows)
        for (const secret of [NAME, PHONE, PLACE, STORY, 'Trần Văn B', '1990-05-04'])
          expect(r.t, table).not.toContain(secret);
    }
    const row = await t.handle.db
      .selectFrom('gbv_case')
      .select(['survivor_name_enc', 'description_enc'])
      .executeTakeFirstOrThrow();
    expect(row.survivor_name_enc).toMatch(/^bd1\.k1\./);
  });
});

describe('who sees a case', () => {
  it('is the assigned team only: not another case worker, an administrator or a system administrator', async () => {
    expect(caseOf(await as('supervisor').request('GET', `/api/v1/cases/${kase.id}`)).survivorName).toBe(NAME);
    for (const who of ['other_worker', 'supervisor2', 'province_admin', 'viewer', 'root', 'hanoi_worker']) {
      const res = await as(who).request('GET', `/api/v1/cases/${kase.id}`);
      expect(res.statusCode, who).toBe(404);
      expect(res.body).not.toContain(NAME);
    }
    expect(
      (await as('root').request('GET', '/api/v1/cases')).json<{ items: unknown[] }>().items,
    ).toHaveLength(0);
  });

  it('shows on the case who read it', async () => {
    const log = await as('worker').request('GET', `/api/v1/cases/${kase.id}/access-log`);
    const readers = log.json<{ items: { userName: string; action: string }[] }>().items;
    expect(readers.some((r) => r.userName === 'Người dùng supervisor' && r.action === 'view')).toBe(true);
    expect(readers.some((r) => r.userName === 'Người dùng worker')).toBe(true);
  });
});

describe('rapid report', () => {
  it('reaches the province anonymised; its leaders read it, the supervisor acknowledges it', async () => {
    const inbox = await as('viewer').request('GET', '/api/v1/rapid-reports');
    expect(inbox.statusCode).toBe(200);
    expect(inbox.body).not.toContain(NAME);
    expect(inbox.body).not.toContain(PLACE);
    expect(inbox.body).not.toContain('1990');
    expect(inbox.body).not.toContain('2026-11-18');
    const [r] = inbox.json<{ items: { id: number; case: Record<string, unknown> }[] }>().items;
    expect(r?.case).toMatchObject({
      code: kase.code,
      gbvType: 'physical_assault',
      incidentMonth: '2026-11',
      communeName: 'Phường Phố Hiến',
    });
    expect(
      (await as('hanoi_worker').request('GET', '/api/v1/rapid-reports')).json<{ items: unknown[] }>().items,
    ).toHaveLength(0);
    expect(
      (await as('viewer').request('POST', `/api/v1/rapid-reports/${r!.id}/acknowledge`)).statusCode,
    ).toBe(403);
    expect(
      (await as('supervisor').request('POST', `/api/v1/rapid-reports/${r!.id}/acknowledge`)).statusCode,
    ).toBe(200);
  });
});

describe('referrals, follow-up, statistics', () => {
  it('refers only with consent for that service', async () => {
    const ok = await as('worker').request('POST', `/api/v1/cases/${kase.id}/referrals`, {
      providerId: shelterId,
      service: 'shelter',
      dueOn: '2026-11-22',
      note: 'Cần chỗ ở ngay',
    });
    expect(caseOf(ok).referrals).toMatchObject([
      { service: 'shelter', status: 'sent', note: 'Cần chỗ ở ngay' },
    ]);
    const legal = await as('worker').request('POST', `/api/v1/cases/${kase.id}/referrals`, {
      providerId: shelterId,
      service: 'legal_aid',
    });
    expect(legal.json()).toMatchObject({ error: { code: 'CONSENT_REQUIRED' } });
    const health = await as('worker').request('POST', `/api/v1/cases/${kase.id}/referrals`, {
      providerId: shelterId,
      service: 'health',
    });
    expect(health.json()).toMatchObject({ error: { code: 'CONSENT_REQUIRED' } });
  });

  it('moves a referral sent → accepted → completed, and no further', async () => {
    const id = kase.referrals.length
      ? kase.referrals[0]!.id
      : caseOf(await as('worker').request('GET', `/api/v1/cases/${kase.id}`)).referrals[0]!.id;
    const accepted = await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/referrals/${id}`, {
      status: 'accepted',
    });
    expect(caseOf(accepted).referrals[0]?.status).toBe('accepted');
    await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/referrals/${id}`, { status: 'completed' });
    const back = await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/referrals/${id}`, {
      status: 'accepted',
    });
    expect(back.json()).toMatchObject({ error: { code: 'REFERRAL_STATUS_CONFLICT' } });
  });

  it('records follow-ups and plan actions, sealed', async () => {
    await as('worker').request('POST', `/api/v1/cases/${kase.id}/notes`, {
      kind: 'follow_up',
      onDate: '2026-11-23',
      method: 'visit',
      text: 'Đã thăm, an toàn',
    });
    const plan = await as('supervisor').request('POST', `/api/v1/cases/${kase.id}/notes`, {
      kind: 'plan_action',
      onDate: '2026-12-01',
      text: 'Hỗ trợ pháp lý',
    });
    const notes = caseOf(plan).notes;
    expect(notes.map((n) => n.text)).toEqual(['Đã thăm, an toàn', 'Hỗ trợ pháp lý']);
    const done = await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/notes/${notes[1]!.id}`, {
      done: true,
    });
    expect(caseOf(done).notes[1]?.done).toBe(true);
    const raw = await t.handle.db.selectFrom('case_note').select('text_enc').execute();
    expect(raw.every((r) => r.text_enc.startsWith('bd1.'))).toBe(true);
  });

  it('counts consented cases; suppresses small counts below the province; drops a withdrawn consent', async () => {
    const q = (unitId: number) => `/api/v1/cases/statistics?unitId=${unitId}&from=2026-01-01&to=2026-12-31`;
    const prov = (await as('viewer').request('GET', q(province))).json<{
      total: number | null;
      reachedService: number | null;
      reachedServicePercent: number | null;
    }>();
    // one case in one commune: the commune's 1 is hidden, and so the province total beside it
    expect(prov).toMatchObject({ total: null, reachedService: null, reachedServicePercent: null });
    const com = (await as('viewer').request('GET', q(commune))).json<{
      total: number | null;
      suppressed: boolean;
    }>();
    expect(com).toMatchObject({ total: null, suppressed: true });
    expect((await as('hanoi_worker').request('GET', q(province))).statusCode).toBe(403);
    const oneDay = await as('viewer').request(
      'GET',
      `/api/v1/cases/statistics?unitId=${province}&from=2026-11-20&to=2026-11-20`,
    );
    expect(oneDay.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    await as('worker').request('POST', `/api/v1/cases/${kase.id}/consents`, {
      purpose: 'statistics',
      granted: false,
    });
    expect((await as('viewer').request('GET', q(province))).json<{ total: number }>().total).toBe(0);
  });
});

describe('break-glass, export, closing', () => {
  it('lets a supervisor of the area in for an hour, read-only, logged and alerted', async () => {
    const res = await as('supervisor2').request('POST', `/api/v1/cases/${kase.id}/break-glass`, {
      reason: 'Nguy cơ cao, giám sát viên phụ trách vắng mặt',
    });
    expect(caseOf(res).abilities).toEqual({ edit: false, assign: false, export: false });
    expect(
      (
        await as('supervisor2').request('POST', `/api/v1/cases/${kase.id}/notes`, {
          kind: 'follow_up',
          onDate: '2026-11-24',
          text: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await as('other_worker').request('POST', `/api/v1/cases/${kase.id}/break-glass`, {
          reason: 'Tôi muốn xem vụ việc này',
        })
      ).statusCode,
    ).toBe(404);
    const alerts = (await as('root').request('GET', '/api/v1/case-alerts')).json<{
      items: { caseCode: string }[];
    }>().items;
    expect(alerts.map((a) => a.caseCode)).toEqual([kase.code]);
    expect(
      (await as('supervisor').request('GET', '/api/v1/case-alerts')).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
    const log = (await as('supervisor').request('GET', `/api/v1/cases/${kase.id}/access-log`)).json<{
      items: { action: string }[];
    }>();
    expect(log.items.map((i) => i.action)).toContain('break_glass');
  });

  it('exports for a court only by the supervisor, sealed with a passphrase', async () => {
    const body = { reason: 'Tòa án nhân dân tỉnh yêu cầu hồ sơ', passphrase: 'mot-cum-tu-rat-dai-2026' };
    expect((await as('worker').request('POST', `/api/v1/cases/${kase.id}/export`, body)).statusCode).toBe(
      403,
    );
    const res = await as('supervisor').request('POST', `/api/v1/cases/${kase.id}/export`, body);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.toString('latin1')).not.toContain('Hoa');
    const back = JSON.parse(openFile(body.passphrase, res.rawPayload).toString('utf8')) as { case: TCase };
    expect(back.case.survivorName).toBe(NAME);
    expect(() => openFile('sai-mat-khau-roi-nhe', res.rawPayload)).toThrow(/wrong passphrase/);
  });

  it('closes with a reason (its supervisor), refuses work on a closed case, reopens', async () => {
    const refused = await as('worker').request('POST', `/api/v1/cases/${kase.id}/close`, {
      reason: 'goals_met',
    });
    expect(refused.json()).toMatchObject({ error: { code: 'FORBIDDEN' } }); // a worker asks (case-path)
    const closed = await as('supervisor').request('POST', `/api/v1/cases/${kase.id}/close`, {
      reason: 'goals_met',
    });
    expect(caseOf(closed)).toMatchObject({ status: 'closed', closeReason: 'goals_met' });
    const note = await as('worker').request('POST', `/api/v1/cases/${kase.id}/notes`, {
      kind: 'follow_up',
      onDate: '2026-11-25',
      text: 'x',
    });
    expect(note.json()).toMatchObject({ error: { code: 'CASE_STATUS_CONFLICT' } });
    const reopened = await as('supervisor').request('POST', `/api/v1/cases/${kase.id}/reopen`, {
      reason: 'Bạo lực tái diễn',
    });
    expect(caseOf(reopened).status).toBe('open');
  });
});
