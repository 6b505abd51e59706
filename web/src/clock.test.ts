import { describe, expect, it } from 'vitest';
import { adoptServerClock, nowMs, thisYear, timeZone, todayIso } from './clock.ts';
import { formatDate, formatDateTime } from './format.ts';

describe("the web app's clock is the server's, in the server's zone", () => {
  it('takes the server’s instant and zone, whatever the browser’s clock and zone', () => {
    adoptServerClock({ now: '2026-10-15T17:30:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(timeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Math.abs(nowMs() - Date.parse('2026-10-15T17:30:00Z'))).toBeLessThan(5_000);
    expect(todayIso()).toBe('2026-10-16'); // 00:30 on 16/10 in Vietnam
    adoptServerClock({ now: '2026-12-31T17:30:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(thisYear()).toBe(2027);
  });

  it('prints instants in that zone', () => {
    adoptServerClock({ now: '2026-10-15T17:30:00.000Z', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(formatDateTime('2026-10-15T17:30:00.000Z')).toBe('16/10/2026 00:30');
    expect(formatDate('2026-10-15T17:30:00.000Z')).toBe('16/10/2026');
    expect(formatDate('2026-10-15')).toBe('15/10/2026'); // a civil date stays as it is
    adoptServerClock({ now: '2026-10-15T17:30:00.000Z', timeZone: 'UTC' });
    expect(formatDateTime('2026-10-15T17:30:00.000Z')).toBe('15/10/2026 17:30');
  });
});
