/**
 * Anonymous case statistics: counts by GBV type, sex, age group, unit and period, from cases whose
 * survivor consented to statistics only; cells of 1–4 are suppressed for units below a province.
 * They feed NQ 28 target 3.2a: the share of detected survivors who reached at least one service
 * (a referral accepted or completed).
 */
import type { Actor } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { CaseStatisticsRepository } from './case-statistics.repository.ts';
import type { TCaseStatistics } from './cases.schema.ts';

export const SUPPRESS_BELOW = 5;
/** The shortest period statistics are given for. */
export const MIN_DAYS = 28;

/** The answer's shape is its response schema's (`ZStatisticsResponseSchema`); the web app reads the same type. */
export type CaseStatistics = TCaseStatistics;

export class CaseStatisticsService {
  constructor(private readonly db: Database) {}

  async statistics(
    actor: Actor,
    q: { unitId?: number | undefined; from: string; to: string },
  ): Promise<CaseStatistics> {
    // A short window could single out one survivor (one case on one day in one commune).
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1;
    if (!(days >= MIN_DAYS))
      throw new AppError('VALIDATION_FAILED', [
        { path: 'from', message: `Khoảng thống kê phải từ ${MIN_DAYS} ngày trở lên.` },
      ]);
    const repo = new CaseStatisticsRepository(this.db);
    let unit: { id: number; level: string; full_name: string } | null = null;
    if (q.unitId === undefined) {
      if (!isSystemAdmin(actor)) throw new AppError('FORBIDDEN');
    } else {
      const u = await repo.unit(q.unitId);
      if (!u || u.version !== '2025') throw new AppError('UNIT_NOT_FOUND');
      const ref = { id: u.id, provinceId: u.province_id ?? u.id, districtId: u.district_id };
      if (
        !isSystemAdmin(actor) &&
        !hasRoleOver(
          actor,
          ['unit_admin', 'planner', 'reporter', 'approver', 'case_supervisor', 'viewer'],
          ref,
        )
      )
        throw new AppError('FORBIDDEN');
      unit = u;
    }
    const rows = await repo.consentedCases(unit, q.from, q.to);
    const below = unit !== null && unit.level !== 'province';
    const cell = (n: number) => (below && n > 0 && n < SUPPRESS_BELOW ? null : n);
    const group = (key: (r: (typeof rows)[number]) => string) => {
      const m = new Map<string, number>();
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ key: k, count: cell(n) }));
    };
    // a case counts once under each of its acts (the same cells, the same suppression as byType)
    const groupMany = (keys: (r: (typeof rows)[number]) => string[]) => {
      const m = new Map<string, number>();
      for (const r of rows) for (const k of new Set(keys(r))) m.set(k, (m.get(k) ?? 0) + 1);
      return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ key: k, count: cell(n) }));
    };
    const units = new Map<number, { unitName: string; n: number }>();
    for (const r of rows) {
      const u = units.get(r.unit_id) ?? { unitName: r.unit_name, n: 0 };
      u.n++;
      units.set(r.unit_id, u);
    }
    const total = cell(rows.length);
    const reached = cell(rows.filter((r) => r.reached).length);
    return {
      unitName: unit?.full_name ?? 'Toàn quốc',
      from: q.from,
      to: q.to,
      suppressed: below,
      total,
      reachedService: reached,
      reachedServicePercent:
        total !== null && reached !== null && total > 0 ? Math.round((reached * 1000) / total) / 10 : null,
      byType: group((r) => r.gbv_type),
      byDvAct: groupMany((r) => r.dv_acts),
      bySex: group((r) => r.survivor_sex),
      byAgeGroup: group((r) => r.survivor_age_group),
      // a commune's own cases are never listed unit by unit below the province
      byUnit: [...units].map(([unitId, u]) => ({
        unitId,
        unitName: u.unitName,
        count: below ? cell(u.n) : u.n,
      })),
    };
  }
}
