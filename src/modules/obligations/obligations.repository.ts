/** SQL for reporting obligations and what the communes owe under them. */
import type { Database } from '../../core/db/database.ts';
import type { ReportingObligationTable } from '../../core/db/schema.ts';
import type { Insertable, Updateable } from 'kysely';

export class ObligationsRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('reporting_obligation as o')
      .innerJoin('report_form as f', 'f.id', 'o.form_id')
      .innerJoin('admin_unit as u', 'u.id', 'o.unit_id')
      .selectAll('o')
      .select(['f.name as form_name', 'f.period_type', 'u.full_name as unit_name']);
  }

  findById(id: number) {
    return this.base().where('o.id', '=', id).executeTakeFirst();
  }

  /** Obligations received by any of `unitIds` (all when null), optionally of one plan. */
  list(unitIds: number[] | null, planId?: number) {
    let q = this.base();
    if (unitIds !== null) {
      if (unitIds.length === 0) return Promise.resolve([]);
      q = q.where('o.unit_id', 'in', unitIds);
    }
    if (planId) q = q.where('o.plan_id', '=', planId);
    return q.orderBy('o.is_active', 'desc').orderBy('o.id').execute();
  }

  /** Active obligations of one receiving unit for one form (the summary's due dates). */
  activeFor(unitId: number, formId: number) {
    return this.base()
      .where('o.unit_id', '=', unitId)
      .where('o.form_id', '=', formId)
      .where('o.is_active', '=', true)
      .orderBy('o.id')
      .execute();
  }

  byPlanSource(planId: number) {
    return this.db
      .selectFrom('reporting_obligation')
      .select(['id', 'source_text'])
      .where('plan_id', '=', planId)
      .execute();
  }

  async insert(row: Insertable<ReportingObligationTable>): Promise<number> {
    const r = await this.db
      .insertInto('reporting_obligation')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    return r.id;
  }

  async update(
    id: number,
    set: Pick<
      Updateable<ReportingObligationTable>,
      'title' | 'due_days' | 'ends_on' | 'remind_days' | 'is_active'
    >,
  ) {
    await this.db.updateTable('reporting_obligation').set(set).where('id', '=', id).execute();
  }

  /** The reports of a commune for the given forms (to match against due periods). */
  reportsOf(unitId: number, formIds: number[]) {
    if (formIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('report')
      .select(['id', 'form_id', 'period_type', 'period_start', 'status', 'return_reason'])
      .where('unit_id', '=', unitId)
      .where('form_id', 'in', formIds)
      .execute();
  }

  unit(id: number) {
    return this.db
      .selectFrom('admin_unit')
      .select(['id', 'level', 'version', 'full_name', 'province_id', 'district_id', 'valid_from'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  plan(id: number) {
    return this.db
      .selectFrom('plan')
      .select(['id', 'unit_id', 'province_id', 'issued_on', 'parsed'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  formsByPeriod() {
    return this.db
      .selectFrom('report_form')
      .select(['id', 'code', 'period_type'])
      .where('is_active', '=', true)
      .orderBy('code')
      .execute();
  }
}
