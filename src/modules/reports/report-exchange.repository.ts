/** SQL for moving report figures in and out: the values of a unit's reports, and lookups for an import. */
import type { Database } from '../../core/db/database.ts';
import type { PeriodType } from '../../core/db/schema.ts';

export interface ExportScope {
  formId: number;
  periodType: PeriodType;
  periodStart: string;
  /** A province: every report counted in it; a commune: its own; null: the whole country. */
  unit: { id: number; level: string } | null;
  approvedOnly: boolean;
}

export class ReportExchangeRepository {
  constructor(private readonly db: Database) {}

  private reports(s: ExportScope) {
    let q = this.db
      .selectFrom('report as r')
      .innerJoin('admin_unit as u', 'u.id', 'r.unit_id')
      .where('r.form_id', '=', s.formId)
      .where('r.period_type', '=', s.periodType)
      .where('r.period_start', '=', s.periodStart);
    if (s.approvedOnly) q = q.where('r.status', '=', 'approved');
    if (s.unit?.level === 'province') q = q.where('r.province_id', '=', s.unit.id);
    else if (s.unit) q = q.where('r.unit_id', '=', s.unit.id);
    return q;
  }

  /** One row per value, ordered by unit code then the form's field order and category. */
  values(s: ExportScope) {
    return this.reports(s)
      .innerJoin('data_value as v', 'v.report_id', 'r.id')
      .innerJoin('data_element as e', 'e.id', 'v.data_element_id')
      .innerJoin('report_form_field as f', (j) =>
        j.onRef('f.data_element_id', '=', 'v.data_element_id').onRef('f.form_id', '=', 'r.form_id'),
      )
      .select([
        'u.code as unit_code',
        'u.version as unit_version',
        'u.full_name as unit_name',
        'u.level as unit_level',
        'r.status',
        'r.period_start',
        'r.decided_at',
        'e.code as element_code',
        'e.name as element_name',
        'v.category',
        'v.value',
      ])
      .orderBy('u.code')
      .orderBy('f.position')
      .orderBy('v.category')
      .execute();
  }

  /** The narratives of the reports, by unit, for a consolidated report. */
  narratives(s: ExportScope) {
    return this.reports(s)
      .select(['u.full_name as unit_name', 'u.code as unit_code', 'r.narrative'])
      .orderBy('u.code')
      .execute();
  }

  unitsByCode(version: '2024' | '2025', codes: string[]) {
    if (codes.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('admin_unit')
      .select(['id', 'code', 'version', 'province_id', 'district_id'])
      .where('version', '=', version)
      .where('code', 'in', codes)
      .execute();
  }
}
