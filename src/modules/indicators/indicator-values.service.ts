/**
 * Indicator values computed from approved report data: all indicators for a unit and year, one
 * indicator over years (series), and one indicator per lower unit (for charts and the map).
 *
 * Which data_value rows count (IndicatorsRepository.sums): approved rows whose period starts in the
 * year, of the indicator's period type ('term' indicators read annual rows). For an annual
 * indicator, a reporting unit without an approved annual row for an element and category counts
 * with the sum of its approved semiannual rows instead: right for counts of events and people in
 * the period, which is what the six-monthly form carries (stock counts such as households are on
 * the annual form only). A province's value sums every row in the province (its communes' and its
 * own), a commune's the rows that roll up to it (2024 units through the lineage), the nation's all.
 * Computation and status: indicator-compute.ts; coverage (reported / expected units, and no
 * verdict below COVERAGE_MIN_PERCENT): indicator-coverage.ts.
 */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { MIN_THRESHOLD } from '../../core/disclosure/protect.ts';
import type { PeriodType } from '../../core/db/schema.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { computeIndicator, hasFormula, judge, targetFor, type SumLookup } from './indicator-compute.ts';
import { expectedCounter, readPeriodTypes, withCoverage } from './indicator-coverage.ts';
import { countsSurvivors, hide, protectIndicators } from './indicator-disclosure.ts';
import { authorizeIndicator } from './indicators.policy.ts';
import {
  IndicatorsRepository,
  type IndicatorRow,
  type SumGrouping,
  type UnitScope,
} from './indicators.repository.ts';
import type {
  TByUnitResponse,
  TCoverage,
  TIndicatorValue,
  TSeriesResponse,
  TTarget,
  TValuesResponse,
} from './indicators.schema.ts';
import { formulaOf, presentTarget } from './indicators.service.ts';

interface Scope {
  unit: UnitScope | null;
  unitId: number | null;
  unitName: string;
}
/** The summed values of an indicator's operands for a year and (grouped queries) a lower unit. */
type SumsOf = (r: IndicatorRow, year: number, groupId: number | null) => SumLookup;
/**
 * The coverage of an indicator's value in a year, over the scope (provinceId null) or one of its
 * provinces; null when the scope is a commune (its own value: expected 1).
 */
type CoverageOf = (r: IndicatorRow, year: number, provinceId: number | null) => TCoverage | null;

const sumPeriod = (p: IndicatorRow['period_type']): PeriodType => (p === 'term' ? 'annual' : p);
const key = (...parts: (string | number | null)[]) => parts.map(String).join('|');

function valueOf(
  r: IndicatorRow,
  sum: SumLookup,
  targets: TTarget[],
  year: number,
  aggregated: TCoverage | null,
): TIndicatorValue {
  const formula = formulaOf(r);
  const computed = computeIndicator(formula, sum);
  const target = targetFor(targets, year);
  const coverage = aggregated ?? { reported: computed.numerator === null ? 0 : 1, expected: 1 };
  return {
    ...computed,
    target,
    status: withCoverage(judge(formula, computed.value, target), coverage),
    coverage,
    suppressed: false,
  };
}

/** Is the scope below the province (its counts of survivors protected)? */
const below = (s: Scope) => s.unit !== null && s.unit.level !== 'province';

export class IndicatorValuesService {
  constructor(
    private readonly db: Database,
    /** The disclosure threshold (Config.disclosureMinCount). */
    private readonly k: number = MIN_THRESHOLD,
  ) {}

  private get repo() {
    return new IndicatorsRepository(this.db);
  }

