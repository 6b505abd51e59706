import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';

let t: TestApp;
let province: Client;
let phoHien: Client;
let tanHung: Client;
let hanoi: Client;
let planId: number;
let phoHienId: number;
let tanHungId: number;

interface Cascade {
  items: { unitName: string; answered: boolean; overdue: boolean; answers: { title: string }[] }[];
  answered: number;
  expected: number;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  await t.createUser('phohien', [{ role: 'planner', unitCode: '11953' }]);
  await t.createUser('tanhung', [{ role: 'planner', unitCode: '11977' }]);
  await t.createUser('hanoi', [{ role: 'unit_admin', unitCode: '01' }]);
  province = await t.signIn('tinh');
  phoHien = await t.signIn('phohien');
  tanHung = await t.signIn('tanhung');
  hanoi = await t.signIn('hanoi');
  phoHienId = await t.unitId('2025', '11953');
  tanHungId = await t.unitId('2025', '11977');
  const created = await province.request('POST', '/api/v1/plans', {
    unitId: await t.unitId('2025', '33'),
    title: 'Kế hoạch Tháng hành động vì bình đẳng giới năm 2026',
  });
  planId = created.json<{ plan: { id: number } }>().plan.id;
});
afterAll(async () => t.close());

it('names the lower units that must answer when issuing, and only lower units', async () => {
  const foreign = await province.request('POST', `/api/v1/plans/${planId}/actions`, {
    action: 'issue',
    documentNumber: '150/KH-UBND',
    issuedOn: '2026-10-20',
    answerUnitIds: [await t.unitId('2025', '00004')],
  });
  expect(foreign.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  const issued = await province.request('POST', `/api/v1/plans/${planId}/actions`, {
    action: 'issue',
    documentNumber: '150/KH-UBND',
    issuedOn: '2026-10-20',
    answerUnitIds: [phoHienId, tanHungId],
    answerDueDate: '2026-11-05',
  });
  expect(issued.statusCode).toBe(200);
});

it('shows each lower unit what it still has to answer, and the issuer who has answered', async () => {
  const waiting = (await phoHien.request('GET', '/api/v1/plans/awaiting-answer')).json<{
    items: { planId: number; unitName: string; dueDate: string }[];
  }>();
  expect(waiting.items).toEqual([
    expect.objectContaining({ planId, unitName: 'Phường Phố Hiến', dueDate: '2026-11-05' }),
  ]);
  expect(
    (await hanoi.request('GET', '/api/v1/plans/awaiting-answer')).json<{ items: unknown[] }>().items,
  ).toEqual([]);

  const answer = await phoHien.request('POST', '/api/v1/plans', {
    unitId: phoHienId,
    title: 'Kế hoạch hưởng ứng Tháng hành động năm 2026 của phường Phố Hiến',
    references: [
      {
        kind: 'Kế hoạch',
        number: '150/KH-UBND',
        issuedOn: '2026-10-20',
        issuer: 'UBND tỉnh Hưng Yên',
        title: 'Kế hoạch số 150/KH-UBND',
        implements: true,
      },
    ],
  });
  expect(answer.statusCode).toBe(201);
  expect(
    (await phoHien.request('GET', '/api/v1/plans/awaiting-answer')).json<{ items: unknown[] }>().items,
  ).toEqual([]);
  expect(
    (await tanHung.request('GET', '/api/v1/plans/awaiting-answer')).json<{ items: unknown[] }>().items,
  ).toHaveLength(1);

  const cascade = (await province.request('GET', `/api/v1/plans/${planId}/cascade`)).json<Cascade>();
  expect(cascade).toMatchObject({ answered: 1, expected: 2 });
  const byName = Object.fromEntries(cascade.items.map((i) => [i.unitName, i]));
  expect(byName['Phường Phố Hiến']).toMatchObject({
    answered: true,
    overdue: false,
    answers: [{ title: 'Kế hoạch hưởng ứng Tháng hành động năm 2026 của phường Phố Hiến' }],
  });
  expect(byName['Xã Tân Hưng']).toMatchObject({
    answered: false,
    overdue: true, // due 05/11, the test clock stands at 26/11
  });
  expect((await hanoi.request('GET', `/api/v1/plans/${planId}/cascade`)).statusCode).toBe(404);
});
