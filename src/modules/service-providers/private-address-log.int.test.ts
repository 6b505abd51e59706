/**
 * Opening a private host's address (a trusted address — someone's home) is recorded: who, when and
 * which hosts, in the audit log the unit administrators read; the address itself never. Readers
 * who are shown no address leave no record.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TServiceProvider } from './service-providers.schema.ts';

let t: TestApp;
let worker: Client;
let planner: Client;
let admin: Client;
let hostId: number;
const HOST_ADDRESS = 'Nhà bà Trần Thị Hoa, số 7 ngõ 9 phố Bãi Sậy';

const opens = async () =>
  (
    await sql<{ actor: string; entity_id: string | null; details: { ids: number[] }; text: string }>`
      select details->>'actor' as actor, entity_id, details, l::text as text from audit_log l
      where action = 'service_provider.private_address.open' order by id`.execute(t.handle.db)
  ).rows;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('gs.tinh', [{ role: 'case_supervisor', unitCode: '33' }]);
  await t.createUser('cb.phuong', [{ role: 'case_worker', unitCode: '11953' }]);
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  const supervisor = await t.signIn('gs.tinh');
  worker = await t.signIn('cb.phuong');
  planner = await t.signIn('kh.tinh');
  admin = await t.signIn('qt.tinh');
  const res = await supervisor.request('POST', '/api/v1/service-providers', {
    name: 'Địa chỉ tin cậy tổ 4',
    kind: 'trusted_address',
    services: ['shelter'],
    unitId: await t.unitId('2025', '11953'),
    capacity: 1,
    phone: '0912 345 678',
    privateHost: true,
    privateAddress: HOST_ADDRESS,
  });
  expect(res.statusCode, res.body).toBe(201);
  hostId = res.json<{ serviceProvider: TServiceProvider }>().serviceProvider.id;
});
afterAll(async () => t.close());

it('records a case worker opening the address in the list and in the detail, without the address', async () => {
  const list = await worker.request('GET', '/api/v1/service-providers');
  expect(list.json<{ items: TServiceProvider[] }>().items.find((p) => p.id === hostId)?.privateAddress).toBe(
    HOST_ADDRESS,
  );
  await worker.request('GET', `/api/v1/service-providers/${hostId}`);
  const rows = await opens();
  expect(rows.map((r) => [r.actor, r.entity_id, r.details.ids])).toEqual([
    ['cb.phuong', String(hostId), [hostId]], // the list held one private host
    ['cb.phuong', String(hostId), [hostId]],
  ]);
  expect(rows.some((r) => r.text.includes('Trần Thị Hoa'))).toBe(false);
});

it('records nothing for readers who are not shown the address', async () => {
  const before = (await opens()).length;
  const seen = await planner.request('GET', `/api/v1/service-providers/${hostId}`);
  expect(seen.json<{ serviceProvider: TServiceProvider }>().serviceProvider.privateAddress).toBeNull();
  await planner.request('GET', '/api/v1/service-providers');
  expect((await opens()).length).toBe(before);
});

it('shows the province’s unit administrator who opened it', async () => {
  const res = await admin.request('GET', '/api/v1/audit-log?entityType=service_provider');
  expect(res.statusCode).toBe(200);
  const actions = res.json<{ items: { action: string }[] }>().items.map((i) => i.action);
  expect(actions).toContain('service_provider.private_address.open');
});
