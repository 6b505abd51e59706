/** SQL for the notice of a returned report (notifications/report-returned.ts). */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

export class ReportReturnedRepository {
  constructor(private readonly db: Database) {}

  /**
   * One notification for each active reporter and unit administrator of the unit (not the actor);
   * a second return of the same version is not told twice (the dedupe key). Answers how many.
   */
  async insertForUnit(n: {
    unitId: number;
    actorId: number | null;
    subjectKey: string;
    dueDate: string;
    title: string;
    detail: string;
    link: string;
    at: Date;
  }): Promise<number> {
    const r = await sql<{ id: number }>`
      insert into notification (user_id, kind, subject_key, due_date, stage, title, detail, link, created_at)
      select distinct ra.user_id, 'report_returned', ${n.subjectKey}::text, ${n.dueDate}::date, 'alert',
        ${n.title}::text, ${n.detail}::text, ${n.link}::text, ${n.at}::timestamptz
      from role_assignment ra join app_user a on a.id = ra.user_id
      where ra.unit_id = ${n.unitId} and ra.role in ('reporter', 'unit_admin') and a.is_active
        and ra.user_id is distinct from ${n.actorId}::int
      on conflict on constraint notification_dedupe do nothing
      returning id`.execute(this.db);
    return r.rows.length;
  }
}
