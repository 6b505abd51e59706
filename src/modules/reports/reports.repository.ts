/** SQL for periodic reports: the reports, their values (data_value), their history, and the sums above. */
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType, ReportStatus } from '../../core/db/schema.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';

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

  /** A report with its values and its history, in one query (the detail, and every workflow step). */
  findDetail(id: number) {
    return this.base()
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('data_value as v')
            .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
            .select(['e.code', 'v.data_element_id as element_id', 'v.category', 'v.value'])
            .whereRef('v.report_id', '=', 'r.id'),
        ).as('values'),
        jsonArrayFrom(
          eb
            .selectFrom('report_event as ev')
            .leftJoin('app_user as a', 'a.id', 'ev.actor_id')
            .select(['ev.at', 'ev.action', 'ev.reason', 'a.full_name as actor_name'])
            .whereRef('ev.report_id', '=', 'r.id')
            .orderBy('ev.at')
            .orderBy('ev.id'),
        ).as('events'),
      ])
      .where('r.id', '=', id)
      .executeTakeFirst();
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
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: sql`now()` }))
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
      .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Approval makes the values count in every sum above, in the same transaction; reopening undoes it. */
  async setApproved(reportId: number, approved: boolean): Promise<void> {
    await this.db
      .updateTable('data_value')
      .set({ approved, updated_at: sql`now()` })
      .where('report_id', '=', reportId)
      .execute();
  }

  addEvent(e: {
    reportId: number;
    provinceId: number;
    actorId: number | null;
    action: 'create' | 'save' | 'submit' | 'return' | 'approve' | 'reopen' | 'import';
    reason?: string | null;
    at: Date;
  }) {
    return this.db
      .insertInto('report_event')
      .values({
        at: e.at,
        report_id: e.reportId,
        province_id: e.provinceId,
        actor_id: e.actorId,
        action: e.action,
        reason: e.reason ?? null,
      })
      .execute();
  }
}
