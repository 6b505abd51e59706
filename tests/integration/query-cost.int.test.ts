/**
 * PostgreSQL only: the planner's cost estimate of every statement on the hot paths (sign-in and the
 * session lookup of each request, report create / save / submit / approve, the dashboard sums) stays
 * well below `jit_above_cost`. Above it PostgreSQL JIT-compiles the statement on every call
 * (100–200 ms each), which PGlite never does, so no PGlite test would notice (docs/BENCHMARKS.md,
 * "PostgreSQL JIT"). The app turns JIT off for its connections; this guard keeps the estimates sane
 * for servers (or poolers) where that SET does not reach every connection.
 *
 * Every statement the app sends during the flows is recorded at the driver, then EXPLAINed (plans
 * only, nothing runs again) twice: on the fresh test database, whose tables have no statistics
 * (the state in which `rollupOf` was estimated at ≈900,000), and after ANALYZE.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database.ts';
import { ReportsRepository } from '../../src/modules/reports/reports.repository.ts';
import type { TReportDetail } from '../../src/modules/reports/reports.schema.ts';
import { testDatabaseKind } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

/** A tenth of PostgreSQL's default jit_above_cost (100,000): room before a statement would JIT. */
const COST_LIMIT = 10_000;

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const recorded = new Map<string, unknown[]>();
let recording = false;
const proto = pg.Client.prototype as unknown as { query: Query };
const originalQuery = proto.query;

function record(this: pg.Client, ...args: unknown[]): unknown {
  const [text, values] = args;
  if (recording && typeof text === 'string' && /^\s*(select|insert|update|delete|with)\b/i.test(text)) {
    if (!recorded.has(text)) recorded.set(text, Array.isArray(values) ? values : []);
  }
  return originalQuery.apply(this, args);
}

describe.skipIf(testDatabaseKind() !== 'postgres')('query cost on PostgreSQL (JIT guard)', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    proto.query = record;
    t = await createTestApp();
    url = (t.handle as typeof t.handle & { url: string }).url;
    await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
    await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
    await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  });
  afterAll(async () => {
    proto.query = originalQuery;
    await t?.close();
  });

  it('the app turns JIT off on its own connections', async () => {
    const h = await openDatabase({ databaseUrl: url });
    try {
      const { rows } = await sql<{ jit: string }>`show jit`.execute(h.db);
      expect(rows[0]?.jit).toBe('off');
    } finally {
      await h.close();
    }
  });

  it('keeps every hot-path statement far below jit_above_cost, with and without statistics', async () => {
    recording = true;
    const reporter = await t.signIn('bc.phuong');
    const approver = await t.signIn('duyet.tinh');
    const nation = await t.signIn('root');
    const province = await t.unitId('2025', '33');
    const commune = await t.unitId('2025', '11953');
    const forms = await reporter.request('GET', '/api/v1/report-forms');
    const form = forms
      .json<{ items: { id: number; code: string }[] }>()
      .items.find((f) => f.code === 'GE_SEMIANNUAL');
    if (!form) throw new Error('shipped six-monthly form missing');
    const created = await reporter.request('POST', '/api/v1/reports', {
      formId: form.id,
      unitId: commune,
      periodStart: '2026-01-01',
    });
    expect(created.statusCode).toBe(201);
    let report = created.json<{ report: TReportDetail }>().report;
    const saved = await reporter.request('PUT', `/api/v1/reports/${report.id}`, {
      version: report.version,
      values: [
        { elementCode: 'COMMUNICATION_EVENTS', category: 'total', value: 12 },
        { elementCode: 'GBV_SURVIVORS_DETECTED', category: 'total', value: 5 },
        { elementCode: 'GBV_SURVIVORS_SUPPORTED', category: 'total', value: 4 },
      ],
      narrative: { results: 'Tổ chức 12 cuộc truyền thông.' },
    });
    expect(saved.statusCode).toBe(200);
    report = saved.json<{ report: TReportDetail }>().report;
    const submitted = await reporter.request('POST', `/api/v1/reports/${report.id}/actions`, {
      action: 'submit',
    });
    expect(submitted.statusCode).toBe(200);
    const approved = await approver.request('POST', `/api/v1/reports/${report.id}/actions`, {
      action: 'approve',
    });
    expect(approved.statusCode).toBe(200);
    for (const [client, path] of [
      [reporter, `/api/v1/reports/${report.id}`],
      [reporter, '/api/v1/reports'],
      [approver, `/api/v1/reports/summary?formId=${form.id}&periodStart=2026-01-01&unitId=${province}`],
      [nation, `/api/v1/reports/summary?formId=${form.id}&periodStart=2026-01-01`],
      [approver, `/api/v1/indicators/values?year=2026&unitId=${province}`],
      [nation, '/api/v1/indicators/values?year=2026'],
    ] as const) {
      expect((await client.request('GET', path)).statusCode, path).toBe(200);
    }
    // The roll-up of a 2024 district and commune (imports of old figures), the JIT case found first.
    const reports = new ReportsRepository(t.handle.db);
    expect(await reports.rollupOf(await t.unitId('2024', '001'))).toBeDefined();
    expect(await reports.rollupOf(await t.unitId('2024', '00004'))).toBeDefined();
    recording = false;
    expect(recorded.size).toBeGreaterThan(20);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const costs = async () => {
        const out: { cost: number; sql: string }[] = [];
        for (const [text, values] of recorded) {
          const r = await client.query<{ 'QUERY PLAN': [{ Plan: { 'Total Cost': number } }] }>(
            `explain (format json) ${text}`,
            values,
          );
          out.push({ cost: r.rows[0]!['QUERY PLAN'][0].Plan['Total Cost'], sql: text.replace(/\s+/g, ' ') });
        }
        return out.sort((a, b) => b.cost - a.cost);
      };
      const over = (list: { cost: number; sql: string }[]) =>
        list.filter((c) => c.cost >= COST_LIMIT).map((c) => `${Math.round(c.cost)}  ${c.sql.slice(0, 300)}`);
      const fresh = await costs();
      await client.query('analyze');
      const analyzed = await costs();
      const jitAbove = Number(
        (await client.query<{ v: string }>(`select current_setting('jit_above_cost') as v`)).rows[0]!.v,
      );
      expect(COST_LIMIT).toBeLessThan(jitAbove);
      expect(over(fresh), 'statements estimated near jit_above_cost (no statistics)').toEqual([]);
      expect(over(analyzed), 'statements estimated near jit_above_cost (after ANALYZE)').toEqual([]);
      console.log(
        `query-cost guard: ${recorded.size} statements; highest estimate ${Math.round(fresh[0]!.cost)} fresh, ${Math.round(analyzed[0]!.cost)} analyzed`,
      );
    } finally {
      await client.end();
    }
  });
});
