import { describe, expect, it } from 'vitest';
import { computeIndicator, judge, targetFor, type Formula } from './indicator-compute.ts';
import type { TTarget } from './indicators.schema.ts';

const percent: Formula = {
  unit: 'percent',
  numeratorElementId: 1,
  numeratorCategory: 'total',
  denominatorElementId: 2,
  denominatorCategory: 'total',
  multiplier: 1,
  direction: 'up',
};
const sums =
  (values: Record<string, number>) =>
  (element: number, category: string): number | undefined =>
    values[`${element}|${category}`];
const target = (year: number, comparator: TTarget['comparator'], value: number | null): TTarget => ({
  year,
  comparator,
  value,
  label: String(value),
  unconfirmed: false,
});

describe('computeIndicator', () => {
  it('computes percent, ratio, multiple and count', () => {
    const s = sums({ '1|total': 4, '2|total': 5, '1|male': 112, '1|female': 100 });
    expect(computeIndicator(percent, s)).toEqual({ numerator: 4, denominator: 5, value: 80 });
    const srb: Formula = {
      ...percent,
      unit: 'ratio',
      numeratorCategory: 'male',
      denominatorElementId: 1,
      denominatorCategory: 'female',
      multiplier: 100,
    };
    expect(computeIndicator(srb, s).value).toBe(112);
    expect(computeIndicator({ ...percent, unit: 'multiple' }, s).value).toBe(0.8);
    expect(computeIndicator({ ...percent, unit: 'count', denominatorElementId: null }, s)).toEqual({
      numerator: 4,
      denominator: null,
      value: 4,
    });
    expect(computeIndicator(percent, sums({ '1|total': 2, '2|total': 3 })).value).toBe(66.6667);
  });

  it('gives no value without both operands or with a zero denominator', () => {
    expect(computeIndicator(percent, sums({ '2|total': 5 })).value).toBeNull();
    expect(computeIndicator(percent, sums({ '1|total': 0, '2|total': 0 })).value).toBeNull();
    expect(computeIndicator({ ...percent, numeratorElementId: null }, sums({})).numerator).toBeNull();
  });
});

describe('targetFor and judge', () => {
  const targets = [target(2025, '>=', 80), target(2030, '>=', 90)];
  it('uses the target of the year, else the next target year', () => {
    expect(targetFor(targets, 2023)?.year).toBe(2025);
    expect(targetFor(targets, 2025)?.year).toBe(2025);
    expect(targetFor(targets, 2026)?.year).toBe(2030);
    expect(targetFor(targets, 2031)).toBeNull();
  });

  it('judges by comparator, and by direction for = and ~', () => {
    expect(judge(percent, 80, target(2025, '>=', 80))).toBe('met');
    expect(judge(percent, 80, target(2025, '>', 80))).toBe('not_met');
    expect(judge(percent, 29.9, target(2025, '<', 30))).toBe('met');
    expect(judge(percent, 111, target(2025, '<=', 111))).toBe('met');
    expect(judge(percent, 61, target(2030, '~', 60))).toBe('met');
    expect(judge({ ...percent, direction: 'down' }, 61, target(2030, '~', 60))).toBe('not_met');
    expect(judge(percent, null, target(2025, '>=', 80))).toBe('no_data');
    expect(judge(percent, 50, null)).toBe('no_target');
    expect(judge(percent, 50, target(2025, '=', null))).toBe('no_target');
    expect(judge({ ...percent, numeratorElementId: null }, null, null)).toBe('no_formula');
    expect(judge({ ...percent, unit: 'milestone' }, null, null)).toBe('no_formula');
  });
});
