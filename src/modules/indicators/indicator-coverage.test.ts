import { describe, expect, it } from 'vitest';
import { COVERAGE_MIN_PERCENT, expectedCounter, withCoverage } from './indicator-coverage.ts';

describe('withCoverage', () => {
  it('keeps a verdict from COVERAGE_MIN_PERCENT of expected units on, and only a verdict', () => {
    expect(COVERAGE_MIN_PERCENT).toBe(80);
    expect(withCoverage('met', { reported: 1, expected: 104 })).toBe('insufficient');
    expect(withCoverage('not_met', { reported: 83, expected: 104 })).toBe('insufficient');
    expect(withCoverage('met', { reported: 84, expected: 104 })).toBe('met'); // 80.8%
    expect(withCoverage('not_met', { reported: 4, expected: 5 })).toBe('not_met'); // exactly 80%
    expect(withCoverage('no_data', { reported: 0, expected: 104 })).toBe('no_data');
    expect(withCoverage('no_target', { reported: 1, expected: 104 })).toBe('no_target');
    expect(withCoverage('met', { reported: 0, expected: 0 })).toBe('met');
  });
});

describe('expectedCounter', () => {
  const communes = [
    { id: 1, provinceId: 10, validFrom: '2025-07-01' },
    { id: 2, provinceId: 10, validFrom: '2025-07-01' },
    { id: 3, provinceId: 10, validFrom: '2026-09-01' }, // formed later
    { id: 4, provinceId: 20, validFrom: null },
  ];
  const obligation = {
    id: 7,
    provinceId: 10,
    elementId: 100,
    periodType: 'semiannual' as const,
    frequency: 'semiannual' as const,
    dueDays: ['06-15', '12-15'],
    startsOn: '2026-01-01',
    endsOn: null,
  };
  const count = expectedCounter(communes, [obligation]);
  const q = { provinceId: 10, elementId: 100, types: ['annual' as const, 'semiannual' as const] };

  it('counts the communes that owe a period of the year, not before they existed', () => {
    expect(count({ ...q, year: 2026 })).toBe(3); // commune 3 owes the second half (due 15/12)
    expect(count({ ...q, year: 2027 })).toBe(3);
  });

  it('expects every commune of the province when no obligation makes anyone owe in the year', () => {
    expect(count({ ...q, year: 2025 })).toBe(3); // before the obligation starts
    expect(count({ ...q, elementId: 999, year: 2026 })).toBe(3); // on no obligation's form
    expect(count({ ...q, provinceId: 20, year: 2026 })).toBe(1);
  });

  it('counts only the communes owing when some do', () => {
    const late = expectedCounter(communes, [{ ...obligation, dueDays: ['06-15', '08-15'] }]);
    expect(late({ ...q, year: 2026 })).toBe(2); // commune 3 formed after both due days
  });
});
