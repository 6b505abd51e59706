/**
 * A workflow step is one statement (status, event, audit, approval flags) and the submission checks
 * use the form's fields and rules kept in memory per version of the form: a form edit must be seen
 * at the next submission, a step that lost the race must write nothing, and the answer built from
 * what was written must be what a fresh read shows.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TFormDefinition } from '../report-forms/report-forms.schema.ts';
import { ReportTransitionRepository } from './report-transition.repository.ts';
import type { TReportDetail } from './reports.schema.ts';

let t: TestApp;
let root: Client;
let commune: number;
let formId: number;

const definition = (rules: TFormDefinition['rules']): TFormDefinition => ({
  code: 'TEST_QUARTERLY',
  name: 'Báo cáo quý thử',
  nameEn: 'Test quarterly report',
  periodType: 'quarterly',
  sections: [],
  fields: [
    { elementCode: 'GBV_SURVIVORS_DETECTED', group: null, required: true },
    { elementCode: 'GBV_SURVIVORS_SUPPORTED', group: null, required: false },
  ],
  rules,
});
const reportOf = (res: { json<T>(): T }) => res.json<{ report: TReportDetail }>().report;

/** A draft of the test form for a quarter: 1 survivor detected, `supported` supported. */
async function draft(periodStart: string, supported: number): Promise<TReportDetail> {
  const created = reportOf(
    await root.request('POST', '/api/v1/reports', { formId, unitId: commune, periodStart }),
  );
  const saved = await root.request('PUT', `/api/v1/reports/${created.id}`, {
    version: created.version,
    values: [
      { elementCode: 'GBV_SURVIVORS_DETECTED', category: 'total', value: 1 },
      { elementCode: 'GBV_SURVIVORS_SUPPORTED', category: 'total', value: supported },
    ],
    narrative: {},
  });
  expect(saved.statusCode).toBe(200);
  return reportOf(saved);
}

const submit = (id: number) => root.request('POST', `/api/v1/reports/${id}/actions`, { action: 'submit' });

async function written(id: number) {
  const r = await sql<{ events: number; audits: number }>`
    select
      (select count(*)::int from report_event where report_id = ${id} and action = 'submit') as events,
      (select count(*)::int from audit_log where action = 'report.submit' and entity_id = ${String(id)}) as audits
  `.execute(t.handle.db);
  return r.rows[0]!;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  root = await t.signIn('root');
  commune = await t.unitId('2025', '11953');
  const res = await root.request('POST', '/api/v1/report-forms', definition([]));
  expect(res.statusCode).toBe(201);
  formId = res.json<{ form: { id: number } }>().form.id;
});
afterAll(async () => t.close());

describe('report workflow steps', () => {
  it('sees a rule added to the form at the next submission (the form checks are cached per version)', async () => {
    const first = await draft('2026-01-01', 3);
    expect((await submit(first.id)).statusCode).toBe(200); // the form is now in memory, without rules
    const edit = await root.request(
      'PUT',
      `/api/v1/report-forms/${formId}`,
      definition([
        {
          left: 'GBV_SURVIVORS_SUPPORTED',
          leftCategory: 'total',
          operator: '<=',
          right: 'GBV_SURVIVORS_DETECTED',
          rightCategory: 'total',
          message: 'Số được hỗ trợ không vượt số phát hiện',
          messageEn: 'Supported may not exceed detected',
        },
      ]),
    );
    expect(edit.statusCode).toBe(200);
    const second = await draft('2026-04-01', 3);
    const refused = await submit(second.id);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'REPORT_INVALID' } });
    expect(await written(second.id)).toEqual({ events: 0, audits: 0 });
  });

  it('answers a submission with exactly what a fresh read shows', async () => {
    const r = await draft('2026-07-01', 1);
    const answer = reportOf(await submit(r.id));
    const fresh = reportOf(await root.request('GET', `/api/v1/reports/${r.id}`));
    expect(answer).toEqual(fresh);
    expect(answer.status).toBe('submitted');
    expect(answer.version).toBe(r.version + 1);
    expect(answer.events.map((e) => e.action)).toEqual(['create', 'save', 'submit']);
  });

  it('lets one of two simultaneous submissions through and writes the other nothing', async () => {
    const r = await draft('2026-10-01', 1);
    const answers = await Promise.all([submit(r.id), submit(r.id)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await written(r.id)).toEqual({ events: 1, audits: 1 });
  });

  it('writes no event, audit row or approval when the version moved', async () => {
    const r = await draft('2025-10-01', 1);
    const repo = new ReportTransitionRepository(t.handle.db);
    const stale = await repo.transition({
      id: r.id,
      version: r.version - 1,
      set: { status: 'approved', decided_at: t.clock.now() },
      approved: true,
      event: { actorId: null, action: 'approve', reason: null, at: t.clock.now() },
      audit: {
        actor_id: null,
        action: 'report.approve',
        entity_type: 'report',
        entity_id: String(r.id),
        unit_id: commune,
        province_id: null,
        ip: null,
        user_agent: null,
        request_id: null,
        details: '{}',
      },
    });
    expect(stale).toBeUndefined();
    const after = await sql<{ status: string; approved: number; events: number; audits: number }>`
      select
        (select status from report where id = ${r.id}) as status,
        (select count(*)::int from data_value where report_id = ${r.id} and approved) as approved,
        (select count(*)::int from report_event where report_id = ${r.id} and action = 'approve') as events,
        (select count(*)::int from audit_log where action = 'report.approve' and entity_id = ${String(r.id)}) as audits
    `.execute(t.handle.db);
    expect(after.rows[0]).toEqual({ status: 'draft', approved: 0, events: 0, audits: 0 });
  });
});
