/**
 * SQL for the indicator catalogue (programmes, objectives, indicators, national targets) and for the
 * approved data values an indicator is computed from.
 */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { PeriodType, TargetComparator } from '../../core/db/schema.ts';

export type IndicatorRow = NonNullable<Awaited<ReturnType<IndicatorsRepository['findById']>>>;
export type TargetRow = Awaited<ReturnType<IndicatorsRepository['nationalTargets']>>[number];
export interface UnitScope {
  id: number;
  level: string;
}
/** How summed values are grouped: one total, per province of the nation, or per 2025 commune. */
export type SumGrouping = 'total' | 'province' | 'commune';
interface RowsQuery {
  elementIds: number[];
  periodType: PeriodType;
  fromYear: number;
  toYear: number;
  unit: UnitScope | null;
}

export class IndicatorsRepository {
  constructor(private readonly db: Database) {}

  programmes() {
    return this.db.selectFrom('programme').selectAll().orderBy('position').orderBy('code').execute();
  }

  objectives() {
    return this.db.selectFrom('objective').selectAll().orderBy('position').orderBy('code').execute();
  }

  findProgrammeByCode(code: string) {
    return this.db.selectFrom('programme').select('id').where('code', '=', code).executeTakeFirst();
  }

  private indicators() {
    return this.db
      .selectFrom('indicator as i')
      .innerJoin('programme as p', 'p.id', 'i.programme_id')
      .leftJoin('objective as o', 'o.id', 'i.objective_id')
      .leftJoin('data_element as n', 'n.id', 'i.numerator_element_id')
      .leftJoin('data_element as d', 'd.id', 'i.denominator_element_id')
      .selectAll('i')
      .select(['p.code as programme_code', 'o.code as objective_code'])
      .select(['n.code as numerator_code', 'd.code as denominator_code']);
  }

  list(programmeId?: number) {
    let q = this.indicators().orderBy('p.position').orderBy('i.position').orderBy('i.code');
    if (programmeId !== undefined) q = q.where('i.programme_id', '=', programmeId);
    return q.execute();
  }

  findById(id: number) {
    return this.indicators().where('i.id', '=', id).executeTakeFirst();
  }

