/** SQL for periodic reports: the reports, their values (data_value), their history, and the sums above. */
import { sql } from 'kysely';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType, ReportStatus } from '../../core/db/schema.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';
import type { AuditRow } from '../audit-log/audit-log.repository.ts';

export interface ReportFilter {
  unitId?: number | undefined;
  formId?: number | undefined;
  periodStart?: string | undefined;
  status?: ReportStatus | undefined;
}

export class ReportsRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('report as r')
      .innerJoin('report_form as f', 'f.id', 'r.form_id')
      .innerJoin('admin_unit as u', 'u.id', 'r.unit_id')
      .selectAll('r')
      .select([
        'f.code as form_code',
        'f.name as form_name',
        'f.updated_at as form_updated_at',
        'u.full_name as unit_name',
        'u.level as unit_level',
        'u.version as unit_version',
        'u.district_id as unit_district_id',
        'u.province_id as unit_province_id',
      ]);
  }

  findById(id: number) {
    return this.base().where('r.id', '=', id).executeTakeFirst();
  }

  list(scope: ScopeFilter, f: ReportFilter) {
    let q = this.base();
    const inScope = scopeCondition(scope, 'r.unit_id', 'r.province_id');
    if (inScope) q = q.where(inScope);
    if (f.unitId) q = q.where('r.unit_id', '=', f.unitId);
    if (f.formId) q = q.where('r.form_id', '=', f.formId);
    if (f.periodStart) q = q.where('r.period_start', '=', f.periodStart);
    if (f.status) q = q.where('r.status', '=', f.status);
    return q.orderBy('r.period_start', 'desc').orderBy('u.code').limit(500).execute();
  }

  findExisting(formId: number, unitId: number, periodType: PeriodType, periodStart: string) {
    return this.db
      .selectFrom('report')
      .select('id')
      .where('form_id', '=', formId)
      .where('unit_id', '=', unitId)
      .where('period_type', '=', periodType)
      .where('period_start', '=', periodStart)
      .executeTakeFirst();
  }

  /**
   * The 2025 unit a unit's numbers count under: itself when in force; for a 2024 unit its successor
   * through the lineage (a full link first, then the lowest code; a 2024 district has none of its own,
   * so its communes' successors are used). With the 2025 province of that unit.
   */
  async rollupOf(unitId: number): Promise<{ unitId: number; provinceId: number } | undefined> {
    const r = await sql<{ unit_id: number; province_id: number }>`
      select u.id as unit_id, coalesce(u.province_id, u.id) as province_id
      from (
        select s.id, 0 as rank from admin_unit s where s.id = ${unitId} and s.version = '2025'
        union all
        select l.successor_id, case when l.part = 'full' then 1 else 2 end
        from admin_unit_lineage l
        where l.predecessor_id in (
          select s.id from admin_unit s where s.id = ${unitId} and s.version = '2024'
          union all
          select c.id from admin_unit c where c.district_id = ${unitId} and c.version = '2024'
        )
      ) x
      join admin_unit u on u.id = x.id
      order by x.rank, u.code
      limit 1`.execute(this.db);
    const row = r.rows[0];
    return row ? { unitId: row.unit_id, provinceId: row.province_id } : undefined;
  }

  async insert(v: {
    formId: number;
    unitId: number;
    provinceId: number;
    periodType: PeriodType;
    periodStart: string;
    periodEnd: string;
    dueDate: string | null;
    obligationId: number | null;
  }): Promise<number> {
    const row = await this.db
      .insertInto('report')
      .values({
        form_id: v.formId,
        unit_id: v.unitId,
        province_id: v.provinceId,
        period_type: v.periodType,
        period_start: v.periodStart,
        period_end: v.periodEnd,
        due_date: v.dueDate,
        obligation_id: v.obligationId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  values(reportId: number) {
    return this.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
      .select(['e.code', 'v.data_element_id as element_id', 'v.category', 'v.value'])
      .where('v.report_id', '=', reportId)
      .execute();
  }

  /** A change made outside `update` (an import) still moves the version, so open editors notice. */
  async bumpVersion(id: number): Promise<void> {
    await this.db
      .updateTable('report')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .execute();
  }

  /** Replaces the report's values (one statement each way); the caller holds the transaction. */
  async replaceValues(
    report: {
      id: number;
      unitId: number;
      rollupUnitId: number;
      provinceId: number;
      periodType: PeriodType;
      periodStart: string;
    },
    values: { elementId: number; category: string; value: number }[],
  ): Promise<void> {
    await this.db.deleteFrom('data_value').where('report_id', '=', report.id).execute();
    if (values.length === 0) return;
    await this.db
      .insertInto('data_value')
      .values(
        values.map((v) => ({
          data_element_id: v.elementId,
          category: v.category,
          unit_id: report.unitId,
          rollup_unit_id: report.rollupUnitId,
          province_id: report.provinceId,
          period_type: report.periodType,
          period_start: report.periodStart,
          value: v.value,
          report_id: report.id,
        })),
      )
      .execute();
  }

  async update(
    id: number,
    expectedVersion: number,
    set: {
      status?: ReportStatus;
      narrative?: string;
      submitted_at?: Date | null;
      submitted_by?: number | null;
      decided_at?: Date | null;
      decided_by?: number | null;
      return_reason?: string | null;
    },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('report')
      .set({ ...set, version: sql`version + 1`, updated_at: new Date() })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * A workflow step (submit, return, approve, reopen) as ONE statement: the status change (only if
   * the version is still the one read), its report_event, its audit row and — on approval or
   * reopening — the values' approved flag. Data-modifying CTEs commit or fail together, and the
   * inserts select from the update, so nothing is written when the version moved. One round trip
   * instead of five on deadline day. Undefined when the version moved (someone else acted first).
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
    };
    audit: AuditRow;
  }): Promise<{ version: number; updated_at: Date } | undefined> {
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
    const r = await sql<{ version: number; updated_at: Date }>`
      with u as (
        update report set ${set}, version = version + 1, updated_at = now()
        where id = ${t.id} and version = ${t.version}
        returning id, province_id, version, updated_at
      ), e as (
        insert into report_event (report_id, province_id, actor_id, action, reason)
        select id, province_id, ${t.event.actorId}::int, ${t.event.action}::text, ${t.event.reason}::text from u
      ), a as (
        insert into audit_log (actor_id, action, entity_type, entity_id, unit_id, province_id, ip, user_agent, request_id, details)
        select ${a.actor_id}::int, ${a.action}::text, ${a.entity_type}::text, ${a.entity_id}::text,
          ${a.unit_id}::int, ${a.province_id}::int, ${a.ip}::text, ${a.user_agent}::text,
          ${a.request_id}::text, ${a.details}::jsonb
        from u
      )${approved}
      select version, updated_at from u`.execute(this.db);
    return r.rows[0];
  }

  /** Approval makes the values count in every sum above, in the same transaction; reopening undoes it. */
  async setApproved(reportId: number, approved: boolean): Promise<void> {
    await this.db
      .updateTable('data_value')
      .set({ approved, updated_at: new Date() })
      .where('report_id', '=', reportId)
      .execute();
  }

  addEvent(e: {
    reportId: number;
    provinceId: number;
    actorId: number | null;
    action: 'create' | 'save' | 'submit' | 'return' | 'approve' | 'reopen' | 'import';
    reason?: string | null;
  }) {
    return this.db
      .insertInto('report_event')
      .values({
        report_id: e.reportId,
        province_id: e.provinceId,
        actor_id: e.actorId,
        action: e.action,
        reason: e.reason ?? null,
      })
      .execute();
  }

  events(reportId: number) {
    return this.db
      .selectFrom('report_event as e')
      .leftJoin('app_user as a', 'a.id', 'e.actor_id')
      .select(['e.at', 'e.action', 'e.reason', 'a.full_name as actor_name'])
      .where('e.report_id', '=', reportId)
      .orderBy('e.at')
      .orderBy('e.id')
      .execute();
  }
}
