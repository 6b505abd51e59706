import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../core/config/config.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { SetupService } from './setup.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

it('creates the first system administrator once, with the printed token only', async () => {
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup/status' })).json()).toEqual({
    needsSetup: true,
  });
  const token = await new SetupService(t.handle.db, loadConfig({}), t.clock).issueToken();
  expect(token).toBeTruthy();
  const body = { username: 'admin', fullName: 'Quản trị hệ thống', password: 'mot-mat-khau-dai' };
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: { ...body, token: 'x'.repeat(24) },
  });
  expect(wrong.json()).toMatchObject({ error: { code: 'SETUP_TOKEN_INVALID' } });
  const ok = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...body, token } });
  expect(ok.statusCode).toBe(200);
  expect(ok.json()).toMatchObject({
    user: { username: 'admin', roles: [{ role: 'system_admin', unitId: null }] },
  });
  const again = await t.app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    payload: { ...body, username: 'admin2', token },
  });
  expect(again.json()).toMatchObject({ error: { code: 'SETUP_ALREADY_DONE' } });
  expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup/status' })).json()).toEqual({
    needsSetup: false,
  });
  expect(await new SetupService(t.handle.db, loadConfig({}), t.clock).issueToken()).toBeNull();
});
