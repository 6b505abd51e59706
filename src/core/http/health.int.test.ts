import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { manualClock } from '../clock/clock.ts';

let t: TestApp;
beforeAll(async () => {
  // 00:30 on 16 October in Vietnam, still 15 October in UTC
  t = await createTestApp({}, manualClock('2026-10-15T17:30:00Z'));
});
afterAll(async () => t.close());

it("tells the server's instant, zone and civil date", async () => {
  const res = await t.anonymous().request('GET', '/api/health');
  expect(res.statusCode).toBe(200);
  expect(res.json()).toEqual({
    status: 'ok',
    database: 'ok',
    now: '2026-10-15T17:30:00.000Z',
    timeZone: 'Asia/Ho_Chi_Minh',
    today: '2026-10-16',
  });
});
