/**
 * The reminders job: creates each user's due notifications (reports and tasks, see
 * reminder-selection.ts), puts them in e-mails and sends the e-mails that are due.
 *
 * E-mails are rows of their own (email_outbox, migrations/0014_email_retry.sql), one per e-mail to
 * one user, not per notification: what is retried is what was sent, one e-mail, and an
 * administrator sees one row per e-mail that did not go (with its tries, next try and the SMTP
 * error), not one per reminder in it. A notification points at the e-mail that carries it
 * (notification.email_id). Safe to run in several instances at once:
 * - a notification is created once (unique dedupe key, ON CONFLICT DO NOTHING), and the instance
 *   whose insert returned it puts it in an e-mail, in the same transaction (users who chose the
 *   daily digest: none now);
 * - a digest is made by the first run of the day that finds something new for the user
 *   (notification_digest: one row per user and day), in one transaction with its e-mail;
 * - staff alerts (notifications/staff-alerts.ts, written by the change itself) go out at once,
 *   digest or not: a run locks those in no e-mail yet (FOR UPDATE SKIP LOCKED) and makes one e-mail
 *   per user in the same transaction;
 * - an e-mail is sent only by the caller that claimed it (email-delivery.ts), and a failed one is
 *   tried again with backoff until REMINDER_EMAIL_MAX_TRIES, then left 'failed' for administrators.
 * Every instant comes from the Clock given to the service.
 */
import { systemActor } from '../../core/auth/roles.ts';
import { addDays, type Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { caseEscalations } from '../cases/case-attention.service.ts';
import { ObligationDueService } from '../obligations/obligation-due.service.ts';
import type { TDueItem } from '../obligations/obligations.schema.ts';
import { EmailDelivery } from './email-delivery.ts';
import { EmailOutboxRepository, type NewEmail } from './email-outbox.repository.ts';
import type { Mailer } from './mailer.ts';
import { reportReminders, sortCandidates, taskReminders } from './reminder-selection.ts';
import { RemindersRepository } from './reminders.repository.ts';

export interface ReminderRunResult {
  created: number;
  /** E-mails sent (reminders and staff alerts, first tries and retries). */
  emails: number;
  digests: number;
  /** Tries that failed in this run (to be retried, or given up). */
  failures: number;
}

export interface ReminderOptions {
  taskDays: number;
  /** Tries of an e-mail before it is left 'failed' (REMINDER_EMAIL_MAX_TRIES). */
  maxTries: number;
  /** Told the error text of each failed try (addresses masked). */
  onError?: (message: string) => void;
}

/** Notifications older than this are not put in a first e-mail (a digest, an alert). */
const WINDOW_MS = 2 * 86_400_000;

export class RemindersService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer | null,
    private readonly clock: Clock,
  ) {}

  async run(opts: ReminderOptions): Promise<ReminderRunResult> {
    const today = this.clock.today();
    const repo = new RemindersRepository(this.db);

    const reporters = await repo.recipients(['reporter', 'unit_admin'], 'commune');
    const due = new ObligationDueService(this.db, this.clock);
    const dueByUnit = new Map<number, TDueItem[]>();
    for (const unitId of new Set(reporters.map((r) => r.unitId)))
      dueByUnit.set(unitId, await due.due(systemActor('scheduler'), { unitId }, today));
    const planners = await repo.recipients(['planner', 'unit_admin']);
    const tasks = await repo.dueTasks(
      [...new Set(planners.map((p) => p.unitId))],
      addDays(today, -183),
      addDays(today, opts.taskDays),
    );
    const candidates = sortCandidates([
      ...reportReminders(reporters, dueByUnit),
      ...taskReminders(planners, tasks, today, opts.taskDays),
      ...(await caseEscalations(this.db, this.clock)), // to the case's supervisors, case code only
    ]);
    const created = await this.createAndEnqueue(candidates);
    if (!this.mailer) return { created, emails: 0, digests: 0, failures: 0 };
    await this.enqueueDigests(today);
    await this.enqueueStaffAlerts();
    const sent = await new EmailDelivery(
      this.db,
      this.mailer,
      this.clock,
      opts.maxTries,
      opts.onError,
    ).sendDue();
    return { created, ...sent };
  }

  /** The new notifications, and (with a mailer) one e-mail per user who wants them at once. */
  private async createAndEnqueue(
    candidates: Parameters<RemindersRepository['insertNew']>[0],
  ): Promise<number> {
    const now = this.clock.now();
    return this.db.transaction().execute(async (tx) => {
      const repo = new RemindersRepository(tx);
      const inserted = await repo.insertNew(candidates, now);
      if (!this.mailer) return inserted.length;
      const settings = await repo.mailSettings([...new Set(inserted.map((n) => n.user_id))]);
      const emails: NewEmail[] = settings
        .filter((s) => !s.digest && s.email)
        .map((s) => ({
          userId: s.id,
          kind: 'reminder',
          notificationIds: inserted.filter((n) => n.user_id === s.id).map((n) => n.id),
        }));
      await new EmailOutboxRepository(tx).enqueue(emails, now);
      return inserted.length;
    });
  }

  /** Daily digests: the first run of the day that finds something new for the user makes it. */
  private async enqueueDigests(today: string): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - WINDOW_MS);
    for (const u of await new RemindersRepository(this.db).digestUsers(since))
      await this.db.transaction().execute(async (tx) => {
        const repo = new RemindersRepository(tx);
        if (!(await repo.claimDigest(u.id, today, now))) return;
        const ids = await repo.unemailed(u.id, since);
        await new EmailOutboxRepository(tx).enqueue(
          [{ userId: u.id, kind: 'digest', digestDay: today, notificationIds: ids }],
          now,
        );
      });
  }

  /** Staff alerts in no e-mail yet: one e-mail per user, digest or not. */
  private async enqueueStaffAlerts(): Promise<void> {
    const now = this.clock.now();
    await this.db.transaction().execute(async (tx) => {
      const alerts = await new RemindersRepository(tx).lockUnsentStaffAlerts(
        new Date(now.getTime() - WINDOW_MS),
      );
      const emails: NewEmail[] = [...new Set(alerts.map((a) => a.user_id))].map((userId) => ({
        userId,
        kind: 'staff_alert',
        notificationIds: alerts.filter((a) => a.user_id === userId).map((a) => a.id),
      }));
      await new EmailOutboxRepository(tx).enqueue(emails, now);
    });
  }
}
