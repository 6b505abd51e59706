/**
 * Two app instances on one PostgreSQL run the reminders job at the same moment, with a real SMTP
 * server on loopback: every reminder is created once and e-mailed once; and of two schedulers
 * asking for the same due job at the same moment, exactly one gets it. With e-mails that failed:
 * each try happens in one instance only, and when the server recovers each e-mail goes once, even
 * with an administrator's "send again" racing both jobs.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/core/auth/roles.ts';
import { manualClock } from '../../src/core/clock/clock.ts';
import type { DB } from '../../src/core/db/schema.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import { EmailFailuresService } from '../../src/modules/reminders/email-failures.service.ts';
import { createMailer } from '../../src/modules/reminders/mailer.ts';
import { runReminders, remindersJob } from '../../src/modules/reminders/reminders.job.ts';
import { SchedulerRepository } from '../../src/modules/scheduler/scheduler.repository.ts';
import { runDueJobs } from '../../src/modules/scheduler/scheduler.ts';
import { OBLIGATION_TITLE, setUpReminderFixture, TASK_TITLE } from '../support/reminder-fixtures.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabaseKind } from '../support/test-database.ts';
import { TEST_NOW } from '../support/test-clock.ts';

// Two instances need two connections to one database: PGlite is one process with one connection.
describe.skipIf(testDatabaseKind() !== 'postgres')('two instances on one PostgreSQL', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  const instances: Kysely<DB>[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(smtp.env);
    await setUpReminderFixture(t);
    const url = (t.handle as { url?: string }).url!;
    for (let i = 0; i < 2; i++)
      instances.push(
        new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) }),
      );
  });
  afterAll(async () => {
    await Promise.all(instances.map((db) => db.destroy()));
    await t?.close();
    await smtp?.close();
  });

  it('sends each reminder exactly once when both run the job at the same moment', async () => {
    const [a, b] = await Promise.all(instances.map((db) => runReminders(db, t.config, t.clock)));
    expect(a!.created + b!.created).toBe(3);
    expect(a!.emails + b!.emails).toBe(2);
    expect(a!.digests + b!.digests).toBe(1);
    expect(a!.failures + b!.failures).toBe(0);
    const count = (s: string) => smtp.mails.filter((m) => m.text.includes(s)).length;
    expect(smtp.mails).toHaveLength(3);
    expect(count(OBLIGATION_TITLE)).toBe(2); // the reporter's e-mail and the unit admin's digest
    expect(count(TASK_TITLE)).toBe(1);
    expect(smtp.mails.map((m) => m.to.join()).sort()).toEqual([
      'bc.phuong@example.vn',
      'bc.tonghop@example.vn',
      'kh.tinh@example.vn',
    ]);
    // and again, at the same moment: nothing new
    const again = await Promise.all(instances.map((db) => runReminders(db, t.config, t.clock)));
    expect(again.map((r) => r.created + r.emails + r.digests)).toEqual([0, 0]);
    expect(smtp.mails).toHaveLength(3);
  });

  it('lets one scheduler of two claim a due job', async () => {
    await new SchedulerRepository(t.handle.db).dueNow('reminders', t.clock.now());
    let runs = 0;
    const job = { ...remindersJob(t.handle.db, t.config, () => {}, t.clock), run: async () => runs++ };
    const ran = await Promise.all(instances.map((db, i) => runDueJobs(db, [job], `instance-${i}`, t.clock)));
    expect(ran.flat()).toEqual(['reminders']);
    expect(runs).toBe(1);
    const row = await new SchedulerRepository(t.handle.db).find('reminders');
    expect(row).toMatchObject({ lease_owner: null, last_error: null });
    expect(new Date(row!.next_run_at).getTime()).toBeGreaterThan(t.clock.nowMs() + 3000_000);
    // not due again until its next run
    expect((await Promise.all(instances.map((db) => runDueJobs(db, [job], 'x', t.clock)))).flat()).toEqual(
      [],
    );
  });
});

describe.skipIf(testDatabaseKind() !== 'postgres')('two instances retrying failed e-mails', () => {
  const clock = manualClock(TEST_NOW);
  let t: TestApp;
  let smtp: SmtpSink;
  const instances: Kysely<DB>[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp(smtp.env, clock);
    await setUpReminderFixture(t);
    const url = (t.handle as { url?: string }).url!;
    for (let i = 0; i < 3; i++)
      instances.push(
        new Kysely<DB>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) }),
      );
  });
  afterAll(async () => {
    await Promise.all(instances.map((db) => db.destroy()));
    await t?.close();
    await smtp?.close();
  });

  const tries = async () =>
    (await t.handle.db.selectFrom('email_outbox').select(['tries', 'state']).orderBy('id').execute()).map(
      (r) => `${r.state}:${r.tries}`,
    );

  it('tries each failing e-mail once per step, in one instance, and sends each once on recovery', async () => {
    smtp.refusing = () => true;
    const [a, b] = await Promise.all(instances.slice(0, 2).map((db) => runReminders(db, t.config, clock)));
    expect(a!.created + b!.created).toBe(3);
    expect(a!.failures + b!.failures).toBe(3);
    expect(await tries()).toEqual(['pending:1', 'pending:1', 'pending:1']);

    // recovered; 5 minutes on, both jobs and an administrator's "send again" of each e-mail at once
    smtp.refusing = null;
    clock.advance(5 * 60_000);
    const ids = (await t.handle.db.selectFrom('email_outbox').select('id').execute()).map((r) => r.id);
    const mailer = createMailer(t.config.smtp);
    const admin = new EmailFailuresService(instances[2]!, clock, t.config.reminders.emailMaxTries);
    const retried = ids.map((id) =>
      admin.retry(systemActor('test'), id, mailer).then(
        () => 'sent',
        (err: unknown) => (isAppError(err) ? err.code : 'error'),
      ),
    );
    const runs = await Promise.all(instances.slice(0, 2).map((db) => runReminders(db, t.config, clock)));
    const answers = await Promise.all(retried);
    mailer?.close();
    const byJobs = runs.reduce((n, r) => n + r.emails + r.digests, 0);
    expect(byJobs + answers.filter((x) => x === 'sent').length).toBe(3);
    expect(answers.every((x) => x === 'sent' || x === 'EMAIL_NOT_RETRYABLE')).toBe(true);
    expect(smtp.mails.map((m) => m.to.join()).sort()).toEqual([
      'bc.phuong@example.vn',
      'bc.tonghop@example.vn',
      'kh.tinh@example.vn',
    ]);
    expect(await tries()).toEqual(['sent:2', 'sent:2', 'sent:2']);
  });
});
