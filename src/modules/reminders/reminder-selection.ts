/**
 * Which reminders each user should have (pure functions, unit-tested):
 * - a report due under a commune reporting obligation, in state 'remind' (within the obligation's
 *   reminder days) or 'overdue', for every user holding reporter or unit_admin at that commune;
 * - a task not done or cancelled, of a plan not closed, due within REMINDER_TASK_DAYS or past, for
 *   every user holding planner or unit_admin at the task's unit (the plan's unit; not its subtree).
 * One reminder per item and stage ('before' the due date, then 'overdue'): the notification
 * table's unique key makes each of them happen once.
 */
import { addDays } from '../../core/text/iso-dates.ts';
import type { NotificationKind, NotificationStage } from '../../core/db/schema-reminders.ts';
import type { TDueItem } from '../obligations/obligations.schema.ts';

export interface ReminderCandidate {
  userId: number;
  kind: NotificationKind;
  subjectKey: string;
  dueDate: string;
  stage: NotificationStage;
  title: string;
  detail: string;
  link: string;
}

export interface UnitRecipient {
  userId: number;
  unitId: number;
}

export interface DueTask {
  id: number;
  title: string;
  unitId: number;
  planTitle: string;
  dueDate: string;
  status: string;
}

export { addDays };

const byUnit = (recipients: readonly UnitRecipient[]) => {
  const m = new Map<number, number[]>();
  for (const r of recipients) m.set(r.unitId, [...(m.get(r.unitId) ?? []), r.userId]);
  return m;
};

export function reportReminders(
  recipients: readonly UnitRecipient[],
  dueByUnit: ReadonlyMap<number, readonly TDueItem[]>,
): ReminderCandidate[] {
  const out: ReminderCandidate[] = [];
  for (const [unitId, userIds] of byUnit(recipients))
    for (const d of dueByUnit.get(unitId) ?? []) {
      if (d.state !== 'remind' && d.state !== 'overdue') continue;
      for (const userId of new Set(userIds))
        out.push({
          userId,
          kind: 'report_due',
          subjectKey: `obligation:${d.obligationId}:unit:${d.unitId}:${d.periodStart}`,
          dueDate: d.dueDate,
          stage: d.state === 'overdue' ? 'overdue' : 'before',
          title: d.title,
          detail: `${d.formName}, ${d.periodLabel} — ${d.unitName} gửi ${d.receiverName}`,
          link: d.reportId ? `#/reports/${d.reportId}` : '#/reports',
        });
    }
  return out;
}

export function taskReminders(
  recipients: readonly UnitRecipient[],
  tasks: readonly DueTask[],
  today: string,
  remindDays: number,
): ReminderCandidate[] {
  const users = byUnit(recipients);
  const out: ReminderCandidate[] = [];
  const until = addDays(today, remindDays);
  for (const t of tasks) {
    if (t.status === 'done' || t.status === 'cancelled' || t.dueDate > until) continue;
    for (const userId of new Set(users.get(t.unitId) ?? []))
      out.push({
        userId,
        kind: 'task_due',
        subjectKey: `task:${t.id}`,
        dueDate: t.dueDate,
        stage: t.dueDate < today ? 'overdue' : 'before',
        title: t.title,
        detail: t.planTitle,
        link: `#/tasks/${t.id}`,
      });
  }
  return out;
}

/** One deterministic order, so that concurrent inserts of the same rows never deadlock. */
export function sortCandidates(c: ReminderCandidate[]): ReminderCandidate[] {
  const key = (x: ReminderCandidate) => [x.kind, x.subjectKey, x.dueDate, x.stage].join('|');
  return [...c].sort((a, b) => a.userId - b.userId || key(a).localeCompare(key(b)));
}
