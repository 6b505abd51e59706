/**
 * SQL for what a receiving unit sees of a form and period: each lower unit's report state
 * (completeness and timeliness), and the approved numbers summed over its subtree. Sums read only
 * approved values (flagged in the approval transaction), grouped by the 2025 unit they roll up to,
 * so 2024 data counts under the 2025 units through the lineage.
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType } from '../../core/db/schema.ts';

export class ReportSummaryRepository {
  constructor(private readonly db: Database) {}

  /** The units that report to `unitId` (2025): a province's communes, or the provinces of the nation. */
  lowerUnits(unit: { id: number; level: string } | null) {
    let q = this.db
      .selectFrom('admin_unit')
      .select(['id', 'full_name', 'valid_from'])
      .where('version', '=', '2025')
      .orderBy('code');
    if (unit === null) q = q.where('level', '=', 'province');
    else if (unit.level === 'province')
      q = q.where('level', '=', 'commune').where('province_id', '=', unit.id);
    else q = q.where('id', '=', unit.id);
    return q.execute();
  }

  reportsOf(formId: number, periodType: PeriodType, periodStart: string, unitIds: number[]) {
    if (unitIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('report')
      .select(['id', 'unit_id', 'status', 'submitted_at', 'due_date'])
      .where('form_id', '=', formId)
      .where('period_type', '=', periodType)
      .where('period_start', '=', periodStart)
      .where('unit_id', 'in', unitIds)
      .execute();
  }

  /** For the nation: per province, its communes and its communes' reports by status and timeliness. */
  async provinceProgress(formId: number, periodType: PeriodType, periodStart: string) {
    const communes = await this.db
      .selectFrom('admin_unit')
      .select(['province_id', (eb) => eb.fn.countAll<string>().as('n')])
      .where('version', '=', '2025')
      .where('level', '=', 'commune')
      .groupBy('province_id')
      .execute();
    const reports = await this.db
      .selectFrom('report')
      .select([
        'province_id',
        'status',
        (eb) => eb.fn.countAll<string>().as('n'),
        sql<string>`count(*) filter (where due_date is null or submitted_at::date <= due_date)`.as('on_time'),
      ])
      .where('form_id', '=', formId)
      .where('period_type', '=', periodType)
      .where('period_start', '=', periodStart)
      .where('status', '<>', 'draft')
      .groupBy(['province_id', 'status'])
      .execute();
    return { communes, reports };
  }

  /**
   * Approved values of the form's elements for the period, summed over the unit's subtree. Summed
   * first, then named and ordered: for the nation that is one index-only pass over the period's rows
   * (data_value_period_idx) rather than joining each of them (docs/BENCHMARKS.md).
   */
  sums(
    formId: number,
    periodType: PeriodType,
    periodStart: string,
    unit: { id: number; level: string } | null,
  ) {
    let totals = this.db
      .selectFrom('data_value as v')
      .select(['v.data_element_id', 'v.category', sql<string>`sum(v.value)`.as('value')])
      .where('v.approved', '=', true)
      .where('v.period_type', '=', periodType)
      .where('v.period_start', '=', periodStart)
      .where('v.data_element_id', 'in', (eb) =>
        eb.selectFrom('report_form_field').select('data_element_id').where('form_id', '=', formId),
      )
      .groupBy(['v.data_element_id', 'v.category']);
    if (unit?.level === 'province') totals = totals.where('v.province_id', '=', unit.id);
    else if (unit) totals = totals.where('v.rollup_unit_id', '=', unit.id);
    return this.db
      .selectFrom(totals.as('s'))
      .innerJoin('report_form_field as f', (j) =>
        j.onRef('f.data_element_id', '=', 's.data_element_id').on('f.form_id', '=', formId),
      )
      .innerJoin('data_element as e', 'e.id', 's.data_element_id')
      .select(['e.code', 's.category', 's.value'])
      .orderBy('f.position')
      .orderBy('s.category')
      .execute();
  }
}
