/**
 * Break-glass alerts reach people: the case's own supervisor and the system administrators get a
 * notification with the case code and who broke the glass — never the reason (free text) — and the
 * supervisor who broke it, the case worker and supervisors of other cases get none.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { caseIntake } from '../../../tests/support/case-intake.ts';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TNotificationsResponse } from './notifications.schema.ts';

let t: TestApp;
const as: Record<string, Client> = {};
let caseId: number;
let caseCode: string;
const REASON = 'Nạn nhân Nguyễn Thị Hoa gọi đường dây nóng lúc đêm';

beforeAll(async () => {
  t = await createTestApp();
  const users: [string, Parameters<TestApp['createUser']>[1]][] = [
    ['admin', [{ role: 'system_admin', unitCode: null }]],
    ['cb.phuong', [{ role: 'case_worker', unitCode: '11953' }]],
    ['gs.phuong', [{ role: 'case_supervisor', unitCode: '11953' }]],
    ['gs.tinh', [{ role: 'case_supervisor', unitCode: '33' }]],
  ];
  const ids: Record<string, number> = {};
  for (const [name, roles] of users) {
    ids[name] = await t.createUser(name, roles);
    as[name] = await t.signIn(name);
  }
  const res = await as['cb.phuong']!.request(
    'POST',
    '/api/v1/cases',
    caseIntake(await t.unitId('2025', '11953'), ids['gs.phuong']!),
  );
  expect(res.statusCode, res.body).toBe(201);
  ({ id: caseId, code: caseCode } = res.json<{ case: { id: number; code: string } }>().case);
});
afterAll(async () => t.close());

const notes = async (who: string) =>
  (await as[who]!.request('GET', '/api/v1/notifications')).json<TNotificationsResponse>().items;

it('tells the case’s supervisor and the administrators, with the code and not the reason', async () => {
  const res = await as['gs.tinh']!.request('POST', `/api/v1/cases/${caseId}/break-glass`, { reason: REASON });
  expect(res.statusCode).toBe(200);
  for (const who of ['gs.phuong', 'admin']) {
    const mine = (await notes(who)).filter((n) => n.title.includes('phá kính'));
    expect(mine, who).toHaveLength(1);
    expect(mine[0]!.title).toContain(caseCode);
    expect(mine[0]!.title).toContain('gs.tinh');
    expect(JSON.stringify(mine[0])).not.toContain('Nguyễn Thị Hoa');
  }
  expect((await notes('gs.phuong'))[0]!.link).toBe(`#/cases/${caseId}`);
  for (const who of ['gs.tinh', 'cb.phuong']) expect(await notes(who), who).toEqual([]);
});
