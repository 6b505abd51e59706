/** Issue 16: a lone surrogate ("\ud800") is refused with a 400 wherever text comes in, not a 500. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
let planner: Client;
let unitId: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  planner = await t.signIn('kh.tinh');
  unitId = await t.unitId('2025', '33');
});
afterAll(async () => t.close());

const error = (res: { json: <T>() => T }) =>
  res.json<{ error: { code: string; details: { path: string }[] } }>().error;

describe('ill-formed Unicode', () => {
  it('refuses a plan title with a lone surrogate (raw JSON escape) naming the field', async () => {
    const raw = `{"unitId":${unitId},"title":"K\\ud800ế hoạch"}`;
    const res = await planner.request('POST', '/api/v1/plans', raw, { 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(error(res).code).toBe('TEXT_NOT_WELL_FORMED');
    expect(error(res).details[0]!.path).toBe('body.title');
    const list = await planner.request('GET', '/api/v1/plans');
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('refuses one deep in an array, in a key, and a low surrogate alone', async () => {
    const deep = await planner.request('POST', '/api/v1/plans', {
      unitId,
      title: 'Kế hoạch',
      references: [{ kind: 'Kế hoạch', number: '1/KH', issuedOn: '2026-01-02', issuer: 'UBND \udc00' }],
    });
    expect(deep.statusCode).toBe(400);
    expect(error(deep).details[0]!.path).toBe('body.references.0.issuer');
    const key = await planner.request('POST', '/api/v1/plans', `{"\\ud83d":1}`, {
      'content-type': 'application/json',
    });
    expect(error(key).code).toBe('TEXT_NOT_WELL_FORMED');
  });

  it('refuses one in the query string, and in the text of a plan to parse', async () => {
    const q = await planner.request('GET', `/api/v1/plans?q=${encodeURIComponent('a')}%ED%A0%80`);
    expect(q.statusCode).toBeLessThan(500);
    const text = await planner.request('POST', '/api/v1/plans/parse', `{"text":"\\ud800"}`, {
      'content-type': 'application/json',
    });
    expect(text.statusCode).toBe(400);
    expect(error(text).code).toBe('TEXT_NOT_WELL_FORMED');
  });

  it('refuses a lone surrogate read out of an uploaded UTF-16 text file', async () => {
    const file = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from([0x4b, 0x00, 0x00, 0xd8, 0x41, 0x00]),
    ]);
    const res = await planner.request('POST', '/api/v1/plans/parse', {
      fileName: 'ke-hoach.txt',
      contentBase64: file.toString('base64'),
    });
    expect(res.statusCode).toBe(400);
    expect(error(res).code).toBe('TEXT_NOT_WELL_FORMED');
    expect(error(res).details[0]!.path).toBe('file');
  });

  it('keeps well-formed text, emoji included', async () => {
    const res = await planner.request('POST', '/api/v1/plans', { unitId, title: 'Kế hoạch 💪 bình đẳng' });
    expect(res.statusCode).toBe(201);
  });
});
