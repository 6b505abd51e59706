import { describe, expect, it } from 'vitest';
import { lastFinished, periodChoices, periodName } from './report-periods.ts';

describe('report periods on the client', () => {
  it('offers halves newest first, across years', () => {
    expect(periodChoices('semiannual', '2026-11-28', 2)).toEqual([
      '2026-07-01',
      '2026-01-01',
      '2025-07-01',
      '2025-01-01',
    ]);
    expect(periodChoices('annual', '2026-03-01', 3)).toEqual(['2026-01-01', '2025-01-01', '2024-01-01']);
    expect(periodChoices('monthly', '2026-02-10', 1)).toEqual(['2026-02-01', '2026-01-01']);
    expect(periodChoices('quarterly', '2026-05-10', 1)).toEqual(['2026-04-01', '2026-01-01']);
  });

  it('knows the period just finished', () => {
    expect(lastFinished('semiannual', '2026-11-28')).toBe('2026-01-01');
    expect(lastFinished('annual', '2026-11-28')).toBe('2025-01-01');
  });

  it('names periods as Vietnamese documents do', () => {
    expect(periodName('semiannual', '2026-01-01', 'vi')).toBe('6 tháng đầu năm 2026');
    expect(periodName('quarterly', '2026-07-01', 'vi')).toBe('Quý III/2026');
    expect(periodName('semiannual', '2026-07-01', 'en')).toBe('Second half of 2026');
  });
});