  nationalTargets(indicatorIds: number[]) {
    if (indicatorIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('indicator_target')
      .select(['indicator_id', 'year', 'comparator', 'value', 'label', 'unconfirmed'])
      .where('indicator_id', 'in', indicatorIds)
      .where('unit_id', 'is', null)
      .orderBy('indicator_id')
      .orderBy('year')
      .execute();
  }

  async update(
    id: number,
    patch: {
      name?: string;
      name_en?: string;
      definition?: string | null;
      unconfirmed?: boolean;
      note?: string | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('indicator')
      .set({ ...patch, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
  }

  async setNationalTarget(
    indicatorId: number,
    year: number,
    t: { comparator: TargetComparator; value: number | null; label: string; unconfirmed: boolean },
  ): Promise<void> {
    await this.db
      .insertInto('indicator_target')
      .values({ indicator_id: indicatorId, unit_id: null, year, ...t })
      .onConflict((oc) =>
        oc
          .columns(['indicator_id', 'year'])
          .where('unit_id', 'is', null)
          .doUpdateSet({ ...t, updated_at: sql<Date>`now()` }),
      )
      .execute();
  }

  findUnit(id: number) {
    return this.db
      .selectFrom('admin_unit')
      .select(['id', 'level', 'full_name', 'province_id', 'district_id', 'version'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The 2025 units one level below: the nation's provinces, a province's communes, or the commune itself. */
  lowerUnits(unit: UnitScope | null) {
    let q = this.db
      .selectFrom('admin_unit')
      .select(['id', 'full_name'])
      .where('version', '=', '2025')
      .orderBy('code');
    if (unit === null) q = q.where('level', '=', 'province');
    else if (unit.level === 'province')
      q = q.where('level', '=', 'commune').where('province_id', '=', unit.id);
    else q = q.where('id', '=', unit.id);
    return q.execute();
  }

  /**
   * The approved data_value rows of the elements in the years [fromYear, toYear] over the unit's
   * subtree: a province by data_value.province_id, a commune by data_value.rollup_unit_id (2024
   * units count under their 2025 successor), the nation when `unit` is null.
   * Period types: only rows of `periodType`; for 'annual', a reporting unit that has no approved
   * annual row for an element, category and year counts with its semiannual rows instead.
   */
  private approvedRows(q: RowsQuery) {
    let query = this.db
      .selectFrom('data_value as v')
      .where('v.approved', '=', true)
      .where('v.data_element_id', 'in', q.elementIds)
      .where('v.period_start', '>=', `${q.fromYear}-01-01`)
      .where('v.period_start', '<=', `${q.toYear}-12-31`)
      .where((eb) =>
        q.periodType !== 'annual'
          ? eb('v.period_type', '=', q.periodType)
          : eb.or([
              eb('v.period_type', '=', 'annual'),
              eb.and([
                eb('v.period_type', '=', 'semiannual'),
                eb.not(
                  eb.exists(
                    eb
                      .selectFrom('data_value as a')
                      .select(sql`1`.as('one'))
                      .where('a.approved', '=', true)
                      .where('a.period_type', '=', 'annual')
                      .whereRef('a.data_element_id', '=', 'v.data_element_id')
                      .whereRef('a.category', '=', 'v.category')
                      .whereRef('a.unit_id', '=', 'v.unit_id')
                      .where('a.period_start', '=', sql<string>`date_trunc('year', v.period_start)::date`),
                  ),
                ),
              ]),
            ]),
      );
    if (q.unit?.level === 'province') query = query.where('v.province_id', '=', q.unit.id);
    else if (q.unit) query = query.where('v.rollup_unit_id', '=', q.unit.id);
    return query;
  }

  /**
   * Approved values (approvedRows) summed per element, category, year and (by `grouping`) lower
   * unit.
   */
  sums(q: RowsQuery & { grouping: SumGrouping }) {
    if (q.elementIds.length === 0) return Promise.resolve([]);
    const year = sql<number>`extract(year from v.period_start)::int`;
    const group =
      q.grouping === 'province'
        ? sql<number | null>`v.province_id`
        : q.grouping === 'commune'
          ? sql<number | null>`v.rollup_unit_id`
          : null;
    let query = this.approvedRows(q)
      .select(['v.data_element_id as element_id', 'v.category'])
      .select([
        year.as('year'),
        (group ?? sql<number | null>`null::int`).as('group_id'),
        sql<string>`sum(v.value)`.as('value'),
      ])
      .groupBy(['v.data_element_id', 'v.category', year]);
    if (group) query = query.groupBy(group);
    return query.execute();
  }

  /** How many units (2025, through the lineage) have approved rows (approvedRows), per element, year and province. */
  reporters(q: RowsQuery) {
    if (q.elementIds.length === 0) return Promise.resolve([]);
    const year = sql<number>`extract(year from v.period_start)::int`;
    return this.approvedRows(q)
      .select(['v.data_element_id as element_id', 'v.province_id'])
      .select([year.as('year'), sql<string>`count(distinct v.rollup_unit_id)`.as('n')])
      .groupBy(['v.data_element_id', 'v.province_id', year])
      .execute();
  }

  /** The 2025 communes of a province, or of the nation (null), with the day each came to exist. */
  communes(provinceId: number | null) {
    let q = this.db
      .selectFrom('admin_unit')
      .select(['id', 'province_id', 'valid_from'])
      .where('version', '=', '2025')
      .where('level', '=', 'commune');
    if (provinceId !== null) q = q.where('province_id', '=', provinceId);
    return q.execute();
  }

  /**
   * Active obligations of a province (all provinces: null) to report a form carrying one of the
   * elements, one row per obligation and element.
   */
  obligationsFor(elementIds: number[], provinceId: number | null) {
    if (elementIds.length === 0) return Promise.resolve([]);
    let q = this.db
      .selectFrom('reporting_obligation as o')
      .innerJoin('report_form as f', 'f.id', 'o.form_id')
      .innerJoin('report_form_field as ff', 'ff.form_id', 'o.form_id')
      .select(['o.id', 'o.unit_id', 'o.frequency', 'o.due_days', 'o.starts_on', 'o.ends_on'])
      .select(['f.period_type', 'ff.data_element_id'])
      .where('o.is_active', '=', true)
      .where('o.reporter_level', '=', 'commune')
      .where('ff.data_element_id', 'in', elementIds);
    if (provinceId !== null) q = q.where('o.unit_id', '=', provinceId);
    return q.execute();
  }
}
