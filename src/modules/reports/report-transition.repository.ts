/**
 * The workflow steps of a report (submit, return, approve, reopen) as one statement each — the
 * hot path of deadline day (docs/ARCHITECTURE.md, "Few round trips on the hot path").
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { AuditRow } from '../audit-log/audit-log.repository.ts';

export class ReportTransitionRepository {
  constructor(private readonly db: Database) {}

  /**
   * A workflow step (submit, return, approve, reopen) as ONE statement: the status change (only if
   * the version is still the one read), its report_event, its audit row and — on approval or
   * reopening — the values' approved flag. Data-modifying CTEs commit or fail together, and the
   * inserts select from the update, so nothing is written when the version moved. One round trip
   * instead of five on deadline day. Answers the new version and the new event (for the history
   * shown with the answer); undefined when the version moved (someone else acted first).
   */
  async transition(t: {
    id: number;
    version: number;
    set: Record<string, string | Date | number | null | undefined>;
    approved: boolean | null;
    event: {
      actorId: number | null;
      action: 'submit' | 'return' | 'approve' | 'reopen';
      reason: string | null;
      /** When it happened (the clock's instant). */
      at: Date;
    };
    audit: AuditRow;
  }): Promise<{ version: number; updated_at: Date; event_at: Date; actor_name: string | null } | undefined> {
    const set = sql.join(
      Object.entries(t.set)
        .filter(([, value]) => value !== undefined)
        .map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
    );
    const a = t.audit;
    const approved =
      t.approved === null
        ? sql``
        : sql`, d as (update data_value set approved = ${t.approved}, updated_at = now()
                     where report_id in (select id from u))`;
    const r = await sql<{ version: number; updated_at: Date; event_at: Date; actor_name: string | null }>`
      with u as (
        update report set ${set}, version = version + 1, updated_at = now()
        where id = ${t.id} and version = ${t.version}
        returning id, province_id, version, updated_at
      ), e as (
        insert into report_event (report_id, province_id, actor_id, action, reason, at)
        select id, province_id, ${t.event.actorId}::int, ${t.event.action}::text, ${t.event.reason}::text,
          ${t.event.at}::timestamptz from u
        returning at, actor_id
      ), a as (
        insert into audit_log (actor_id, action, entity_type, entity_id, unit_id, province_id, ip, user_agent, request_id, details)
        select ${a.actor_id}::int, ${a.action}::text, ${a.entity_type}::text, ${a.entity_id}::text,
          ${a.unit_id}::int, ${a.province_id}::int, ${a.ip}::text, ${a.user_agent}::text,
          ${a.request_id}::text, ${a.details}::jsonb
        from u
      )${approved}
      select u.version, u.updated_at, e.at as event_at,
        (select full_name from app_user where id = e.actor_id) as actor_name
      from u, e`.execute(this.db);
    return r.rows[0];
  }
}
