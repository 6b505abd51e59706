/**
 * Fills a test app's database through the real API (and a few direct inserts for what no route
 * writes in a short test), so that a backup round trip has a row in every table to carry.
 */
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Client, TestApp } from './test-app.ts';
import { caseIntake } from './case-intake.ts';

export const SURVIVOR = 'Nguyễn Thị Hoa';
export const HOST_ADDRESS = 'số 7 ngách 3 ngõ 45 phố An Vũ';

export interface Seeded {
  caseId: number;
  providerId: number;
}

/** The response's JSON, after checking its status (the body is shown when it is not the expected one). */
const ok = async <T = unknown>(p: Promise<{ statusCode: number; body: string }>, code = 200): Promise<T> => {
  const res = await p;
  expect(res.statusCode, res.body).toBe(code);
  return JSON.parse(res.body) as T;
};

export async function seedEverything(t: TestApp): Promise<Seeded> {
  const users: [string, string, string | null][] = [
    ['root', 'system_admin', null],
    ['planner', 'planner', '33'],
    ['reporter', 'reporter', '11953'],
    ['worker', 'case_worker', '11953'],
    ['supervisor', 'case_supervisor', '33'],
    ['supervisor2', 'case_supervisor', '33'],
  ];
  const ids: Record<string, number> = {};
  const as: Record<string, Client> = {};
  for (const [name, role, unit] of users) {
    ids[name] = await t.createUser(name, [{ role: role as never, unitCode: unit }]);
    as[name] = await t.signIn(name);
  }
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'reporter', password: 'sai-mat-khau-roi-nhe' },
  });
  const province = await t.unitId('2025', '33');
  const commune = await t.unitId('2025', '11953');
  const root = as.root!;
  const planner = as.planner!;
  const reporter = as.reporter!;
  const worker = as.worker!;

  await ok(
    root.request('POST', '/api/v1/agencies', {
      name: 'Hội LHPN tỉnh',
      kind: 'womens_union',
      unitId: province,
    }),
    201,
  );
  for (const c of [planner, reporter, worker])
    await ok(c.request('PUT', '/api/v1/me/notification-settings', { email: 'a@example.vn', digest: true }));

  // plans, tasks, progress with evidence
  const plan = await ok<{ plan: { id: number } }>(
    planner.request('POST', '/api/v1/plans', { unitId: province, title: 'Kế hoạch bình đẳng giới 2026' }),
    201,
  );
  const planId = plan.plan.id;
  const tasks = await ok<{ items: { id: number }[] }>(
    planner.request('POST', `/api/v1/plans/${planId}/tasks`, {
      tasks: [{ title: 'Tập huấn', leadAgencyName: 'Hội LHPN tỉnh', dueDate: '2026-12-01' }],
    }),
    201,
  );
  const taskId = tasks.items[0]!.id;
  const pdf = Buffer.from('%PDF-1.4\n% bao cao\n\u0000\u00ff').toString('base64');
  await ok(
    planner.request('POST', `/api/v1/tasks/${taskId}/updates`, {
      progress: 50,
      status: 'in_progress',
      note: 'Đã tổ chức',
      evidence: [{ fileName: 'bao-cao.pdf', contentBase64: pdf }],
    }),
  );

  // obligations, reports with values
  const forms = (
    await ok<{ items: { id: number; code: string }[] }>(planner.request('GET', '/api/v1/report-forms'))
  ).items;
  const formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  await ok(
    planner.request('POST', '/api/v1/obligations', {
      formId,
      unitId: province,
      title: 'Báo cáo 6 tháng',
      frequency: 'semiannual',
      dueDays: ['06-15', '12-10'],
      startsOn: '2026-01-01',
    }),
    201,
  );
  const report = (
    await ok<{ report: { id: number; version: number } }>(
      reporter.request('POST', '/api/v1/reports', { formId, unitId: commune, periodStart: '2026-01-01' }),
      201,
    )
  ).report;
  await ok(
    reporter.request('PUT', `/api/v1/reports/${report.id}`, {
      version: report.version,
      values: [{ elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 12 }],
    }),
  );
  await ok(reporter.request('POST', `/api/v1/reports/${report.id}/actions`, { action: 'submit' }));

  // indicators: an edit and a target
  const indicators = (
    await ok<{ items: { id: number }[] }>(root.request('GET', '/api/v1/indicators?programme=NSGE'))
  ).items;
  await ok(
    root.request('PATCH', `/api/v1/indicators/${indicators[0]!.id}`, { note: 'Ghi chú sau khôi phục' }),
  );

  // activities with an attachment, a campaign
  const activity = (
    await ok<{ activity: { id: number } }>(
      reporter.request('POST', '/api/v1/activities', {
        unitId: commune,
        kind: 'training',
        title: 'Tập huấn bình đẳng giới',
        startedOn: '2026-03-10',
        participantsFemale: 30,
        participantsMale: 12,
      }),
      201,
    )
  ).activity;
  await ok(
    reporter.request('POST', `/api/v1/activities/${activity.id}/attachments`, {
      fileName: 'danh-sach.pdf',
      contentBase64: pdf,
    }),
  );
  await ok(
    planner.request('POST', '/api/v1/campaigns', {
      unitId: province,
      name: 'Tháng hành động 2026',
      startsOn: '2026-11-15',
      endsOn: '2026-12-15',
    }),
    201,
  );

  // the service directory: a private host, its address sealed
  const provider = (
    await ok<{ serviceProvider: { id: number } }>(
      as.supervisor!.request('POST', '/api/v1/service-providers', {
        name: 'Địa chỉ tin cậy khu phố 3',
        kind: 'trusted_address',
        services: ['shelter', 'psychosocial'],
        unitId: commune,
        capacity: 2,
        phone: '0987 654 321',
        privateHost: true,
        privateAddress: HOST_ADDRESS,
      }),
      201,
    )
  ).serviceProvider;

  // a GBV case with consents, rapid report, referral, notes, break-glass
  const kase = (
    await ok<{ case: { id: number } }>(
      worker.request(
        'POST',
        '/api/v1/cases',
        caseIntake(commune, ids.supervisor!, {
          survivorName: SURVIVOR,
          survivorBirthDate: '1990-05-04',
          incidentPlace: 'số 12 ngõ 5',
          perpetrator: 'Trần Văn B',
          description: 'Bị đánh nhiều lần',
        }),
      ),
      201,
    )
  ).case;
  await ok(
    worker.request('POST', `/api/v1/cases/${kase.id}/referrals`, {
      providerId: provider.id,
      service: 'shelter',
      dueOn: '2026-11-22',
      note: 'Cần chỗ ở ngay',
    }),
  );
  await ok(
    worker.request('POST', `/api/v1/cases/${kase.id}/notes`, {
      kind: 'follow_up',
      onDate: '2026-11-23',
      method: 'visit',
      text: 'Đã thăm, an toàn',
    }),
  );
  await ok(
    as.supervisor2!.request('POST', `/api/v1/cases/${kase.id}/break-glass`, {
      reason: 'Nguy cơ cao, người phụ trách vắng',
    }),
  );
  // the case path: a prohibition of contact, a transfer asked for (pending), and a second case whose
  // closure is asked for with its checklist
  await ok(
    as.supervisor!.request('POST', `/api/v1/cases/${kase.id}/protections`, {
      issuer: 'commune_chair',
      issuedOn: '2026-11-24',
      startsOn: '2026-11-24',
      endsOn: '2026-11-26',
      details: 'Quyết định số 12/QĐ-UBND',
    }),
  );
  await ok(
    as.supervisor!.request('POST', `/api/v1/cases/${kase.id}/transfer`, {
      toUnitId: await t.unitId('2025', '11977'),
      consent: true,
    }),
  );
  const second = (
    await ok<{ case: { id: number } }>(
      worker.request('POST', '/api/v1/cases', caseIntake(commune, ids.supervisor!)),
      201,
    )
  ).case;
  await ok(
    worker.request('POST', `/api/v1/cases/${second.id}/closure/request`, {
      reason: 'goals_met',
      safetyPlanDone: true,
      servicesDone: true,
      survivorInformed: true,
    }),
  );
  await insertTheRest(t, { planId, taskId, userId: ids.reporter!, province });
  return { caseId: kase.id, providerId: provider.id };
}