  /** The unit asked for (a 2025 unit, or the nation when omitted), after the authorization check. */
  private async scope(actor: Actor, unitId: number | undefined): Promise<Scope> {
    if (unitId === undefined) {
      authorizeIndicator(actor, 'values', null);
      return { unit: null, unitId: null, unitName: 'Toàn quốc' };
    }
    const u = await this.repo.findUnit(unitId);
    if (!u) throw new AppError('UNIT_NOT_FOUND');
    if (u.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
    authorizeIndicator(actor, 'values', {
      id: u.id,
      provinceId: u.province_id ?? u.id,
      districtId: u.district_id,
    });
    return { unit: { id: u.id, level: u.level }, unitId: u.id, unitName: u.full_name };
  }

  private async indicator(id: number): Promise<IndicatorRow> {
    const row = await this.repo.findById(id);
    if (!row) throw new AppError('INDICATOR_NOT_FOUND');
    return row;
  }

  private async targets(ids: number[]): Promise<(indicatorId: number) => TTarget[]> {
    const rows = await this.repo.nationalTargets(ids);
    return (id) => rows.filter((t) => t.indicator_id === id).map(presentTarget);
  }

  /** One query per period type among the indicators, over the years and unit, grouped as asked. */
  private async sums(
    rows: IndicatorRow[],
    q: { fromYear: number; toYear: number; unit: UnitScope | null; grouping: SumGrouping },
  ): Promise<SumsOf> {
    const elements = new Map<PeriodType, Set<number>>();
    for (const r of rows) {
      if (!hasFormula(formulaOf(r))) continue;
      const set = elements.get(sumPeriod(r.period_type)) ?? new Set<number>();
      for (const id of [r.numerator_element_id, r.denominator_element_id]) if (id !== null) set.add(id);
      elements.set(sumPeriod(r.period_type), set);
    }
    const values = new Map<string, number>();
    for (const [periodType, ids] of elements)
      for (const s of await this.repo.sums({ ...q, periodType, elementIds: [...ids] }))
        values.set(key(periodType, s.year, s.group_id, s.element_id, s.category), Number(s.value));
    return (r, year, groupId) => (element, category) =>
      values.get(key(sumPeriod(r.period_type), year, groupId, element, category));
  }

  /** Reporting and expected units per indicator, year and province (indicator-coverage.ts). */
  private async coverage(
    rows: IndicatorRow[],
    q: { fromYear: number; toYear: number; unit: UnitScope | null },
  ): Promise<CoverageOf> {
    if (q.unit !== null && q.unit.level !== 'province') return () => null;
    const provinceId = q.unit?.id ?? null;
    const formulas = rows.filter((r) => hasFormula(formulaOf(r)) && r.numerator_element_id !== null);
    const elements = new Map<PeriodType, Set<number>>();
    for (const r of formulas) {
      const set = elements.get(sumPeriod(r.period_type)) ?? new Set<number>();
      elements.set(sumPeriod(r.period_type), set.add(r.numerator_element_id ?? 0));
    }
    const reported = new Map<string, number>();
    for (const [periodType, ids] of elements)
      for (const x of await this.repo.reporters({ ...q, periodType, elementIds: [...ids] }))
        reported.set(key(periodType, x.year, x.province_id, x.element_id), Number(x.n));
    const allElements = [...new Set(formulas.map((r) => r.numerator_element_id ?? 0))];
    const [communes, obligations] = await Promise.all([
      this.repo.communes(provinceId),
      this.repo.obligationsFor(allElements, provinceId),
    ]);
    const expected = expectedCounter(
      communes.map((c) => ({ id: c.id, provinceId: c.province_id ?? 0, validFrom: c.valid_from })),
      obligations.map((o) => ({
        id: o.id,
        provinceId: o.unit_id,
        elementId: o.data_element_id,
        periodType: o.period_type,
        frequency: o.frequency,
        dueDays: o.due_days,
        startsOn: o.starts_on,
        endsOn: o.ends_on,
      })),
    );
    const provinces =
      provinceId === null ? [...new Set(communes.map((c) => c.province_id ?? 0))] : [provinceId];
    return (r, year, group) => {
      const elementId = r.numerator_element_id ?? 0;
      const types = readPeriodTypes(sumPeriod(r.period_type));
      const total = { reported: 0, expected: 0 };
      for (const p of group === null ? provinces : [group]) {
        const n = reported.get(key(sumPeriod(r.period_type), year, p, elementId)) ?? 0;
        total.reported += n;
        total.expected += Math.max(n, expected({ provinceId: p, elementId, types, year }));
      }
      return total;
    };
  }

  /**
   * A province's communes for a year, protected as one table with the province's sums as margins
   * (indicator-disclosure.ts); `items` (by-unit answers) are hidden in place. Returns the
   * indicators whose province value must be hidden too.
   */
  private async protectCommunes(
    rows: IndicatorRow[],
    year: number,
    scope: Scope,
    items?: (TIndicatorValue & { unitId: number })[],
  ): Promise<Set<number>> {
    const guarded = rows.filter(countsSurvivors);
    if (guarded.length === 0) return new Set();
    const span = { fromYear: year, toYear: year, unit: scope.unit };
    const [lower, byCommune, total] = await Promise.all([
      this.repo.lowerUnits(scope.unit),
      this.sums(guarded, { ...span, grouping: 'commune' }),
      this.sums(guarded, { ...span, grouping: 'total' }),
    ]);
    const entries = guarded.flatMap((r) =>
      lower.map((u) => ({
        row: r,
        group: u.id,
        value: items?.find((i) => i.unitId === u.id) ?? valueOf(r, byCommune(r, year, u.id), [], year, null),
      })),
    );
    return protectIndicators(entries, this.k, (r) => computeIndicator(formulaOf(r), total(r, year, null)));
  }

  /** Hides the values of a province's indicators that its communes' table must hide. */
  private async protectProvince(rows: IndicatorRow[], year: number, scope: Scope, values: TIndicatorValue[]) {
    if (scope.unit?.level !== 'province') return;
    const hidden = await this.protectCommunes(rows, year, scope);
    rows.forEach((r, i) => {
      if (hidden.has(r.id)) hide(values[i]!);
    });
  }

  async values(
    actor: Actor,
    q: { year: number; unitId?: number | undefined; programme?: string | undefined },
  ): Promise<TValuesResponse> {
    const scope = await this.scope(actor, q.unitId);
    let programmeId: number | undefined;
    if (q.programme !== undefined) {
      const p = await this.repo.findProgrammeByCode(q.programme);
      if (!p) throw new AppError('PROGRAMME_NOT_FOUND');
      programmeId = p.id;
    }
    const rows = await this.repo.list(programmeId);
    const targets = await this.targets(rows.map((r) => r.id));
    const sums = await this.sums(rows, {
      fromYear: q.year,
      toYear: q.year,
      unit: scope.unit,
      grouping: 'total',
    });
    const coverage = await this.coverage(rows, { fromYear: q.year, toYear: q.year, unit: scope.unit });
    const items = rows.map((r) => ({
      indicatorId: r.id,
      code: r.code,
      name: r.name,
      nameEn: r.name_en,
      unit: r.unit,
      direction: r.direction,
      unconfirmed: r.unconfirmed,
      ...valueOf(r, sums(r, q.year, null), targets(r.id), q.year, coverage(r, q.year, null)),
    }));
    if (below(scope))
      protectIndicators(
        items.map((value, i) => ({ row: rows[i]!, group: null, value })),
        this.k,
      );
    else await this.protectProvince(rows, q.year, scope, items);
    return { year: q.year, unitId: scope.unitId, unitName: scope.unitName, items };
  }

  async series(
    actor: Actor,
    id: number,
    q: { unitId?: number | undefined; from: number; to: number },
  ): Promise<TSeriesResponse> {
    const row = await this.indicator(id);
    const scope = await this.scope(actor, q.unitId);
    const targets = (await this.targets([id]))(id);
    const sums = await this.sums([row], {
      fromYear: q.from,
      toYear: q.to,
      unit: scope.unit,
      grouping: 'total',
    });
    const coverage = await this.coverage([row], { fromYear: q.from, toYear: q.to, unit: scope.unit });
    const points: TSeriesResponse['points'] = [];
    for (let year = q.from; year <= q.to; year++)
      points.push({ year, ...valueOf(row, sums(row, year, null), targets, year, coverage(row, year, null)) });
    // each year is a table of its own (no multi-year total is shown)
    for (const p of points)
      if (below(scope)) protectIndicators([{ row, group: null, value: p }], this.k);
      else await this.protectProvince([row], p.year, scope, [p]);
    return { indicatorId: id, code: row.code, unitId: scope.unitId, unitName: scope.unitName, points };
  }

  /** The value in each unit one level below: the nation's provinces, or a province's communes. */
  async byUnit(
    actor: Actor,
    id: number,
    q: { year: number; unitId?: number | undefined },
  ): Promise<TByUnitResponse> {
    const row = await this.indicator(id);
    const scope = await this.scope(actor, q.unitId);
    const targets = (await this.targets([id]))(id);
    const grouping: SumGrouping = scope.unit === null ? 'province' : 'commune';
    const [lower, sums, coverage] = await Promise.all([
      this.repo.lowerUnits(scope.unit),
      this.sums([row], { fromYear: q.year, toYear: q.year, unit: scope.unit, grouping }),
      // A province's communes each report their own value (expected 1); the nation's provinces aggregate.
      scope.unit === null ? this.coverage([row], { fromYear: q.year, toYear: q.year, unit: null }) : null,
    ]);
    const items = lower.map((u) => ({
      unitId: u.id,
      unitName: u.full_name,
      ...valueOf(row, sums(row, q.year, u.id), targets, q.year, coverage?.(row, q.year, u.id) ?? null),
    }));
    if (scope.unit !== null && scope.unit.level !== 'province')
      protectIndicators([{ row, group: scope.unit.id, value: items[0]! }].slice(0, items.length), this.k);
    else if (scope.unit !== null) await this.protectCommunes([row], q.year, scope, items);
    return {
      indicatorId: id,
      code: row.code,
      year: q.year,
      unitId: scope.unitId,
      unitName: scope.unitName,
      target: targetFor(targets, q.year),
      items,
    };
  }
}
