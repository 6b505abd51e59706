import fc from 'fast-check';
import { addDays, civilDate } from '../../core/clock/clock.ts';
import { describe, expect, it } from 'vitest';
import {
  isPeriodStart,
  nextPeriod,
  periodEnd,
  periodLabel,
  periodStart,
  periodsBetween,
  PERIOD_TYPES,
} from './periods.ts';

describe('reporting periods', () => {
  it('finds the period of a date', () => {
    expect(periodStart('monthly', '2025-03-17')).toBe('2025-03-01');
    expect(periodStart('quarterly', '2025-08-31')).toBe('2025-07-01');
    expect(periodStart('semiannual', '2025-06-30')).toBe('2025-01-01');
    expect(periodStart('semiannual', '2025-07-01')).toBe('2025-07-01');
    expect(periodStart('annual', '2025-12-31')).toBe('2025-01-01');
  });

  it('ends periods on the right day, leap years included', () => {
    expect(periodEnd('monthly', '2024-02-01')).toBe('2024-02-29');
    expect(periodEnd('monthly', '2025-02-01')).toBe('2025-02-28');
    expect(periodEnd('quarterly', '2025-10-01')).toBe('2025-12-31');
    expect(periodEnd('semiannual', '2025-01-01')).toBe('2025-06-30');
    expect(periodEnd('annual', '2025-01-01')).toBe('2025-12-31');
    expect(nextPeriod('monthly', '2025-12-01')).toBe('2026-01-01');
  });

  it('lists the periods between two dates', () => {
    expect(periodsBetween('semiannual', '2024-05-05', '2025-11-20')).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
    ]);
    expect(periodsBetween('monthly', '2025-01-15', '2025-03-01')).toHaveLength(3);
  });

  it('names periods as Vietnamese reports do', () => {
    expect(periodLabel('monthly', '2025-03-01')).toBe('Tháng 3/2025');
    expect(periodLabel('quarterly', '2025-07-01')).toBe('Quý III/2025');
    expect(periodLabel('semiannual', '2025-01-01')).toBe('6 tháng đầu năm 2025');
    expect(periodLabel('annual', '2025-01-01')).toBe('Năm 2025');
    expect(periodLabel('semiannual', '2025-07-01', 'en')).toBe('Second half of 2025');
    expect(isPeriodStart('quarterly', '2025-04-01')).toBe(true);
    expect(isPeriodStart('quarterly', '2025-05-01')).toBe(false);
  });

  it('always puts a date inside its period, and periods tile the calendar', () => {
    const day = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => civilDate(d, 'UTC'));
    fc.assert(
      fc.property(fc.constantFrom(...PERIOD_TYPES), day, (type, date) => {
        const start = periodStart(type, date);
        const end = periodEnd(type, start);
        expect(start <= date && date <= end).toBe(true);
        const next = nextPeriod(type, start);
        const dayAfterEnd = addDays(end, 1);
        expect(next).toBe(dayAfterEnd);
      }),
    );
  });
});
