/**
 * Reminder e-mails that fail, on a real database with a real SMTP server on loopback that refuses
 * recipients and then accepts them again, and a manual clock moved across the backoff steps: tried
 * again 5 then 10 minutes later and not before, sent once when the server recovers, given up after
 * REMINDER_EMAIL_MAX_TRIES (3 here) with the server's reason and no address in it, listed for the
 * administrators who may see it, and sent again on an administrator's request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import { setUpReminderFixture } from '../../../tests/support/reminder-fixtures.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { TEST_NOW } from '../../../tests/support/test-clock.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import type { TEmailFailuresResponse, TEmailRetryResponse } from './email-failures.schema.ts';
import { runReminders } from './reminders.job.ts';

const MIN = 60_000;
const clock = manualClock(TEST_NOW);
let t: TestApp;
let smtp: SmtpSink;
const logged: string[] = [];

const run = () => runReminders(t.handle.db, t.config, clock, (m) => logged.push(m));
const outbox = () =>
  t.handle.db
    .selectFrom('email_outbox as e')
    .innerJoin('app_user as a', 'a.id', 'e.user_id')
    .select(['a.username', 'e.kind', 'e.state', 'e.tries', 'e.next_attempt_at', 'e.last_error'])
    .orderBy('a.username')
    .execute();
const mailsTo = (address: string) => smtp.mails.filter((m) => m.to.includes(address));

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ ...smtp.env, REMINDER_EMAIL_MAX_TRIES: '3' }, clock);
  await setUpReminderFixture(t);
  await t.createUser('qt.he.thong', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  await t.createUser('qt.ha.noi', [{ role: 'unit_admin', unitCode: '01' }]);
}, 120_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('a reminder e-mail that fails', () => {
  it('is kept with the server’s reason, addresses masked, and tried again after 5 minutes', async () => {
    smtp.refusing = () => true;
    // four reminders (qt.tinh, a unit admin of the province, has the task's too, and no address)
    expect(await run()).toEqual({ created: 4, emails: 0, digests: 0, failures: 3 });
    expect(smtp.mails).toEqual([]);
    const rows = await outbox();
    expect(rows.map((r) => [r.username, r.kind, r.state, r.tries])).toEqual([
      ['bc.phuong', 'reminder', 'pending', 1],
      ['bc.tonghop', 'digest', 'pending', 1],
      ['kh.tinh', 'reminder', 'pending', 1],
    ]);
    for (const r of rows) {
      expect(new Date(r.next_attempt_at).toISOString()).toBe(new Date(clock.nowMs() + 5 * MIN).toISOString());
      expect(r.last_error).toContain('550 5.1.1');
      expect(r.last_error).toContain('Mailbox unavailable');
      expect(r.last_error).not.toContain('@');
    }
    expect(logged).toHaveLength(3);
    expect(logged.join()).not.toContain('@example.vn');
    // not again before its time, whatever the runs
    clock.advance(4 * MIN);
    expect(await run()).toEqual({ created: 0, emails: 0, digests: 0, failures: 0 });
  });

  it('goes once when the server accepts again; the others wait 10 minutes more', async () => {
    smtp.refusing = (address) => address === 'bc.tonghop@example.vn';
    clock.advance(1 * MIN);
    expect(await run()).toEqual({ created: 0, emails: 2, digests: 0, failures: 1 });
    expect(mailsTo('bc.phuong@example.vn')).toHaveLength(1);
    expect(mailsTo('kh.tinh@example.vn')).toHaveLength(1);
    const digest = (await outbox()).find((r) => r.username === 'bc.tonghop')!;
    expect([digest.state, digest.tries]).toEqual(['pending', 2]);
    expect(new Date(digest.next_attempt_at).getTime()).toBe(clock.nowMs() + 10 * MIN);
    const emailed = await t.handle.db
      .selectFrom('notification')
      .select('emailed_at')
      .where('emailed_at', 'is not', null)
      .execute();
    expect(emailed).toHaveLength(2);
    clock.advance(9 * MIN);
    expect((await run()).failures).toBe(0);
  });

  it('is given up after the last try, and no run tries it again', async () => {
    clock.advance(1 * MIN);
    expect(await run()).toEqual({ created: 0, emails: 0, digests: 0, failures: 1 });
    const digest = (await outbox()).find((r) => r.username === 'bc.tonghop')!;
    expect([digest.state, digest.tries]).toEqual(['failed', 3]);
    clock.advance(6 * 60 * MIN);
    expect(await run()).toEqual({ created: 0, emails: 0, digests: 0, failures: 0 });
    expect(mailsTo('bc.tonghop@example.vn')).toEqual([]);
  });
});

describe('the administrators’ list and “send again”', () => {
  it('lists it with its reason for the system administrator and the unit admin who manages the user', async () => {
    for (const who of ['qt.he.thong', 'qt.tinh']) {
      const res = await (await t.signIn(who)).request('GET', '/api/v1/email-failures');
      expect(res.statusCode, who).toBe(200);
      expect(res.json<TEmailFailuresResponse>().items).toEqual([
        expect.objectContaining({
          kind: 'digest',
          state: 'failed',
          recipient: expect.objectContaining({ username: 'bc.tonghop' }),
          items: 1,
          tries: 3,
          maxTries: 3,
          nextAttemptAt: null,
          lastError: expect.stringContaining('550 5.1.1 <<…>>: Mailbox unavailable'),
        }),
      ]);
    }
    const hanoi = await t.signIn('qt.ha.noi');
    expect(
      (await hanoi.request('GET', '/api/v1/email-failures')).json<TEmailFailuresResponse>().items,
    ).toEqual([]);
    const reporter = await t.signIn('bc.phuong');
    expect((await reporter.request('GET', '/api/v1/email-failures')).statusCode).toBe(403);
  });

  it('sends it again now: still failing it stays failed with the new reason; then it goes, once', async () => {
    const admin = await t.signIn('qt.tinh');
    const [item] = (await admin.request('GET', '/api/v1/email-failures')).json<TEmailFailuresResponse>()
      .items;
    const url = `/api/v1/email-failures/${item!.id}/retry`;
    // for an administrator of another province the e-mail does not exist (issue 16)
    const outside = await (await t.signIn('qt.ha.noi')).request('POST', url);
    expect(outside.json()).toMatchObject({ error: { code: 'EMAIL_NOT_FOUND' } });

    smtp.refusing = () => true;
    const again = await admin.request('POST', url);
    expect(again.statusCode).toBe(200);
    expect(again.json<TEmailRetryResponse>().email).toMatchObject({ state: 'failed', tries: 4 });

    smtp.refusing = null;
    const sent = await admin.request('POST', url);
    expect(sent.statusCode).toBe(200);
    expect(sent.json<TEmailRetryResponse>().email).toMatchObject({ state: 'sent', lastError: null });
    const [mail] = mailsTo('bc.tonghop@example.vn');
    expect(mail!.subject).toContain('Tổng hợp nhắc việc ngày 26/11/2026');
    expect(mailsTo('bc.tonghop@example.vn')).toHaveLength(1);
    expect(
      (await admin.request('GET', '/api/v1/email-failures')).json<TEmailFailuresResponse>().items,
    ).toEqual([]);

    const twice = await admin.request('POST', url);
    expect([twice.statusCode, twice.json<{ error: { code: string } }>().error.code]).toEqual([
      409,
      'EMAIL_NOT_RETRYABLE',
    ]);
    expect((await admin.request('POST', '/api/v1/email-failures/999999/retry')).statusCode).toBe(404);
    expect(await run()).toEqual({ created: 0, emails: 0, digests: 0, failures: 0 });
    expect(mailsTo('bc.tonghop@example.vn')).toHaveLength(1);

    const audit = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'email.retry')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { actor: 'qt.tinh', kind: 'digest', outcome: 'failed' },
      { actor: 'qt.tinh', kind: 'digest', outcome: 'sent' },
    ]);
  });
});
