/** Issue 16: paths climbing out of the web app's folder answer 404, not 500. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { testClock } from '../../../tests/support/test-clock.ts';

let t: TestApp;
beforeAll(async () => {
  const web = mkdtempSync(join(tmpdir(), 'binhdang-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>binhdang</title>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
  t = await createTestApp({}, testClock(), { webRoot: web });
});
afterAll(async () => t.close());

describe('the web app folder', () => {
  it.each([
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%2f..%2f..%2fetc%2fpasswd',
    '/assets/..%5c..%5c..%5cetc%5cpasswd',
    '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  ])('answers 404 NOT_FOUND to %s', async (url) => {
    const res = await t.anonymous().request('GET', url);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
    expect(res.body).not.toContain('root:');
  });
  it('still serves its files and the page', async () => {
    expect((await t.anonymous().request('GET', '/assets/app.js')).statusCode).toBe(200);
    const page = await t.anonymous().request('GET', '/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('binhdang');
  });
});
