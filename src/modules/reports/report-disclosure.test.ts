import { describe, expect, it } from 'vitest';
import { protectReport, type ReportCell } from './report-disclosure.ts';

const cell = (unit: string, element: string, category: string, value: number, below = true): ReportCell => ({
  unit,
  below,
  element,
  category,
  value,
});

describe('protectReport', () => {
  it('hides a commune’s 1 man among 6 survivors, and the women beside him', () => {
    const cells = [
      cell('A', 'GBV_SURVIVORS_DETECTED', 'total', 6),
      cell('A', 'GBV_SURVIVORS_DETECTED', 'female', 5),
      cell('A', 'GBV_SURVIVORS_DETECTED', 'male', 1),
      cell('A', 'HOUSEHOLDS', 'total', 3),
    ];
    const { hiddenCells } = protectReport(cells, 5);
    expect(cells.map(hiddenCells)).toEqual([false, true, true, false]);
  });

  it('hides a second commune beside a small one, keeping the province sum; a lone commune hides the sum', () => {
    const two = [cell('A', 'DV_CASES_DETECTED', 'total', 10), cell('B', 'DV_CASES_DETECTED', 'total', 3)];
    const r = protectReport(two, 5);
    expect(two.map(r.hiddenCells)).toEqual([true, true]);
    expect(r.hiddenSums.has('DV_CASES_DETECTED|total')).toBe(false);
    const one = [cell('A', 'DV_CASES_DETECTED', 'total', 3)];
    expect(protectReport(one, 5).hiddenSums.has('DV_CASES_DETECTED|total')).toBe(true);
  });

  it('leaves a province’s own figures and elements that count no survivors alone', () => {
    const cells = [
      cell('P', 'GBV_SURVIVORS_DETECTED', 'total', 2, false),
      cell('A', 'CLUBS_ACTIVE', 'total', 1),
    ];
    expect(cells.map(protectReport(cells, 5).hiddenCells)).toEqual([false, false]);
  });
});
