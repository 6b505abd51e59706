/**
 * The reminders job on a real database with a real SMTP server on loopback: who gets what, once;
 * immediate e-mails and the daily digest; the notifications API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import {
  OBLIGATION_TITLE,
  setUpReminderFixture,
  TASK_TITLE,
  type ReminderFixture,
} from '../../../tests/support/reminder-fixtures.ts';
import type { TNotificationsResponse } from '../notifications/notifications.schema.ts';
import { runReminders } from './reminders.job.ts';

let t: TestApp;
let smtp: SmtpSink;
let f: ReminderFixture;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp(smtp.env);
  f = await setUpReminderFixture(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('the reminders job', () => {
  it('creates each user’s reminders and e-mails them: one e-mail now, or the day’s digest', async () => {
    const r = await runReminders(t.handle.db, t.config, t.clock);
    expect(r).toEqual({ created: 3, emails: 2, digests: 1, failures: 0 });
    const to = (addr: string) => smtp.mails.filter((m) => m.to.includes(addr));
    expect(to('bc.phuong@example.vn')).toHaveLength(1);
    const [report] = to('bc.phuong@example.vn');
    expect(report!.subject).toContain('Nhắc việc');
    expect(report!.text).toContain(OBLIGATION_TITLE);
    expect(report!.text).not.toContain(TASK_TITLE);
    const [digest] = to('bc.tonghop@example.vn');
    expect(digest!.subject).toContain('Tổng hợp nhắc việc');
    expect(digest!.text).toContain(OBLIGATION_TITLE);
    const [task] = to('kh.tinh@example.vn');
    expect(task!.text).toContain(TASK_TITLE);
    expect(task!.text).not.toContain('còn xa hạn');
  });

  it('does nothing more when run again: each reminder once', async () => {
    expect(await runReminders(t.handle.db, t.config, t.clock)).toEqual({
      created: 0,
      emails: 0,
      digests: 0,
      failures: 0,
    });
    expect(smtp.mails).toHaveLength(3);
  });
});

describe('notifications API', () => {
  it('lists the caller’s own, newest first, with the unread count, and marks them read', async () => {
    const mine = (await f.reporter.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>();
    expect(mine.unread).toBe(1);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: 'report_due',
        stage: 'before',
        title: OBLIGATION_TITLE,
        link: '#/reports',
        read: false,
      }),
    ]);
    const planners = (await f.planner.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>();
    expect(planners.items.map((n) => n.link)).toEqual([`#/tasks/${f.taskId}`]);
    // not someone else's
    const other = await f.planner.request('POST', `/api/v1/notifications/${mine.items[0]!.id}/read`);
    expect(other.statusCode).toBe(404);
    const ok = await f.reporter.request('POST', `/api/v1/notifications/${mine.items[0]!.id}/read`);
    expect(ok.statusCode).toBe(204);
    expect(
      (await f.reporter.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>().unread,
    ).toBe(0);
    expect((await f.planner.request('POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect(
      (await f.planner.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>().unread,
    ).toBe(0);
  });

  it('reads and saves the caller’s e-mail and digest choice, refusing a bad address', async () => {
    expect((await f.digestReporter.request('GET', '/api/v1/me/notification-settings')).json()).toEqual({
      email: 'bc.tonghop@example.vn',
      digest: true,
    });
    const bad = await f.reporter.request('PUT', '/api/v1/me/notification-settings', {
      email: 'khong-phai-email',
      digest: false,
    });
    expect(bad.statusCode).toBe(400);
    const off = await f.reporter.request('PUT', '/api/v1/me/notification-settings', {
      email: null,
      digest: false,
    });
    expect(off.json()).toEqual({ email: null, digest: false });
    expect((await t.anonymous().request('GET', '/api/v1/notifications')).statusCode).toBe(401);
  });
});
