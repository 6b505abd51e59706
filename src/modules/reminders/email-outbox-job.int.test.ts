/**
 * The outbox job sends a failed reminder e-mail again once its backoff has passed, without waiting
 * for the next reminders run (hourly by default), through the scheduler as `binhdang serve` runs it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import { setUpReminderFixture } from '../../../tests/support/reminder-fixtures.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { TEST_NOW } from '../../../tests/support/test-clock.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { SchedulerRepository } from '../scheduler/scheduler.repository.ts';
import { runDueJobs } from '../scheduler/scheduler.ts';
import { EMAIL_OUTBOX_JOB, emailOutboxJob } from './email-outbox.job.ts';
import { runReminders } from './reminders.job.ts';

const MIN = 60_000;
const clock = manualClock(TEST_NOW);
let t: TestApp;
let smtp: SmtpSink;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp(smtp.env, clock);
  await setUpReminderFixture(t);
}, 120_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

it('tries a failed e-mail again every minute it is due, not only when reminders run', async () => {
  smtp.refusing = () => true;
  const first = await runReminders(t.handle.db, t.config, clock);
  expect(first.failures).toBeGreaterThan(0);
  expect(smtp.mails).toEqual([]);

  const log: string[] = [];
  const job = emailOutboxJob(t.handle.db, t.config, (m) => log.push(m), clock);
  expect(job.everySeconds).toBe(60);
  smtp.refusing = () => false;
  const scheduler = new SchedulerRepository(t.handle.db);
  // before the backoff has passed the job runs and sends nothing
  clock.advance(2 * MIN);
  await scheduler.dueNow(EMAIL_OUTBOX_JOB, clock.now());
  expect(await runDueJobs(t.handle.db, [job], 'instance-a', clock)).toEqual([EMAIL_OUTBOX_JOB]);
  expect(smtp.mails).toEqual([]);
  // five minutes after the failed try, the next run of the job sends every one of them, once
  clock.advance(3 * MIN);
  expect(await runDueJobs(t.handle.db, [job], 'instance-a', clock)).toEqual([EMAIL_OUTBOX_JOB]);
  expect(smtp.mails.length).toBe(first.failures);
  expect(log.join('\n')).toMatch(/e-mails: \d+ sent/);
  clock.advance(1 * MIN);
  expect(await runDueJobs(t.handle.db, [job], 'instance-a', clock)).toEqual([EMAIL_OUTBOX_JOB]);
  expect(smtp.mails.length).toBe(first.failures);
});
