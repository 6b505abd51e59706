/**
 * The reminders job: creates each user's due notifications (reports and tasks, see
 * reminder-selection.ts) and e-mails them. Safe to run in several instances at once: a
 * notification is created once (unique dedupe key, ON CONFLICT DO NOTHING), and an instance
 * e-mails only the rows its own insert returned. Users who chose the daily digest get one e-mail a
 * day listing their notifications not yet e-mailed (notification_digest: one row per user and day).
 */
import { systemActor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { ObligationDueService } from '../obligations/obligation-due.service.ts';
import type { TDueItem } from '../obligations/obligations.schema.ts';
import { todayIso } from '../../core/text/iso-dates.ts';
import type { Mailer } from './mailer.ts';
import { reminderMail } from './reminder-email.ts';
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
  onError?: (err: unknown) => void;
}

export class RemindersService {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer | null,
  ) {}

  async run(opts: ReminderOptions): Promise<ReminderRunResult> {
    const today = opts.today ?? todayIso();
    const repo = new RemindersRepository(this.db);
    const result: ReminderRunResult = { created: 0, emails: 0, digests: 0, failures: 0 };

    const reporters = await repo.recipients(['reporter', 'unit_admin'], 'commune');
    const due = new ObligationDueService(this.db);
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
      if (await this.send(s.email, mine, undefined, opts.onError)) {
        await repo.markEmailed(mine.map((n) => n.id));
        result.emails++;
      } else result.failures++;
    }

    // Daily digests: the first run of the day that finds something new for the user sends it.
    for (const u of await repo.digestUsers()) {
      if (!u.email || !(await repo.claimDigest(u.id, today))) continue;
      const items = await repo.unemailed(u.id);
      if (await this.send(u.email, items, today, opts.onError)) {
        await repo.markEmailed(items.map((n) => n.id));
        result.digests++;
      } else result.failures++;
    }
    return result;
  }

  private async send(
    to: string,
    rows: {
      kind: 'report_due' | 'task_due';
      stage: 'before' | 'overdue';
      due_date: string;
      title: string;
      detail: string;
    }[],
    digestDay: string | undefined,
    onError?: (err: unknown) => void,
  ): Promise<boolean> {
    if (rows.length === 0) return true;
    const items = rows.map((r) => ({ ...r, dueDate: r.due_date }));
    try {
      await this.mailer!.send(reminderMail(to, items, digestDay));
      return true;
    } catch (err) {
      onError?.(err);
      return false;
    }
  }
}
