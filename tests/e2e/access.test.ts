/**
 * Issue 15 in the browser: the ward's reporter, viewer and planner open the province plan sent to
 * them and the planner starts its implementing plan from it; a nationwide viewer opens the national
 * indicators and summary; the province's planner creates and links the agency of a task group.
 * Any console error, a 403 answered to anything the page offered or untranslated text fails the test
 * (tests/support/page-guards.ts; watched from the sign-in page on).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  call,
  createUser,
  openApp,
  PASSWORD,
  setUpAdmin,
  signIn,
  unitId,
  type E2eApp,
} from '../support/e2e.ts';
import { guardPage, type PageGuard } from '../support/page-guards.ts';

let e2e: E2eApp;
let admin: Page;
let planId: number;
const guards: PageGuard[] = [];

async function page(username: string): Promise<Page> {
  const p = await e2e.newPage();
  guards.push(guardPage(p, username));
  await signIn(p, e2e.server, username);
  return p;
}

async function expectClean() {
  for (const guard of guards) await guard.expectClean();
}

beforeAll(async () => {
  e2e = await openApp();
}, 240_000);
afterAll(async () => e2e?.close());

it('issues a province plan to Phường Phố Hiến', async () => {
  admin = await e2e.newPage();
  await setUpAdmin(admin, e2e.server);
  const province = await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên');
  const ward = await unitId(admin, 'pho hien', 'Phường Phố Hiến');
  for (const role of ['reporter', 'viewer', 'planner'])
    await createUser(admin, `phuong.${role}`, role, 'pho hien', 'Phường Phố Hiến');
  await createUser(admin, 'tinh.planner', 'planner', 'hung yen', 'Tỉnh Hưng Yên');
  const nationwide = await call(admin, 'POST', '/users', {
    username: 'bo.viewer',
    fullName: 'bo.viewer',
    password: PASSWORD,
    roles: [{ role: 'viewer', unitId: null }],
  });
  expect(nationwide.status).toBe(201);
  const plan = await call(admin, 'POST', '/plans', {
    unitId: province,
    title: 'Kế hoạch thực hiện công tác bình đẳng giới năm 2026',
  });
  planId = (plan.json.plan as { id: number }).id;
  await call(admin, 'POST', `/plans/${planId}/tasks`, {
    tasks: [{ title: 'Tuyên truyền Luật Bình đẳng giới', leadAgencyName: 'Hội Nông dân tỉnh Hưng Yên' }],
  });
  const issued = await call(admin, 'POST', `/plans/${planId}/actions`, {
    action: 'issue',
    documentNumber: '31/KH-UBND',
    issuedOn: '2026-02-10',
    answerUnitIds: [ward],
  });
  expect(issued.status).toBe(200);
});

it('opens the plan sent to the ward for its reporter, viewer and planner', async () => {
  for (const role of ['reporter', 'viewer', 'planner']) {
    const p = await page(`phuong.${role}`);
    await p.goto(`${e2e.server.baseUrl}/#/plans`);
    await p.getByTestId('awaiting-plan').first().click();
    await expect.poll(() => p.getByTestId('plan-number').textContent()).toBe('31/KH-UBND');
    await expect.poll(() => p.getByTestId('task-row').count()).toBe(1);
    // nothing to act on: the plan is the province's
    expect(await p.getByTestId('plan-actions').getByRole('button').count()).toBe(0);
    expect(await p.getByTestId('agency-confirm').count()).toBe(0);
    if (role === 'planner') {
      await p.goto(`${e2e.server.baseUrl}/#/plans`);
      await p.getByTestId('awaiting-answer').first().click();
      await expect.poll(() => p.getByTestId('import-answers').textContent()).toContain('31/KH-UBND');
    }
  }
  await expectClean();
});

it('shows a nationwide viewer the national indicators and summary', async () => {
  const p = await page('bo.viewer');
  await p.goto(`${e2e.server.baseUrl}/#/indicators`);
  await expect.poll(() => p.getByTestId('indicator-row').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  await p.goto(`${e2e.server.baseUrl}/#/reports/summary`);
  await expect.poll(() => p.getByTestId('summary-unit-row').count(), { timeout: 20_000 }).toBe(34);
  await expectClean();
});

it('lets the province planner create and link the agency of a task group', async () => {
  const p = await page('tinh.planner');
  await p.goto(`${e2e.server.baseUrl}/#/plans/${planId}`);
  const form = p.getByTestId('agency-create-form');
  await expect.poll(() => form.count()).toBe(1);
  await form.getByTestId('agency-create-submit').click();
  await expect.poll(() => p.getByTestId('task-group-matched').count()).toBe(1);
  await expectClean();
});
