/** `GET /api/v1/audit-log/seals/verify`: the check of every seal, for system administrators. */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { AuditSealService } from './audit-seal.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('xa', [{ role: 'unit_admin', unitCode: '33' }]);
});
afterAll(async () => t?.close());

it('tells a system administrator how far the log is intact, and where it was changed', async () => {
  const root = await t.signIn('root');
  const [seal] = await new AuditSealService(t.handle.db).sealNew();
  const ok = await root.request('GET', '/api/v1/audit-log/seals/verify');
  expect(ok.statusCode, ok.body).toBe(200);
  expect(ok.json()).toMatchObject({
    ok: true,
    seals: 1,
    broken: null,
    intactThrough: { id: 1, digest: seal!.digest },
  });
  await sql`update audit_log set user_agent = 'sửa' where seal_id = 1`.execute(t.handle.db);
  const broken = await root.request('GET', '/api/v1/audit-log/seals/verify');
  expect(broken.json()).toMatchObject({
    ok: false,
    broken: { sealId: 1, reason: 'row_changed' },
    intactThrough: null,
  });
  const unitAdmin = await t.signIn('xa');
  expect((await unitAdmin.request('GET', '/api/v1/audit-log/seals/verify')).statusCode).toBe(403);
});
