import { describe, expect, it } from 'vitest';
import { formatDueDays, impossibleTypedDay, parseDueDays } from './due-days.ts';

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

  it('refuses a day that never exists, saying why; keeps 29/02 and a monthly 31', () => {
    expect(parseDueDays('semiannual', '31/02 và 31/06')).toBeNull();
    expect(impossibleTypedDay('semiannual', '31/02 và 31/06')?.[0]).toBe(
      'Không có ngày 31/02: tháng 2 chỉ có 28 hoặc 29 ngày.',
    );
    expect(impossibleTypedDay('annual', '31/4')?.[0]).toBe('Không có ngày 31/04: tháng 4 chỉ có 30 ngày.');
    expect(parseDueDays('annual', '29/02')).toEqual(['02-29']);
    expect(parseDueDays('monthly', '31')).toEqual(['31']);
    expect(impossibleTypedDay('monthly', '31')).toBeNull();
  });

  it('writes them back', () => {
    expect(formatDueDays(['05-05', '11-20'])).toBe('05/05 và 20/11');
    expect(formatDueDays(['2024-12-01'])).toBe('01/12/2024');
    expect(formatDueDays(['20'])).toBe('20');
  });
});
