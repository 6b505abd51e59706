/**
 * The scheduler runs on the application's clock. A job row made by a migration carries the
 * database's time; a job that never ran is due at once even when the app's clock is behind it
 * (CLOCK_START in tests and demonstrations), and afterwards waits for its interval on the clock.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import type { DatabaseHandle } from '../../core/db/database.ts';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { runDueJobs } from './scheduler.ts';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

it('runs a job that never ran, then every interval of the clock', async () => {
  // the row as a migration leaves it, a week ahead of the app's clock
  await sql`update scheduled_job set next_run_at = '2026-12-03T16:00:00Z', last_run_at = null
            where name = 'reminders'`.execute(h.db);
  const clock = manualClock('2026-11-26T03:00:00Z');
  let runs = 0;
  const job = { name: 'reminders', everySeconds: 600, run: async () => runs++ };
  expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual(['reminders']);
  expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual([]);
  clock.advance(599_000);
  expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual([]);
  clock.advance(1_000);
  expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual(['reminders']);
  expect(runs).toBe(2);
});
