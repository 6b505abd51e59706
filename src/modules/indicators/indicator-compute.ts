/**
 * Computing an indicator from summed approved values, and judging it against its target. Pure
 * functions (the sums come from IndicatorsRepository.sums).
 *
 * value: percent = numerator × 100 ÷ denominator; ratio and multiple = numerator × multiplier ÷
 * denominator (multiplier 100 for boys per 100 girls, 100,000 for maternal deaths per live births,
 * 1 for a multiple); count = numerator. No value when an operand has no approved value, or the
 * denominator is 0. Rounded to 4 decimals.
 *
 * target: the national target of the year, else the next target year after it (2023 is judged
 * against 2025). status: 'met' when the value satisfies the comparator ('=' and '~' (about) count as
 * met when the value is at least the target, or at most it for a 'down' indicator).
 */
import type { TIndicatorStatus, TTarget } from './indicators.schema.ts';

export interface Formula {
  unit: 'percent' | 'ratio' | 'count' | 'multiple' | 'milestone';
  numeratorElementId: number | null;
  numeratorCategory: string;
  denominatorElementId: number | null;
  denominatorCategory: string;
  multiplier: number;
  direction: 'up' | 'down' | 'reach';
}

/** Summed value of an element and category, or undefined when nothing approved was reported. */
export type SumLookup = (elementId: number, category: string) => number | undefined;

export interface Computed {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export const hasFormula = (f: Formula): boolean => f.unit !== 'milestone' && f.numeratorElementId !== null;

const round = (v: number) => Number(v.toFixed(4));

export function computeIndicator(f: Formula, sum: SumLookup): Computed {
  if (!hasFormula(f) || f.numeratorElementId === null)
    return { numerator: null, denominator: null, value: null };
  const numerator = sum(f.numeratorElementId, f.numeratorCategory) ?? null;
  if (f.unit === 'count') return { numerator, denominator: null, value: numerator };
  const denominator =
    f.denominatorElementId === null ? null : (sum(f.denominatorElementId, f.denominatorCategory) ?? null);
  if (numerator === null || denominator === null || denominator === 0)
    return { numerator, denominator, value: null };
  const scale = f.unit === 'percent' ? 100 : f.multiplier;
  return { numerator, denominator, value: round((numerator * scale) / denominator) };
}

/** The target of `year`, else of the first target year after it; targets sorted by year. */
export function targetFor(targets: readonly TTarget[], year: number): TTarget | null {
  return targets.find((t) => t.year >= year) ?? null;
}

export function judge(f: Formula, value: number | null, target: TTarget | null): TIndicatorStatus {
  if (!hasFormula(f)) return 'no_formula';
  if (value === null) return 'no_data';
  if (target === null || target.value === null) return 'no_target';
  const t = target.value;
  switch (target.comparator) {
    case '>=':
      return value >= t ? 'met' : 'not_met';
    case '>':
      return value > t ? 'met' : 'not_met';
    case '<=':
      return value <= t ? 'met' : 'not_met';
    case '<':
      return value < t ? 'met' : 'not_met';
    case '=':
    case '~':
      return (f.direction === 'down' ? value <= t : value >= t) ? 'met' : 'not_met';
  }
}
