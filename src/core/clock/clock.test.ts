import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  daysBetween,
  endOfDay,
  formatViDateTime,
  isValidTimeZone,
  manualClock,
  startedClock,
  startOfDay,
} from './clock.ts';
import { isLate, isOverdue } from './deadline.ts';

const VN = 'Asia/Ho_Chi_Minh';

describe('the civil date in Vietnam (UTC+7)', () => {
  it.each([
    // [instant (UTC), civil date in Vietnam]
    ['2026-10-15T16:59:59.999Z', '2026-10-15'], // 23:59:59 on 15/10
    ['2026-10-15T17:00:00.000Z', '2026-10-16'], // 00:00 on 16/10
    ['2026-10-15T17:30:00Z', '2026-10-16'], // 00:30 on 16/10: UTC still says 15/10
    ['2026-12-31T17:30:00Z', '2027-01-01'], // year end
    ['2027-02-28T17:00:00Z', '2027-03-01'], // month end, not a leap year
    ['2028-02-28T17:00:00Z', '2028-02-29'], // leap day
    ['2028-02-29T05:00:00Z', '2028-02-29'],
    ['2031-06-15T00:00:00Z', '2031-06-15'],
  ])('%s is %s', (instant, date) => {
    expect(civilDate(new Date(instant), VN)).toBe(date);
    expect(manualClock(instant).today()).toBe(date);
  });

  it('starts and ends a day at local midnight', () => {
    expect(startOfDay('2026-10-16', VN).toISOString()).toBe('2026-10-15T17:00:00.000Z');
    expect(endOfDay('2026-10-15', VN).toISOString()).toBe('2026-10-15T17:00:00.000Z');
    expect(startOfDay('2026-10-16', 'UTC').toISOString()).toBe('2026-10-16T00:00:00.000Z');
  });

  it('adds days across months, years and 29 February', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it('prints a time in the zone, not in the machine’s', () => {
    expect(formatViDateTime(new Date('2026-03-04T23:10:00Z'), VN)).toBe('05/03/2026 06:10');
  });

  it('knows the IANA zones and refuses others', () => {
    expect(isValidTimeZone(VN)).toBe(true);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Asia/Saigon_Typo')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => manualClock('2026-01-01T00:00:00Z', 'Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it('a started clock starts at its instant and runs on; a manual one moves when told', () => {
    const c = startedClock(new Date('2026-10-15T17:30:00Z'));
    expect(c.today()).toBe('2026-10-16');
    expect(Math.abs(c.nowMs() - Date.parse('2026-10-15T17:30:00Z'))).toBeLessThan(60_000);
    const m = manualClock('2026-10-15T16:00:00Z');
    expect(m.today()).toBe('2026-10-15');
    m.advance(60 * 60_000);
    expect(m.today()).toBe('2026-10-16');
    m.set('2026-12-31T16:59:00Z');
    expect(m.today()).toBe('2026-12-31');
  });
});

describe('the deadline rule: due on D means by 23:59:59 local on D', () => {
  const clock = manualClock('2026-10-20T03:00:00Z');
  it.each([
    ['2026-10-15T16:59:00Z', false], // 23:59 on 15/10: on time
    ['2026-10-15T17:30:00Z', true], // 00:30 on 16/10: late, though UTC still says 15/10
    ['2026-10-14T20:00:00Z', false], // 03:00 on 15/10
    ['2026-10-15T00:30:00Z', false], // 07:30 on 15/10
  ])('submitted at %s: late = %s', (at, late) => {
    expect(isLate('2026-10-15', new Date(at), clock)).toBe(late);
  });

  it('not submitted: late from 00:00 local the day after', () => {
    const c = manualClock('2026-10-15T16:59:00Z');
    expect(isLate('2026-10-15', null, c)).toBe(false);
    expect(isOverdue('2026-10-15', c)).toBe(false);
    c.set('2026-10-15T17:00:00Z');
    expect(isLate('2026-10-15', null, c)).toBe(true);
    expect(isOverdue('2026-10-15', c)).toBe(true);
  });

  it('at month end, year end and on 29 February', () => {
    const c = manualClock('2028-02-29T16:59:59Z'); // 23:59:59 on 29/02/2028
    expect(isOverdue('2028-02-29', c)).toBe(false);
    expect(isOverdue('2028-02-28', c)).toBe(true);
    expect(isLate('2026-12-31', new Date('2026-12-31T17:30:00Z'), c)).toBe(true); // 00:30 on 1/1/2027
    expect(isLate('2026-11-30', new Date('2026-11-30T16:00:00Z'), c)).toBe(false); // 23:00 on 30/11
  });

  it('no due date is never late', () => {
    expect(isLate(null, null, clock)).toBe(false);
    expect(isOverdue(null, clock)).toBe(false);
  });
});
