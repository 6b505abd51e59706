import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

it('serves an OpenAPI document generated from the zod schemas', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
  expect(res.statusCode).toBe(200);
  const doc = res.json<{
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  }>();
  expect(doc.openapi).toMatch(/^3\./);
  for (const path of [
    '/api/v1/units',
    '/api/v1/units/{id}/lineage',
    '/api/v1/agencies',
    '/api/v1/users',
    '/api/v1/auth/login',
    '/api/v1/audit-log',
  ]) {
    expect(Object.keys(doc.paths)).toContain(path);
  }
  expect(Object.keys(doc.paths['/api/v1/agencies']!.post!.responses)).toContain('201');
});

it('answers unknown API paths with a stable 404 code', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
  expect(res.statusCode).toBe(404);
  expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy.' } });
});
