/**
 * Issue 16: a case's detection and incident dates cannot be in the future, "today" being the
 * configured time zone's (here 01:30 on 27 November in Vietnam, still the 26th in UTC).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../core/clock/clock.ts';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TCase } from './cases.schema.ts';

let t: TestApp;
let worker: Client;
let supervisorId: number;
let commune: number;
beforeAll(async () => {
  t = await createTestApp({}, manualClock('2026-11-26T18:30:00Z'));
  await t.createUser('worker', [{ role: 'case_worker', unitCode: '11953' }]);
  supervisorId = await t.createUser('supervisor', [{ role: 'case_supervisor', unitCode: '33' }]);
  worker = await t.signIn('worker');
  commune = await t.unitId('2025', '11953');
});
afterAll(async () => t.close());

const refusal = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; message: string; details: { path: string }[] } }>().error;

describe('case dates', () => {
  it('refuses a detection date of 25/12/2027 and one a day ahead, with the field named', async () => {
    for (const detectedOn of ['2027-12-25', '2026-11-28']) {
      const res = await worker.request(
        'POST',
        '/api/v1/cases',
        caseIntake(commune, supervisorId, { detectedOn }),
      );
      expect(res.statusCode).toBe(422);
      expect(refusal(res).code).toBe('CASE_DATE_IN_FUTURE');
      expect(refusal(res).details.map((d) => d.path)).toEqual(['detectedOn']);
    }
    const list = await worker.request('GET', '/api/v1/cases');
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('refuses a future incident date', async () => {
    const res = await worker.request(
      'POST',
      '/api/v1/cases',
      caseIntake(commune, supervisorId, { detectedOn: '2026-11-20', incidentOn: '2026-12-01' }),
    );
    expect(refusal(res).code).toBe('CASE_DATE_IN_FUTURE');
    expect(refusal(res).details.map((d) => d.path)).toEqual(['incidentOn']);
  });

  it('accepts today in Vietnam (already the 27th), and refuses a future date on edit', async () => {
    const res = await worker.request(
      'POST',
      '/api/v1/cases',
      caseIntake(commune, supervisorId, { detectedOn: '2026-11-27', incidentOn: '2026-11-27' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const kase = res.json<{ case: TCase }>().case;
    const edit = await worker.request('PATCH', `/api/v1/cases/${kase.id}`, {
      version: kase.version,
      detectedOn: '2026-11-30',
    });
    expect(edit.statusCode).toBe(422);
    expect(refusal(edit).code).toBe('CASE_DATE_IN_FUTURE');
  });
});
