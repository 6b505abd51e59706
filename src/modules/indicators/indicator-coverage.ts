/**
 * Coverage of an indicator's value: how many units reported what the value is summed from, out of
 * how many were expected to. A verdict (met / not met) on a value that covers few of the units it
 * stands for is misleading ("Đạt" with 1 of 104 communes reporting), so below COVERAGE_MIN_PERCENT
 * the status is 'insufficient' (no verdict).
 *
 * - reported: the units (2025 units, older units counted under their successor through the
 *   lineage) with an approved value of the indicator's numerator among the rows the value is
 *   summed from (IndicatorsRepository.reporters, the same rows as IndicatorsRepository.sums).
 * - expected, for a commune (a value entered by the unit itself, not aggregated): 1.
 * - expected, for a province (and the nation, summed over its provinces): the communes that owe,
 *   under the province's active reporting obligations for a form carrying the numerator (of a
 *   period type the value reads), a report for a period starting in the year — owes() of
 *   obligation-schedule.ts: nothing is owed for a period due before the obligation starts or
 *   before the commune existed. When no obligation makes anyone owe in the year, every commune of
 *   the province is expected: the province's value stands for all of them. A unit that reported
 *   without owing counts as expected too (expected is never below reported).
 * Coverage counts units (reports), never cases: it derives no GBV figure of any unit.
 */
import { dueForPeriod, owes, type Frequency } from '../obligations/obligation-schedule.ts';
import { nextPeriod, periodStart, type PeriodType } from '../reports/periods.ts';
import { COVERAGE_MIN_PERCENT } from './coverage-threshold.ts';
import type { TCoverage, TIndicatorStatus } from './indicators.schema.ts';

export { COVERAGE_MIN_PERCENT };

/** 'met' / 'not_met' become 'insufficient' when fewer than COVERAGE_MIN_PERCENT of the expected units reported. */
export function withCoverage(status: TIndicatorStatus, coverage: TCoverage): TIndicatorStatus {
  if (status !== 'met' && status !== 'not_met') return status;
  return coverage.reported * 100 < coverage.expected * COVERAGE_MIN_PERCENT ? 'insufficient' : status;
}

export interface CoverageObligation {
  id: number;
  provinceId: number;
  elementId: number;
  periodType: PeriodType;
  frequency: Frequency;
  dueDays: string[];
  startsOn: string;
  endsOn: string | null;
}

export interface CoverageCommune {
  id: number;
  provinceId: number;
  validFrom: string | null;
}

/** The period types a value of an indicator reads: its own ('term' reads annual); annual also semiannual. */
export function readPeriodTypes(sumPeriod: PeriodType): PeriodType[] {
  return sumPeriod === 'annual' ? ['annual', 'semiannual'] : [sumPeriod];
}

/**
 * Expected communes per province and year, for an indicator's numerator element and the period
 * types its value reads. Memoizes the communes owing under each obligation and year.
 */
export function expectedCounter(communes: CoverageCommune[], obligations: CoverageObligation[]) {
  const byProvince = new Map<number, CoverageCommune[]>();
  for (const c of communes) {
    const list = byProvince.get(c.provinceId);
    if (list) list.push(c);
    else byProvince.set(c.provinceId, [c]);
  }
  const owing = new Map<string, number[]>();
  const owingUnder = (o: CoverageObligation, year: number): number[] => {
    const k = `${o.id}|${year}`;
    const hit = owing.get(k);
    if (hit) return hit;
    const starts: string[] = [];
    for (
      let p = periodStart(o.periodType, `${year}-01-01`);
      p <= `${year}-12-31`;
      p = nextPeriod(o.periodType, p)
    )
      starts.push(p);
    const ids = (byProvince.get(o.provinceId) ?? [])
      .filter((c) =>
        starts.some((p) => {
          const due = dueForPeriod(o.frequency, o.dueDays, o.periodType, p);
          return due !== null && owes({ startsOn: o.startsOn, endsOn: o.endsOn }, c.validFrom, p, due);
        }),
      )
      .map((c) => c.id);
    owing.set(k, ids);
    return ids;
  };
  return (q: { provinceId: number; elementId: number; types: PeriodType[]; year: number }): number => {
    const ids = new Set<number>();
    for (const o of obligations)
      if (o.provinceId === q.provinceId && o.elementId === q.elementId && q.types.includes(o.periodType))
        for (const id of owingUnder(o, q.year)) ids.add(id);
    return ids.size > 0 ? ids.size : (byProvince.get(q.provinceId)?.length ?? 0);
  };
}
