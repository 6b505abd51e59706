import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPeriodStart } from '../reports/periods.ts';
import { dueDateOf, dueForPeriod, duePeriods, validDueDays } from './obligation-schedule.ts';

describe('due dates of reporting obligations', () => {
  it('reads the days the plans write', () => {
    expect(dueDateOf('annual', ['10-15'], '2025-01-01')).toBe('2025-10-15');
    expect(dueDateOf('semiannual', ['05-05', '11-20'], '2025-01-01')).toBe('2025-05-05');
    expect(dueDateOf('semiannual', ['05-05', '11-20'], '2025-07-01')).toBe('2025-11-20');
    expect(dueDateOf('semiannual', ['06-15'], '2025-07-01')).toBe('2026-06-15');
    expect(dueDateOf('monthly', ['31'], '2025-04-01')).toBe('2025-04-30');
    expect(dueDateOf('quarterly', ['20'], '2025-07-01')).toBe('2025-09-20');
    expect(dueDateOf('once', ['2024-09-30'], '2024-01-01')).toBe('2024-09-30');
  });

  it('checks the days against the frequency', () => {
    expect(validDueDays('semiannual', ['05-05', '11-20'])).toBe(true);
    expect(validDueDays('annual', ['05-05', '11-20'])).toBe(false);
    expect(validDueDays('annual', ['13-01'])).toBe(false);
    expect(validDueDays('monthly', ['0'])).toBe(false);
    expect(validDueDays('once', ['2024-02-30'])).toBe(false);
    expect(validDueDays('once', ['2024-02-29'])).toBe(true);
    expect(validDueDays('monthly', [])).toBe(false);
  });

  it('lists the periods falling due in a window', () => {
    const o = {
      frequency: 'semiannual' as const,
      dueDays: ['05-05', '11-20'],
      startsOn: '2024-01-01',
      endsOn: null,
    };
    expect(duePeriods(o, 'semiannual', '2025-01-01', '2025-12-31')).toEqual([
      { periodStart: '2025-01-01', dueDate: '2025-05-05' },
      { periodStart: '2025-07-01', dueDate: '2025-11-20' },
    ]);
    expect(
      duePeriods({ ...o, startsOn: '2025-07-01' }, 'semiannual', '2025-01-01', '2025-12-31'),
    ).toHaveLength(1);
    expect(
      duePeriods(
        { frequency: 'once', dueDays: ['2024-09-30'], startsOn: '2024-01-01', endsOn: null },
        'annual',
        '2024-09-01',
        '2024-10-01',
      ),
    ).toEqual([{ periodStart: '2024-01-01', dueDate: '2024-09-30' }]);
  });

  it('gives every monthly period exactly one due date inside the month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2021, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const start = `${y}-${String(m).padStart(2, '0')}-01`;
          const due = dueDateOf('monthly', [String(d)], start);
          expect(due.slice(0, 7)).toBe(start.slice(0, 7));
          const all = duePeriods(
            { frequency: 'monthly', dueDays: [String(d)], startsOn: '2020-01-01', endsOn: null },
            'monthly',
            due,
            due,
          );
          expect(all).toEqual([{ periodStart: start, dueDate: due }]);
          expect(isPeriodStart('monthly', start)).toBe(true);
        },
      ),
    );
  });
});

describe('due date of one period', () => {
  it('gives a one-off report only to the period holding its date', () => {
    expect(dueForPeriod('once', ['2024-12-01'], 'annual', '2024-01-01')).toBe('2024-12-01');
    expect(dueForPeriod('once', ['2024-12-01'], 'semiannual', '2024-01-01')).toBeNull();
    expect(dueForPeriod('annual', ['10-15'], 'annual', '2024-01-01')).toBe('2024-10-15');
  });
});

describe('due days that never exist', () => {
  it('refuses 31/02, 30/02, 31/04, 31/06, 31/09, 31/11 a year; keeps 29/02 and a monthly 31', () => {
    for (const d of ['02-31', '02-30', '04-31', '06-31', '09-31', '11-31']) {
      expect(validDueDays('annual', [d])).toBe(false);
      expect(validDueDays('semiannual', ['05-05', d])).toBe(false);
    }
    expect(validDueDays('annual', ['02-29'])).toBe(true);
    expect(validDueDays('monthly', ['31'])).toBe(true);
  });

  it('makes 29/02 due on 28/02 in a year without it, and a monthly 31 the month’s last day', () => {
    expect(dueDateOf('annual', ['02-29'], '2027-01-01')).toBe('2027-02-28');
    expect(dueDateOf('annual', ['02-29'], '2028-01-01')).toBe('2028-02-29');
    expect(dueDateOf('monthly', ['31'], '2026-04-01')).toBe('2026-04-30');
  });
});
