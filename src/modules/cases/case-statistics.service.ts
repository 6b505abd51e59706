/**
 * Anonymous case statistics: counts by GBV type, sex, age group, unit and period, from cases whose
 * survivor consented to statistics only, through the disclosure rule (core/disclosure/protect.ts,
 * docs/CASES.md): commune-level cells of 1 to k − 1 are hidden, and enough others with them that
 * no margin gives a hidden one away. Periods are whole months, quarters or years; below the
 * province, and for the communes' list of a province, whole years only (core/disclosure/windows.ts).
 * They feed NQ 28 target 3.2a: the share of detected survivors who reached at least one service
 * (a referral accepted or completed).
 */
import type { Actor } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { MIN_THRESHOLD, protect, type Line } from '../../core/disclosure/protect.ts';
import { windowOf } from '../../core/disclosure/windows.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { CasesRepository } from './cases.repository.ts';
import { CaseStatisticsRepository } from './case-statistics.repository.ts';
import type { TCaseStatistics } from './cases.schema.ts';

/** The answer's shape is its response schema's (`ZStatisticsResponseSchema`); the web app reads the same type. */
export type CaseStatistics = TCaseStatistics;

type Row = Awaited<ReturnType<CaseStatisticsRepository['consentedCases']>>[number];

export class CaseStatisticsService {
  constructor(
    private readonly db: Database,
    private readonly k: number = MIN_THRESHOLD,
  ) {}

  async statistics(
    actor: Actor,
    q: { unitId?: number | undefined; from: string; to: string },
  ): Promise<CaseStatistics> {
    const window = windowOf(q.from, q.to);
    if (window === null)
      throw new AppError('VALIDATION_FAILED', [
        { path: 'from', message: 'Khoảng thống kê phải là trọn một tháng, một quý hoặc một năm.' },
      ]);
    const repo = new CaseStatisticsRepository(this.db);
    let unit: { id: number; level: string; full_name: string } | null = null;
    if (q.unitId === undefined) {
      if (!isSystemAdmin(actor)) throw new AppError('FORBIDDEN');
    } else {
      const u = await new CasesRepository(this.db).unit(q.unitId);
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
    const below = unit !== null && unit.level !== 'province';
    if (below && window !== 'year')
      throw new AppError('VALIDATION_FAILED', [
        { path: 'from', message: 'Dưới cấp tỉnh, thống kê chỉ theo trọn năm.' },
      ]);
    const rows = await repo.consentedCases(unit, q.from, q.to);
    // The nation lists its provinces; a province its communes (whole years only).
    const listUnits = unit === null || window === 'year';
    const unitOf = (r: Row) =>
      unit === null
        ? { id: r.province_id, name: r.province_name ?? '', level: 'province' }
        : { id: r.unit_id, name: r.unit_name, level: r.unit_level };
    return this.tabulate(rows, { below, listUnits, unitOf, unitName: unit?.full_name ?? 'Toàn quốc', ...q });
  }

  /** The table of cells and lines, protected, as the response. */
  private tabulate(
    rows: Row[],
    o: {
      below: boolean;
      listUnits: boolean;
      unitOf: (r: Row) => { id: number; name: string; level: string };
      unitName: string;
      from: string;
      to: string;
    },
  ): CaseStatistics {
    const values: number[] = [];
    const sensitive: boolean[] = [];
    const lines: Line[] = [];
    const cell = (n: number, s: boolean) => {
      sensitive.push(s);
      return values.push(n) - 1;
    };
    const total = cell(rows.length, o.below);
    const reachedN = rows.filter((r) => r.reached).length;
    const reached = cell(reachedN, o.below);
    // never shown, but total − reached is: it counts survivors too
    lines.push({ total, parts: [reached, cell(rows.length - reachedN, o.below)] });
    const group = <K>(keyOf: (r: Row) => K, isBelow: (k: K) => boolean) => {
      const m = new Map<string, { key: K; n: number }>();
      for (const r of rows) {
        const key = keyOf(r);
        const id = JSON.stringify(key);
        m.set(id, { key, n: (m.get(id)?.n ?? 0) + 1 });
      }
      const items = [...m.values()]
        .sort((a, b) => b.n - a.n)
        .map((g) => ({ key: g.key, at: cell(g.n, o.below || isBelow(g.key)) }));
      lines.push({ total, parts: items.map((i) => i.at) });
      return items;
    };
    const byType = group(
      (r) => r.gbv_type,
      () => false,
    );
    const bySex = group(
      (r) => r.survivor_sex,
      () => false,
    );
    const byAge = group(
      (r) => r.survivor_age_group,
      () => false,
    );
    // A case counts once under each of its acts: no line adds up to the total, but for each act
    // "total − with the act" is shown by subtraction, so that difference is a cell of its line
    // (as total − reached is); and when every case has exactly one act, the acts are a line too.
    const acts = new Map<string, number>();
    for (const r of rows) for (const a of new Set(r.dv_acts)) acts.set(a, (acts.get(a) ?? 0) + 1);
    const byDvAct = [...acts]
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => {
        const at = cell(n, o.below);
        lines.push({ total, parts: [at, cell(rows.length - n, o.below)] });
        return { key, at };
      });
    if (byDvAct.length > 0 && rows.every((r) => new Set(r.dv_acts).size === 1))
      lines.push({ total, parts: byDvAct.map((a) => a.at) });
    const byUnit = o.listUnits ? group(o.unitOf, (u) => u.level !== 'province') : [];
    const hidden = protect({ values, sensitive, lines }, this.k);
    const show = (i: number) => ({ count: hidden[i] ? null : values[i]!, suppressed: hidden[i]! });
    const t = show(total);
    const r = show(reached);
    return {
      unitName: o.unitName,
      from: o.from,
      to: o.to,
      threshold: this.k,
      suppressed: hidden.some(Boolean),
      total: t.count,
      reachedService: r.count,
      reachedServicePercent:
        t.count !== null && r.count !== null && t.count > 0
          ? Math.round((r.count * 1000) / t.count) / 10
          : null,
      byType: byType.map((g) => ({ key: g.key, ...show(g.at) })),
      byDvAct: byDvAct.map((g) => ({ key: g.key, ...show(g.at) })),
      bySex: bySex.map((g) => ({ key: g.key, ...show(g.at) })),
      byAgeGroup: byAge.map((g) => ({ key: g.key, ...show(g.at) })),
      byUnit: byUnit.map((g) => ({ unitId: g.key.id, unitName: g.key.name, ...show(g.at) })),
    };
  }
}
