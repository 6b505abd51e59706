/**
 * The access matrix's table: one entry per route of the app (and per variant where the body
 * chooses the rule), saying who is allowed. A route the app has and the table lacks, or the other
 * way round, fails tests/integration/access-matrix.int.test.ts.
 */
import { ACTIVITY_ENTRIES } from './routes-activities.ts';
import { CASE_ENTRIES } from './routes-cases.ts';
import { CORE_ENTRIES } from './routes-core.ts';
import { PLAN_ENTRIES } from './routes-plans.ts';
import { REPORT_ENTRIES } from './routes-reports.ts';
import type { Entry } from './types.ts';

export const ENTRIES: Entry[] = [
  ...CORE_ENTRIES,
  ...PLAN_ENTRIES,
  ...REPORT_ENTRIES,
  ...ACTIVITY_ENTRIES,
  ...CASE_ENTRIES,
];

/** Routes the app serves but leaves out of its OpenAPI document. */
export const HIDDEN_ROUTES = ['GET /api/docs/json'];
