import { describe, expect, it } from 'vitest';
import { addMonths, monthGrid, monthKey, monthOf } from './task-dates.ts';

describe('task calendar dates', () => {
  it('lays a month out in weeks starting on Monday', () => {
    // 1 December 2022 was a Thursday; the month ends on a Saturday.
    const weeks = monthGrid({ year: 2022, month: 12 });
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, null, '2022-12-01', '2022-12-02', '2022-12-03', '2022-12-04']);
    expect(weeks[4]).toEqual([
      '2022-12-26',
      '2022-12-27',
      '2022-12-28',
      '2022-12-29',
      '2022-12-30',
      '2022-12-31',
      null,
    ]);
    expect(monthGrid({ year: 2024, month: 2 }).flat().filter(Boolean)).toHaveLength(29);
  });

  it('moves between months across years', () => {
    expect(addMonths({ year: 2022, month: 12 }, 1)).toEqual({ year: 2023, month: 1 });
    expect(addMonths({ year: 2023, month: 1 }, -1)).toEqual({ year: 2022, month: 12 });
    expect(monthKey(monthOf('2022-03-11'))).toBe('2022-03');
  });
});
