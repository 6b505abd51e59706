/**
 * The reminders job: creates each user's due notifications (reports and tasks, see
 * reminder-selection.ts) and e-mails them. Safe to run in several instances at once: a
 * notification is created once (unique dedupe key, ON CONFLICT DO NOTHING), and an instance
 * e-mails only the rows its own insert returned. Users who chose the daily digest get one e-mail a
 * day listing their notifications not yet e-mailed (notification_digest: one row per user and day).
 * Staff alerts (notifications/staff-alerts.ts, written by the change itself) are e-mailed at once,
 * digest or not: each run claims the ones not yet e-mailed with one UPDATE, and gives back those
 * whose e-mail failed.
 */
import { systemActor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { ObligationDueService } from '../obligations/obligation-due.service.ts';
import type { TDueItem } from '../obligations/obligations.schema.ts';
import { systemClock, type Clock } from '../../core/clock/clock.ts';
import type { Mail, Mailer } from './mailer.ts';
import { reminderMail, staffAlertMail, type MailItem } from './reminder-email.ts';
import { addDays, reportReminders, sortCandidates, taskReminders } from './reminder-selection.ts';
import { RemindersRepository } from './reminders.repository.ts';

export interface ReminderRunResult {
  created: number;
  emails: number;
  digests: number;
  failures: number;
}

export interface ReminderOptions {
  taskDays: number;
  today?: string;
  clock?: Clock;
  onError?: (err: unknown) => void;
}

export class RemindersService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer | null,
  ) {}

  async run(opts: ReminderOptions): Promise<ReminderRunResult> {
    const clock = opts.clock ?? systemClock();
    const today = opts.today ?? clock.today();
    const repo = new RemindersRepository(this.db);
    const result: ReminderRunResult = { created: 0, emails: 0, digests: 0, failures: 0 };

    const reporters = await repo.recipients(['reporter', 'unit_admin'], 'commune');
    const due = new ObligationDueService(this.db, clock);
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
    ]);
    const inserted = await repo.insertNew(candidates);
    result.created = inserted.length;
    if (!this.mailer) return result;

    // Immediate e-mails: only for the rows this run inserted, one e-mail per user.
    const settings = await repo.mailSettings([...new Set(inserted.map((n) => n.user_id))]);
    for (const s of settings) {
      if (s.digest || !s.email) continue;
      const mine = inserted.filter((n) => n.user_id === s.id);
      if (await this.send(mine, (items) => reminderMail(s.email!, items), opts.onError)) {
        await repo.markEmailed(mine.map((n) => n.id));
        result.emails++;
      } else result.failures++;
    }

    // Daily digests: the first run of the day that finds something new for the user sends it.
    for (const u of await repo.digestUsers()) {
      if (!u.email || !(await repo.claimDigest(u.id, today))) continue;
      const items = await repo.unemailed(u.id);
      if (await this.send(items, (mailItems) => reminderMail(u.email!, mailItems, today), opts.onError)) {
        await repo.markEmailed(items.map((n) => n.id));
        result.digests++;
      } else result.failures++;
    }

    // Staff alerts (notifications/staff-alerts.ts): at once, digest or not; claimed before sending.
    const alerts = await repo.claimStaffAlerts();
    for (const userId of new Set(alerts.map((a) => a.user_id))) {
      const mine = alerts.filter((a) => a.user_id === userId);
      if (await this.send(mine, (items) => staffAlertMail(mine[0]!.email!, items), opts.onError))
        result.emails++;
      else {
        await repo.unmarkEmailed(mine.map((a) => a.id));
        result.failures++;
      }
    }
    return result;
  }

  private async send(
    rows: (Omit<MailItem, 'dueDate'> & { due_date: string })[],
    mail: (items: MailItem[]) => Mail,
    onError?: (err: unknown) => void,
  ): Promise<boolean> {
    if (rows.length === 0) return true;
    const items = rows.map((r) => ({ ...r, dueDate: r.due_date }));
    try {
      await this.mailer!.send(mail(items));
      return true;
    } catch (err) {
      onError?.(err);
      return false;
    }
  }
}
