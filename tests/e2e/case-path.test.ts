/**
 * The case path in real headless Chromium, the worker at phone width: a referral past its due date
 * shows in "needs attention" for the worker and the supervisor; the worker asks to close the case
 * with the checklist, the supervisor sends it back with a comment, the worker asks again, the
 * supervisor approves, the worker reopens it. All in Vietnamese, with no 403 and no console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseIntake } from '../support/case-intake.ts';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';
import { guardPage, type PageGuard } from '../support/page-guards.ts';

let app: E2eApp;
let admin: Page;
let worker: Page;
let supervisor: Page;
let guards: PageGuard[] = [];
let caseId = 0;
let caseCode = '';

beforeAll(async () => {
  app = await openApp();
  admin = await app.newPage();
  worker = await app.newPage({ viewport: { width: 390, height: 844 } });
  supervisor = await app.newPage();
  guards = [guardPage(worker, 'worker'), guardPage(supervisor, 'supervisor')];
}, 240_000);
afterAll(async () => app?.close());

const openCase = async (page: Page) => {
  await page.goto(`${app.server.baseUrl}/#/cases/${caseId}`);
  await page.reload(); // the hash alone does not load the page again
  await expect.poll(() => page.getByTestId('case-closure').count()).toBe(1);
};
const state = (page: Page) => page.getByTestId('case-closure').getAttribute('data-state');

describe('the case path in the browser', () => {
  it('sets up a case with a referral past its due date', async () => {
    await setUpAdmin(admin, app.server);
    await createUser(admin, 'cb.phohien', 'case_worker', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'gs.hungyen', 'case_supervisor', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(worker, app.server, 'cb.phohien');
    await signIn(supervisor, app.server, 'gs.hungyen');
    const province = await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên');
    const commune = await unitId(admin, 'pho hien', 'Phường Phố Hiến');
    const p = await call(supervisor, 'POST', '/service-providers', {
      name: 'Nhà tạm lánh tỉnh Hưng Yên',
      kind: 'shelter',
      services: ['shelter'],
      unitId: province,
      coversProvince: true,
      capacity: 4,
      phone: '0221 3 862 000',
      address: 'Trụ sở Hội LHPN tỉnh',
    });
    expect(p.status).toBe(201);
    const sup = await call(worker, 'GET', `/cases/supervisors?unitId=${commune}`);
    const supervisorId = (sup.json.items as { userId: number }[])[0]!.userId;
    const created = await call(worker, 'POST', '/cases', caseIntake(commune, supervisorId));
    expect(created.status).toBe(201);
    const kase = created.json.case as { id: number; code: string };
    [caseId, caseCode] = [kase.id, kase.code];
    const providerId = (p.json.serviceProvider as { id: number }).id;
    const r = await call(worker, 'POST', `/cases/${caseId}/referrals`, {
      providerId,
      service: 'shelter',
      dueOn: '2026-11-21',
    });
    expect(r.status).toBe(200);
  });

  it('shows the overdue referral in needs attention, to the worker and the supervisor', async () => {
    for (const page of [worker, supervisor]) {
      await page.goto(`${app.server.baseUrl}/#/cases`);
      await page.reload(); // the hash alone does not load the page again
      const item = page.getByTestId('attention-item');
      await expect.poll(() => item.first().getAttribute('data-kind')).toMatch(/^referral_/);
      const text = (await page.getByTestId('case-attention').textContent()) ?? '';
      expect(text).toContain('Cần chú ý');
      expect(text).toContain(caseCode);
      expect(text).toMatch(/Chuyển gửi Tạm lánh (quá hạn|chưa được phản hồi)/i);
    }
    await openCase(worker);
    await worker.getByTestId('referral-declined').click(); // the survivor declined the shelter
    await expect.poll(() => worker.getByTestId('referral').getAttribute('data-status')).toBe('declined');
  });

  it('asks to close, is sent back with a comment, asks again, is approved, reopens', async () => {
    const ask = async (reason: string) => {
      await worker.getByTestId('closure-reason').selectOption(reason);
      for (const k of ['safetyPlanDone', 'servicesDone', 'survivorInformed'])
        await worker.getByTestId(`closure-${k}`).check();
      await worker.getByTestId('closure-request').click();
      await expect.poll(() => state(worker)).toBe('pending');
    };
    await ask('goals_met');
    expect(await worker.getByTestId('closure-pending').textContent()).toContain('chờ giám sát viên duyệt');

    await openCase(supervisor);
    await supervisor.getByTestId('closure-comment').fill('Cần gặp lại người bị bạo lực trước khi đóng');
    await supervisor.getByTestId('closure-send-back').click();
    await expect.poll(() => state(supervisor)).toBe('open');

    await openCase(worker);
    await expect
      .poll(() => worker.getByTestId('closure-sent-back').textContent())
      .toContain('Cần gặp lại người bị bạo lực');
    await ask('survivor_request');

    await openCase(supervisor);
    await supervisor.getByTestId('closure-approve').click();
    await expect.poll(() => supervisor.getByTestId('case-status').getAttribute('data-status')).toBe('closed');

    await openCase(worker);
    expect(await worker.getByTestId('case-status').getAttribute('data-status')).toBe('closed');
    await worker.getByTestId('reopen-reason').fill('Bạo lực tái diễn');
    await worker.getByTestId('case-reopen').click();
    await expect.poll(() => worker.getByTestId('case-status').getAttribute('data-status')).toBe('open');
    await worker.getByTestId('case-closure').locator('summary').click();
    const kinds = await worker
      .getByTestId('closure-history')
      .locator('li')
      .evaluateAll((li) => li.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['request', 'send_back', 'request', 'approve', 'reopen']);
    // at phone width nothing runs off the screen
    const overflow = await worker.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const g of guards) await g.expectClean();
  });
});
