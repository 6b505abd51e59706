/** SQL for the reminders job: who is reminded of what, notifications, and which of them go in which e-mail. */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { DueTask, ReminderCandidate, UnitRecipient } from './reminder-selection.ts';

export class RemindersRepository {
  constructor(private readonly db: Database) {}

  /** Active users holding one of `roles` at a 2025 unit (of `level` when given). */
  async recipients(roles: string[], level?: 'commune'): Promise<UnitRecipient[]> {
    let q = this.db
      .selectFrom('role_assignment as r')
      .innerJoin('app_user as a', 'a.id', 'r.user_id')
      .innerJoin('admin_unit as u', 'u.id', 'r.unit_id')
      .select(['r.user_id', 'r.unit_id'])
      .where('a.is_active', '=', true)
      .where('r.role', 'in', roles)
      .where('u.version', '=', '2025');
    if (level) q = q.where('u.level', '=', level);
    const rows = await q.orderBy('r.user_id').execute();
    return rows.map((r) => ({ userId: r.user_id, unitId: r.unit_id! }));
  }

  /** Open tasks of plans not closed, due in [from, until], at the given units. */
  async dueTasks(unitIds: number[], from: string, until: string): Promise<DueTask[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('task as t')
      .innerJoin('plan as p', 'p.id', 't.plan_id')
      .select(['t.id', 't.title', 't.unit_id', 't.due_date', 't.status', 'p.title as plan_title'])
      .where('t.unit_id', 'in', unitIds)
      .where('t.status', 'in', ['open', 'in_progress'])
      .where('p.status', '!=', 'closed')
      .where('t.due_date', '>=', from)
      .where('t.due_date', '<=', until)
      .orderBy('t.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      unitId: r.unit_id,
      planTitle: r.plan_title,
      dueDate: r.due_date!,
      status: r.status,
    }));
  }

  /** Inserts the new ones; returns only the rows this call created (the dedupe key skips the rest). */
  async insertNew(candidates: ReminderCandidate[], now: Date) {
    if (candidates.length === 0) return [];
    return this.db
      .insertInto('notification')
      .values(
        candidates.map((c) => ({
          user_id: c.userId,
          kind: c.kind,
          subject_key: c.subjectKey,
          due_date: c.dueDate,
          stage: c.stage,
          title: c.title,
          detail: c.detail,
          link: c.link,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.constraint('notification_dedupe').doNothing())
      .returning(['id', 'user_id'])
      .execute();
  }

  /** E-mail address and digest choice of users (default: immediate). */
  async mailSettings(userIds: number[]) {
    if (userIds.length === 0) return [];
    return this.db
      .selectFrom('app_user as a')
      .leftJoin('user_notification_setting as s', 's.user_id', 'a.id')
      .select(['a.id', 'a.email', sql<boolean>`coalesce(s.digest, false)`.as('digest')])
      .where('a.id', 'in', userIds)
      .where('a.is_active', '=', true)
      .execute();
  }

  /** Digest users with an address and reminders created since `since` in no e-mail yet. */
  async digestUsers(since: Date) {
    return this.db
      .selectFrom('user_notification_setting as s')
      .innerJoin('app_user as a', 'a.id', 's.user_id')
      .select(['a.id'])
      .where('s.digest', '=', true)
      .where('a.is_active', '=', true)
      .where('a.email', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('notification as n')
            .select('n.id')
            .whereRef('n.user_id', '=', 'a.id')
            .where('n.kind', '!=', 'staff_alert')
            .where('n.emailed_at', 'is', null)
            .where('n.email_id', 'is', null)
            .where('n.created_at', '>', since),
        ),
      )
      .execute();
  }

  /** Takes the user's digest for the day; true for the one caller that got it. */
  async claimDigest(userId: number, day: string, now: Date): Promise<boolean> {
    const r = await this.db
      .insertInto('notification_digest')
      .values({ user_id: userId, day, sent_at: now })
      .onConflict((oc) => oc.columns(['user_id', 'day']).doNothing())
      .returning('user_id')
      .executeTakeFirst();
    return r !== undefined;
  }

  /** The user's reminders created since `since` in no e-mail yet (for the digest). */
  async unemailed(userId: number, since: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('notification')
      .select('id')
      .where('user_id', '=', userId)
      .where('kind', '!=', 'staff_alert')
      .where('emailed_at', 'is', null)
      .where('email_id', 'is', null)
      .where('created_at', '>', since)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Staff alerts created since `since` in no e-mail yet, of active users with an address, locked
   * (FOR UPDATE SKIP LOCKED) until the caller's transaction has put them in e-mails, so that two
   * runs at once never take the same one.
   */
  lockUnsentStaffAlerts(since: Date) {
    return this.db
      .selectFrom('notification as n')
      .innerJoin('app_user as a', 'a.id', 'n.user_id')
      .select(['n.id', 'n.user_id'])
      .where('n.kind', '=', 'staff_alert')
      .where('n.emailed_at', 'is', null)
      .where('n.email_id', 'is', null)
      .where('n.created_at', '>', since)
      .where('a.is_active', '=', true)
      .where('a.email', 'is not', null)
      .orderBy('n.id')
      .forUpdate('n')
      .skipLocked()
      .execute();
  }
}
