import { describe, expect, it } from 'vitest';
import { formatDueDays, parseDueDays } from './due-days.ts';

describe('due days as typed', () => {
  it('reads what the plans write', () => {
    expect(parseDueDays('semiannual', '05/5 và 20/11')).toEqual(['05-05', '11-20']);
    expect(parseDueDays('annual', '15/10')).toEqual(['10-15']);
    expect(parseDueDays('monthly', '20')).toEqual(['20']);
    expect(parseDueDays('once', '01/12/2024')).toEqual(['2024-12-01']);
  });

  it('refuses what it cannot read', () => {
    expect(parseDueDays('annual', '15/10, 20/11')).toBeNull();
    expect(parseDueDays('annual', '31/13')).toBeNull();
    expect(parseDueDays('monthly', '')).toBeNull();
    expect(parseDueDays('once', '01/12')).toBeNull();
  });

  it('writes them back', () => {
    expect(formatDueDays(['05-05', '11-20'])).toBe('05/05 và 20/11');
    expect(formatDueDays(['2024-12-01'])).toBe('01/12/2024');
    expect(formatDueDays(['20'])).toBe('20');
  });
});