/**
 * Tables no short API walk reaches (plan references and recipients come from parsing a plan's
 * text, cascades and notifications from scheduled jobs): direct inserts, with awkward values
 * (unicode, quotes, a fractional numeric, microseconds, nulls) to make the round trip earn its keep.
 */
async function insertTheRest(
  t: TestApp,
  r: { planId: number; taskId: number; userId: number; province: number },
): Promise<void> {
  const db = t.handle.db;
  const doc = await db
    .insertInto('legal_document')
    .values({
      kind: 'decision',
      number: '1234/QĐ-TTg',
      issued_on: '2025-03-08',
      issuer: null,
      title: 'Quyết định "phê duyệt" Chương trình\nphòng, chống bạo lực',
      search_key: 'quyet dinh',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_reference')
    .values({ plan_id: r.planId, legal_document_id: doc.id, implements: true, province_id: r.province })
    .execute();
  await db
    .insertInto('plan_recipient')
    .values({
      plan_id: r.planId,
      name: 'UBND các xã, phường',
      unit_id: null,
      province_id: r.province,
      position: 1,
    })
    .execute();
  await db
    .insertInto('plan_cascade')
    .values({ plan_id: r.planId, unit_id: r.province, province_id: r.province, due_date: null })
    .execute();
  await db
    .insertInto('task_partner')
    .values({ task_id: r.taskId, agency_name: 'Sở Nội vụ', agency_id: null, province_id: r.province })
    .execute();
  await db
    .insertInto('system_setting')
    .values({
      key: 'roundtrip.check',
      value: JSON.stringify({ s: 'ư "q" \\ \u00e9', n: 1.5, a: [null, true] }),
    })
    .execute();
  const email = await db
    .insertInto('email_outbox')
    .values({
      user_id: r.userId,
      kind: 'reminder',
      state: 'failed',
      tries: 5,
      next_attempt_at: new Date('2026-11-28T02:00:00.000Z'),
      last_attempt_at: new Date('2026-11-28T01:40:00.123Z'),
      last_error: '550 5.1.1 <…> "Mailbox" unavailable',
      created_at: new Date('2026-11-28T01:02:03.456Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('notification')
    .values({
      email_id: email.id,
      user_id: r.userId,
      kind: 'task_due',
      subject_key: `task:${r.taskId}`,
      due_date: '2026-12-01',
      stage: 'before',
      title: 'Sắp đến hạn',
      detail: 'Nhiệm vụ "Tập huấn" đến hạn sau 3 ngày',
      link: `/tasks/${r.taskId}`,
      created_at: new Date('2026-11-28T01:02:03.456Z'),
    })
    .execute();
  await db.insertInto('notification_digest').values({ user_id: r.userId, day: '2026-11-28' }).execute();
  // a fractional value and a timestamp with microseconds
  await sql`update data_value set value = 1234567890.123456789, updated_at = '2026-06-01 10:11:12.123456+07'`.execute(
    db,
  );
}
