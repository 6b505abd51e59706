/** SQL for anonymous case statistics: clear columns of consented cases only, never a sealed one. */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

export class CaseStatisticsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Cases detected in [from, to] handled in the unit's area (a commune: its own cases, the same
   * population as its line in the province's list, so the two answers cannot be subtracted) whose
   * survivor consents to statistics now.
   */
  consentedCases(unit: { id: number; level: string } | null, from: string, to: string) {
    let q = this.db
      .selectFrom('gbv_case as c')
      .innerJoin('admin_unit as u', 'u.id', 'c.unit_id')
      .leftJoin('admin_unit as p', 'p.id', 'c.province_id')
      .select([
        'c.unit_id',
        'u.full_name as unit_name',
        'u.level as unit_level',
        'c.province_id',
        'p.full_name as province_name',
        'c.gbv_type',
        'c.survivor_sex',
        'c.survivor_age_group',
        'c.dv_acts',
        sql<boolean>`exists (select 1 from referral r where r.case_id = c.id and r.status in ('accepted', 'completed'))`.as(
          'reached',
        ),
      ])
      .where('c.detected_on', '>=', from)
      .where('c.detected_on', '<=', to)
      .where(
        sql<boolean>`(select k.granted from case_consent k where k.case_id = c.id and k.purpose = 'statistics'
          order by k.recorded_at desc, k.id desc limit 1) is true`,
      );
    if (unit?.level === 'province') q = q.where('c.province_id', '=', unit.id);
    else if (unit) q = q.where('c.unit_id', '=', unit.id);
    return q.execute();
  }
}
