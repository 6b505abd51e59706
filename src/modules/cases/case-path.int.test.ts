/**
 * The case path on a real database: closure asked with a checklist, sent back, asked again,
 * approved and reopened (each step an audit row); a referral's response time and a missed follow-up
 * in "needs attention" and escalated to the supervisor by the reminders job (in-app and e-mail,
 * case code only); and who may, who may not (a refusal outside the case's team tells nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { TEST_NOW } from '../../../tests/support/test-clock.ts';
import { systemActor } from '../../core/auth/roles.ts';
import { manualClock } from '../../core/clock/clock.ts';
import { runReminders } from '../reminders/reminders.job.ts';
import type { TAttention, TClosure, TFollowUps } from './case-path.schema.ts';
import type { TCase } from './cases.schema.ts';
import { KeyRotationService } from './key-rotation.service.ts';

const clock = manualClock(TEST_NOW); // Thursday 26/11/2026, 10:00 in Vietnam
let t: TestApp;
let smtp: SmtpSink;
const c = new Map<string, Client>();
const as = (who: string) => c.get(who)!;
let kase: TCase;
const closure = (r: { json<T>(): T }) => r.json<{ closure: TClosure }>().closure;
const CHECKLIST = { safetyPlanDone: true, servicesDone: true, survivorInformed: true };
const COMMENT = 'Chưa gặp lại chị Hoa sau khi về nhà';

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp(smtp.env, clock);
  const users: [string, string, string][] = [
    ['worker', 'case_worker', '11953'],
    ['supervisor', 'case_supervisor', '33'],
    ['other_worker', 'case_worker', '33'],
    ['hanoi_worker', 'case_worker', '01'],
    ['viewer', 'viewer', '33'],
    ['reporter', 'reporter', '11953'],
  ];
  let supervisorId = 0;
  for (const [name, role, unit] of users) {
    const id = await t.createUser(name, [{ role: role as never, unitCode: unit }]);
    if (name === 'supervisor') supervisorId = id;
    c.set(name, await t.signIn(name));
  }
  await as('supervisor').request('PUT', '/api/v1/me/notification-settings', {
    email: 'giamsat@example.vn',
    digest: false,
  });
  const province = await t.unitId('2025', '33');
  const commune = await t.unitId('2025', '11953');
  const p = await t.handle.db
    .insertInto('service_provider')
    .values({
      uid: crypto.randomUUID(),
      name: 'Nhà tạm lánh tỉnh',
      kind: 'shelter',
      services: ['shelter'],
      unit_id: province,
      province_id: province,
      covers_province: true,
      private_host: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const res = await as('worker').request('POST', '/api/v1/cases', caseIntake(commune, supervisorId));
  kase = res.json<{ case: TCase }>().case;
  await as('worker').request('POST', `/api/v1/cases/${kase.id}/referrals`, {
    providerId: p.id,
    service: 'shelter',
  });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const audit = async (action: string) =>
  (
    await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity_id', '=', String(kase.id))
      .where('action', '=', action)
      .execute()
  ).length;

describe('follow-up plan and response times', () => {
  it('schedules follow-ups 7, 30 and 90 days after intake; a shelter referral is due the same day', async () => {
    const f = (await as('worker').request('GET', `/api/v1/cases/${kase.id}/follow-ups`)).json<TFollowUps>();
    expect(f.items.map((i) => i.dueOn)).toEqual(['2026-12-03', '2026-12-26', '2027-02-24']);
    expect(f.edit).toBe(true);
    const r = await t.handle.db.selectFrom('referral').select('response_due_at').executeTakeFirstOrThrow();
    expect(new Date(r.response_due_at!).toISOString()).toBe('2026-11-26T17:00:00.000Z'); // 00:00 on the 27th in Vietnam
    const a = (await as('worker').request('GET', '/api/v1/cases/attention')).json<TAttention>();
    expect(a.items).toEqual([]);
  });

  it('shows an unanswered referral and a missed follow-up in needs attention, and escalates them', async () => {
    clock.set('2026-12-04T02:00:00Z');
    for (const who of c.keys()) c.set(who, await t.signIn(who)); // the sessions of a week ago have ended
    for (const who of ['worker', 'supervisor']) {
      const a = (await as(who).request('GET', '/api/v1/cases/attention')).json<TAttention>();
      expect(a.items.map((i) => [i.kind, i.caseCode])).toEqual([
        ['referral_unanswered', kase.code],
        ['follow_up_missed', kase.code],
      ]);
    }
    for (const who of ['other_worker', 'hanoi_worker', 'viewer', 'reporter'])
      expect((await as(who).request('GET', '/api/v1/cases/attention')).json<TAttention>().items).toEqual([]);

    await runReminders(t.handle.db, t.config, clock);
    const rows = await t.handle.db
      .selectFrom('notification')
      .innerJoin('app_user', 'app_user.id', 'notification.user_id')
      .select(['app_user.username', 'notification.title', 'notification.subject_key'])
      .where('kind', '=', 'case_escalation')
      .execute();
    expect(rows.map((r) => r.username)).toEqual(['supervisor', 'supervisor']);
    expect(rows.every((r) => r.title.includes(kase.code))).toBe(true);
    const mail = smtp.mails.find((m) => m.to.includes('giamsat@example.vn'));
    expect(mail?.text).toContain(kase.code);
    expect(JSON.stringify(rows) + mail?.text).not.toContain('Hoa');
    await runReminders(t.handle.db, t.config, clock); // once only
    expect(
      await t.handle.db
        .selectFrom('notification')
        .select('id')
        .where('kind', '=', 'case_escalation')
        .execute(),
    ).toHaveLength(2);
  });

  it('records an outcome and moves a follow-up; outsiders get not found', async () => {
    const f = (await as('worker').request('GET', `/api/v1/cases/${kase.id}/follow-ups`)).json<TFollowUps>();
    const [first, second] = f.items;
    const done = await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/follow-ups/${first!.id}`, {
      outcome: 'stable',
      note: 'Đã gọi điện, an toàn',
    });
    expect(done.json<TFollowUps>().items[0]).toMatchObject({ outcome: 'stable', missed: false });
    const moved = await as('supervisor').request(
      'PATCH',
      `/api/v1/cases/${kase.id}/follow-ups/${second!.id}`,
      {
        dueOn: '2026-12-20',
      },
    );
    expect(moved.json<TFollowUps>().items[1]!.dueOn).toBe('2026-12-20');
    const sealed = await t.handle.db.selectFrom('case_follow_up').select('note_enc').execute();
    expect(JSON.stringify(sealed)).not.toContain('an toàn');
    expect(await audit('case.follow_up.outcome')).toBe(1);
    expect(await audit('case.follow_up.reschedule')).toBe(1);
    for (const who of ['other_worker', 'hanoi_worker', 'viewer', 'reporter']) {
      const r = await as(who).request('PATCH', `/api/v1/cases/${kase.id}/follow-ups/${second!.id}`, {
        dueOn: '2026-12-21',
      });
      expect(r.statusCode).toBe(404);
      expect(r.json()).toMatchObject({ error: { code: 'CASE_NOT_FOUND' } });
      expect(r.body).not.toContain(kase.code);
      const g = await as(who).request('GET', `/api/v1/cases/${kase.id}/follow-ups`);
      expect(g.statusCode).toBe(404);
    }
  });
});

describe('closure with approval', () => {
  const url = (step: string) => `/api/v1/cases/${kase.id}/closure/${step}`;
  const ask = (who = 'worker', more: Record<string, unknown> = {}) =>
    as(who).request('POST', url('request'), { reason: 'goals_met', ...CHECKLIST, ...more });

  it('refuses an incomplete checklist and a request while a referral is open', async () => {
    const r = await ask('worker', { safetyPlanDone: false });
    expect(r.json()).toMatchObject({ error: { code: 'CLOSURE_CHECKLIST_INCOMPLETE' } });
    expect((await ask()).json()).toMatchObject({ error: { code: 'CLOSURE_REFERRALS_OPEN' } });
    const [ref] = (await as('worker').request('GET', `/api/v1/cases/${kase.id}`)).json<{ case: TCase }>().case
      .referrals;
    await as('worker').request('PATCH', `/api/v1/cases/${kase.id}/referrals/${ref!.id}`, {
      status: 'declined',
    });
  });

  it('refuses everyone outside the team with not found, and a worker the decision', async () => {
    for (const who of ['other_worker', 'hanoi_worker', 'viewer', 'reporter']) {
      for (const [method, path, body] of [
        ['GET', `/api/v1/cases/${kase.id}/closure`, undefined],
        ['POST', url('request'), { reason: 'goals_met', ...CHECKLIST }],
        ['POST', url('send-back'), { comment: 'không' }],
        ['POST', url('approve'), {}],
        ['POST', `/api/v1/cases/${kase.id}/reopen`, { reason: 'thử mở lại' }],
      ] as const) {
        const r = await as(who).request(method, path, body);
        expect(r.statusCode, `${who} ${path}`).toBe(404);
        expect(r.json()).toMatchObject({ error: { code: 'CASE_NOT_FOUND' } });
        expect(r.body).not.toContain(kase.code);
      }
    }
  });

  it('asks, is sent back, asks again, is approved and reopened; each step audited', async () => {
    const asked = await ask();
    expect(closure(asked)).toMatchObject({ state: 'pending', abilities: { request: false, decide: false } });
    expect((await ask()).json()).toMatchObject({ error: { code: 'CLOSURE_NOT_PENDING' } });
    expect((await as('worker').request('POST', url('approve'), {})).json()).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(
      (await as('worker').request('POST', `/api/v1/cases/${kase.id}/close`, { reason: 'goals_met' })).json(),
    ).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const sup = await as('supervisor').request('GET', `/api/v1/cases/${kase.id}/closure`);
    expect(closure(sup).abilities.decide).toBe(true);
    const a = (await as('supervisor').request('GET', '/api/v1/cases/attention')).json<TAttention>();
    expect(a.items[0]).toMatchObject({ kind: 'closure_pending', caseId: kase.id });

    const back = await as('supervisor').request('POST', url('send-back'), { comment: COMMENT });
    expect(closure(back).state).toBe('open');
    const seen = closure(await as('worker').request('GET', `/api/v1/cases/${kase.id}/closure`));
    expect(seen.history.at(-1)).toMatchObject({ kind: 'send_back', text: COMMENT });
    expect(seen.abilities.request).toBe(true);

    await ask('worker', { reason: 'survivor_request' });
    const ok = await as('supervisor').request('POST', url('approve'), {});
    expect(closure(ok)).toMatchObject({ state: 'closed', status: 'closed' });
    const closed = (await as('worker').request('GET', `/api/v1/cases/${kase.id}`)).json<{ case: TCase }>()
      .case;
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'survivor_request' });

    const re = await as('worker').request('POST', `/api/v1/cases/${kase.id}/reopen`, {
      reason: 'Bạo lực tái diễn',
    });
    expect(re.json<{ case: TCase }>().case.status).toBe('open');
    const h = closure(await as('worker').request('GET', `/api/v1/cases/${kase.id}/closure`)).history;
    expect(h.map((e) => e.kind)).toEqual(['request', 'send_back', 'request', 'approve', 'reopen']);
    expect(h.at(-1)?.text).toBe('Bạo lực tái diễn');

    expect(await audit('case.closure.request')).toBe(2);
    expect(await audit('case.closure.send_back')).toBe(1);
    expect(await audit('case.close')).toBe(1);
    expect(await audit('case.reopen')).toBe(1);
    const log = await t.handle.db.selectFrom('audit_log').select('details').execute();
    expect(JSON.stringify(log)).not.toContain('Chưa gặp lại');
    const sealed = await t.handle.db.selectFrom('case_closure').select('text_enc').execute();
    expect(JSON.stringify(sealed)).not.toContain('tái diễn');
  });
});

describe('key rotation', () => {
  it('re-seals closure comments and follow-up notes, which still open', async () => {
    const r = await new KeyRotationService(t.handle.db, t.config).rotate(systemActor('test'));
    expect(r.byTable).toMatchObject({ case_closure: 2, case_follow_up: 1 });
    const enc = [
      ...(await t.handle.db.selectFrom('case_closure').select('text_enc as v').execute()),
      ...(await t.handle.db.selectFrom('case_follow_up').select('note_enc as v').execute()),
    ].flatMap((x) => (x.v ? [x.v] : []));
    expect(enc.every((v) => v.startsWith(`bd1.${r.keyId}.`))).toBe(true);
    const h = closure(await as('worker').request('GET', `/api/v1/cases/${kase.id}/closure`)).history;
    expect(h.map((e) => e.text).filter(Boolean)).toEqual([COMMENT, 'Bạo lực tái diễn']);
  });
});
