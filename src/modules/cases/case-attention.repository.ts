/**
 * SQL for what needs attention on open cases: referrals whose provider has not answered by the
 * response time, referrals past their due date, missed follow-ups, closure requests awaiting the
 * supervisor. For one user (their assigned cases) or, for the reminders job, for every case.
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

export class CaseAttentionRepository {
  constructor(private readonly db: Database) {}

  /** The user's open cases (active assignment) with their role. */
  private mine(userId: number | null) {
    let q = this.db
      .selectFrom('case_assignment as a')
      .innerJoin('gbv_case as c', 'c.id', 'a.case_id')
      .innerJoin('app_user as u', 'u.id', 'a.user_id')
      .where('a.ended_at', 'is', null)
      .where('c.status', '=', 'open')
      .where('u.is_active', '=', true);
    if (userId !== null) q = q.where('a.user_id', '=', userId);
    return q;
  }

  /** Referrals still "sent" past their response time, with who is on the case. */
  unanswered(userId: number | null, now: Date, role?: 'case_supervisor') {
    let q = this.mine(userId)
      .innerJoin('referral as r', 'r.case_id', 'c.id')
      .select(['c.id as case_id', 'c.code', 'a.user_id', 'a.role', 'r.id', 'r.service', 'r.response_due_at'])
      .where('r.status', '=', 'sent')
      .where('r.response_due_at', '<', now);
    if (role) q = q.where('a.role', '=', role);
    return q.orderBy('r.response_due_at').limit(500).execute();
  }

  /** Referrals sent or accepted whose due date has passed. */
  overdue(userId: number, today: string) {
    return this.mine(userId)
      .innerJoin('referral as r', 'r.case_id', 'c.id')
      .select(['c.id as case_id', 'c.code', 'a.role', 'r.id', 'r.service', 'r.due_on'])
      .where('r.status', 'in', ['sent', 'accepted'])
      .where('r.due_on', '<', today)
      .orderBy('r.due_on')
      .limit(500)
      .execute();
  }

  /** Follow-ups without an outcome whose day has passed. */
  missed(userId: number | null, today: string, role?: 'case_supervisor') {
    let q = this.mine(userId)
      .innerJoin('case_follow_up as f', 'f.case_id', 'c.id')
      .select(['c.id as case_id', 'c.code', 'a.user_id', 'a.role', 'f.id', 'f.due_on'])
      .where('f.outcome', 'is', null)
      .where('f.due_on', '<', today);
    if (role) q = q.where('a.role', '=', role);
    return q.orderBy('f.due_on').limit(500).execute();
  }

  /** Cases the user supervises whose latest closure event is a request. */
  closurePending(userId: number) {
    return this.mine(userId)
      .innerJoin('case_closure as e', 'e.case_id', 'c.id')
      .select(['c.id as case_id', 'c.code', 'a.role', 'e.at'])
      .where('a.role', '=', 'case_supervisor')
      .where('e.kind', '=', 'request')
      .where('e.id', '=', sql<number>`(select max(x.id) from case_closure x where x.case_id = c.id)`)
      .orderBy('e.at')
      .limit(500)
      .execute();
  }
}
