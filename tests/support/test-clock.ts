/**
 * The clock every test app and test server runs on: it starts at TEST_NOW and runs on from there,
 * whatever the real date is (CI runs on any day, at any hour). A test that needs another day passes
 * its own clock (`createTestApp({}, manualClock(...))`) or CLOCK_START to a server process.
 */
import { startedClock, type Clock } from '../../src/core/clock/clock.ts';

/** Thursday 26 November 2026, 10:00 in Vietnam: an ordinary working morning. */
export const TEST_NOW = '2026-11-26T03:00:00Z';

/** A fresh clock started at TEST_NOW (or `at`), in the default zone. */
export const testClock = (at: string = TEST_NOW): Clock => startedClock(new Date(at));

/** Today's civil date of the test clock. */
export const testToday = (): string => testClock().today();
