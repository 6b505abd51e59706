/**
 * Issue 15's "done means": each role walks its main path in the browser, from signing in (where it
 * lands: what is due for it) to the work it came for. Province planner: imports a plan and submits
 * the draft. Province approver: issues it to the communes and approves a ward's report. Ward
 * reporter: lands on the reports it owes, opens one and submits it. Ward planner: opens the province
 * plan sent to it and builds its implementing plan. A viewer of a ward of another province: sees only
 * its own unit's items. A nationwide viewer: follows a deep link to the summary, reads the national
 * indicators and the map. Every page visited fails the walk on a console or page error, an API call
 * answered 403 and untranslated text (tests/support/page-guards.ts).
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/clock/clock.ts';
import {
  call,
  createNationwideViewer,
  createUser,
  openApp,
  PASSWORD,
  pickUnit,
  setUpAdmin,
  unitId,
  type E2eApp,
} from '../support/e2e.ts';
import { guardPage, type PageGuard } from '../support/page-guards.ts';
import { testToday } from '../support/test-clock.ts';
import { wardPlanText } from '../support/ward-plan.ts';

const PROVINCE_PLAN = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH HƯNG YÊN',
  'Số: 45/KH-UBND',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Hưng Yên, ngày 10 tháng 2 năm 2026',
  '',
  'KẾ HOẠCH',
  'Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh',
  '',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Nâng cao nhận thức về bình đẳng giới cho cán bộ và nhân dân trên địa bàn tỉnh.',
  '',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Sở Nội vụ chủ trì tổ chức tập huấn về bình đẳng giới cho cán bộ cấp xã.',
  '2. Hội Liên hiệp Phụ nữ tỉnh chủ trì tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.',
  '',
  'Nơi nhận:',
  '- UBND các xã, phường;',
  '- Lưu: VT.',
].join('\n');
const PROVINCE_TITLE = 'Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn tỉnh';

const WARD_PLAN = wardPlanText(2026);

let e2e: E2eApp;
const pages: Page[] = [];

beforeAll(async () => {
  e2e = await openApp();
}, 240_000);
afterAll(async () => e2e?.close());

const hash = (p: Page) => new URL(p.url()).hash;

/** A phone held in one hand: 390 px wide, touch. */
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
};

/** A guarded page signed in as `username` at `at` (the sign-in page itself is watched too). */
async function signedIn(
  username: string,
  at = '/login',
  options?: BrowserContextOptions,
): Promise<{ p: Page; guard: PageGuard }> {
  const p = await e2e.newPage(options);
  pages.push(p);
  const guard = guardPage(p, username);
  await p.goto(`${e2e.server.baseUrl}/#${at}`);
  await p.getByTestId('login-username').fill(username);
  await p.getByTestId('login-password').fill(PASSWORD);
  await p.getByTestId('login-submit').click();
  await expect.poll(() => p.getByTestId('current-user').textContent()).toBe(username);
  return { p, guard };
}

/** Goes to a page of the app by its address (as the menu or a link would) and waits for `ready`. */
async function visit(p: Page, path: string, ready: string) {
  await p.goto(`${e2e.server.baseUrl}/#${path}`);
  await expect.poll(() => p.getByTestId(ready).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

describe('each role walks its main path', () => {
  it('the administrator makes the users and the province’s monthly reporting obligation', async () => {
    const admin = await e2e.newPage();
    pages.push(admin);
    await setUpAdmin(admin, e2e.server);
    await createUser(admin, 'tinh.kehoach', 'planner', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser(admin, 'tinh.duyet', 'approver', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser(admin, 'phuong.baocao', 'reporter', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'phuong.kehoach', 'planner', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'badinh.xem', 'viewer', 'ba dinh', 'Phường Ba Đình');
    await createNationwideViewer(admin, 'bo.xem');
    const forms = (await call(admin, 'GET', '/report-forms')).json.items as { id: number; code: string }[];
    const today = testToday();
    const obligation = await call(admin, 'POST', '/obligations', {
      formId: forms.find((f) => f.code === 'GE_MONTHLY')!.id,
      unitId: await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên'),
      title: 'Báo cáo nhanh hằng tháng',
      frequency: 'once',
      dueDays: [addDays(today, 5)],
      startsOn: `${today.slice(0, 4)}-01-01`,
      remindDays: 7,
    });
    expect(obligation.status, JSON.stringify(obligation.json)).toBe(201);
  });

  it('province planner: lands on the plans, imports a plan and submits the draft', async () => {
    const { p, guard } = await signedIn('tinh.kehoach');
    expect(hash(p)).toBe('#/plans');
    await expect.poll(() => p.getByTestId('plans-empty').isVisible()).toBe(true);
    await guard.expectClean('plans');
    await p.getByTestId('plans-import').click();
    await p.getByTestId('plan-source-text').fill(PROVINCE_PLAN);
    await p.getByTestId('plan-parse').click();
    await expect.poll(() => p.getByTestId('plan-draft-form').isVisible()).toBe(true);
    expect(await p.getByTestId('draft-title').inputValue()).toBe(PROVINCE_TITLE);
    await pickUnit(p, 'draft-unit', 'hung yen', 'Tỉnh Hưng Yên');
    await guard.expectClean('plan import');
    await p.getByTestId('plan-save').click();
    await expect
      .poll(() => p.getByTestId('plan-title').textContent(), { timeout: 20_000 })
      .toBe(PROVINCE_TITLE);
    expect(await p.getByTestId('plan-status').first().textContent()).toBe('Dự thảo');
    await expect.poll(() => p.getByTestId('task-row').count()).toBe(2);
    await guard.expectClean('plan draft');
    await p.getByTestId('plan-action-submit').click();
    await expect.poll(() => p.getByTestId('plan-status').first().textContent()).toBe('Đã trình');
    await visit(p, '/plans', 'plan-row');
    expect(await p.getByTestId('plan-row').textContent()).toContain(PROVINCE_TITLE);
    await guard.expectClean('plans with the draft');
  });

  it('province approver: lands on the reports awaiting a decision, issues the plan to the communes', async () => {
    const { p, guard } = await signedIn('tinh.duyet');
    expect(hash(p)).toBe('#/reports?status=submitted');
    expect(await p.getByTestId('reports-status').inputValue()).toBe('submitted');
    await expect.poll(() => p.getByTestId('reports-empty').isVisible()).toBe(true);
    await guard.expectClean('reports awaiting a decision');
    await visit(p, '/plans', 'plan-row');
    await p.getByTestId('plan-row').first().getByRole('link').first().click();
    await expect.poll(() => p.getByTestId('plan-title').textContent()).toBe(PROVINCE_TITLE);
    await p.getByTestId('plan-action-issue').click();
    await p.getByTestId('plan-issue-number').fill('45/KH-UBND');
    await p.getByTestId('plan-issue-date').fill('10/02/2026');
    expect(await p.getByTestId('plan-issue-ask-answers').isChecked()).toBe(true);
    await p.getByTestId('plan-issue-answer-due').fill('31/12/2026');
    await p.getByTestId('plan-issue-submit').click();
    await expect.poll(() => p.getByTestId('plan-status').first().textContent()).toBe('Đã ban hành');
    await expect
      .poll(() => p.getByTestId('cascade-row').filter({ hasText: 'Phường Phố Hiến' }).count())
      .toBe(1);
    await guard.expectClean('issued plan');
  });

  it('ward reporter, on a phone: lands on the reports it owes, opens one and submits it', async () => {
    const { p, guard } = await signedIn('phuong.baocao', '/login', PHONE);
    expect(hash(p)).toBe('#/reports');
    const due = p.getByTestId('due-row').filter({ hasText: 'Báo cáo nhanh hằng tháng' });
    await expect.poll(() => due.count()).toBe(1);
    expect(await p.getByTestId('due-reports').textContent()).toContain('Báo cáo phải gửi');
    await guard.expectClean('reports due');
    await due.getByTestId('due-start').tap();
    await expect.poll(() => p.getByTestId('report-unit').textContent()).toBe('Phường Phố Hiến');
    await p.getByTestId('value-COMMUNICATION_EVENTS-total').fill('3');
    await p.getByTestId('value-COMMUNICATION_PARTICIPANTS-total').fill('1.250');
    // nothing of the page lies beyond the phone's width
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await p.getByTestId('report-submit').tap();
    await expect
      .poll(() => p.getByTestId('report-status').first().getAttribute('data-status'))
      .toBe('submitted');
    // "1.250" was read as one thousand two hundred and fifty, and is shown as written
    expect(await p.getByTestId('value-COMMUNICATION_PARTICIPANTS-total').inputValue()).toBe('1.250');
    await guard.expectClean('submitted report');
  });

  it('province approver: approves the ward’s submitted report', async () => {
    const { p, guard } = await signedIn('tinh.duyet');
    const row = p.getByTestId('report-row').filter({ hasText: 'Phường Phố Hiến' });
    await expect.poll(() => row.count()).toBe(1);
    await row.locator('a').first().click();
    await expect
      .poll(() => p.getByTestId('report-status').first().getAttribute('data-status'))
      .toBe('submitted');
    await guard.expectClean('report to decide');
    await p.getByTestId('report-approve').click();
    await expect
      .poll(() => p.getByTestId('report-status').first().getAttribute('data-status'))
      .toBe('approved');
    await guard.expectClean('approved report');
  });

  it('ward planner: opens the province plan sent to it and builds its implementing plan', async () => {
    const { p, guard } = await signedIn('phuong.kehoach');
    expect(hash(p)).toBe('#/plans');
    const owed = p.getByTestId('awaiting-row').filter({ hasText: '45/KH-UBND' });
    await expect.poll(() => owed.count()).toBe(1);
    await guard.expectClean('plans awaiting');
    await owed.getByTestId('awaiting-plan').click();
    await expect.poll(() => p.getByTestId('plan-number').textContent()).toBe('45/KH-UBND');
    await expect.poll(() => p.getByTestId('task-row').count()).toBe(2);
    await guard.expectClean('the province plan');
    await visit(p, '/plans', 'awaiting-row');
    await p
      .getByTestId('awaiting-row')
      .filter({ hasText: '45/KH-UBND' })
      .getByTestId('awaiting-answer')
      .click();
    await expect.poll(() => p.getByTestId('import-answers').textContent()).toContain('45/KH-UBND');
    await p.getByTestId('plan-source-text').fill(WARD_PLAN);
    await p.getByTestId('plan-parse').click();
    await expect.poll(() => p.getByTestId('plan-draft-form').isVisible()).toBe(true);
    await pickUnit(p, 'draft-unit', 'pho hien', 'Phường Phố Hiến');
    await guard.expectClean('implementing plan draft');
    await p.getByTestId('plan-save').click();
    await expect
      .poll(() => p.getByTestId('plan-title').textContent(), { timeout: 20_000 })
      .toBe('Thực hiện công tác bình đẳng giới năm 2026 trên địa bàn phường');
    expect(await p.getByTestId('implements-plans').textContent()).toContain(PROVINCE_TITLE);
    await guard.expectClean('implementing plan');
  });

  it('viewer of a ward of another province: sees only its own unit’s items, nothing offered is refused', async () => {
    const { p, guard } = await signedIn('badinh.xem');
    expect(hash(p)).toMatch(/^#\/indicators(\?|$)/); // the dashboard adds its filters
    await expect.poll(() => p.getByTestId('dashboard-table').isVisible(), { timeout: 20_000 }).toBe(true);
    await guard.expectClean('indicators');
    await p.getByTestId('indicator-open').first().click();
    // its own series, of its own ward
    await expect
      .poll(() => p.getByTestId('indicator-drill').textContent(), { timeout: 20_000 })
      .toContain('Phường Ba Đình');
    expect(await p.getByTestId('drill-series').count()).toBe(1);
    await guard.expectClean('indicator drill');
    await visit(p, '/plans', 'plans-empty');
    expect(await p.getByTestId('plans-awaiting').count()).toBe(0);
    await guard.expectClean('plans');
    await visit(p, '/reports', 'reports-empty');
    expect(await p.locator('body').innerText()).not.toContain('Phố Hiến');
    await guard.expectClean('reports');
    await visit(p, '/tasks', 'tasks-empty');
    await guard.expectClean('tasks');
    await visit(p, '/reports/summary', 'summary-form');
    expect(await p.locator('body').innerText()).not.toContain('Hưng Yên');
    await guard.expectClean('summary');
  });

  it('nationwide viewer: a deep link wins over the landing; reads the national summary, indicators and map', async () => {
    const { p, guard } = await signedIn('bo.xem', '/reports/summary');
    expect(hash(p)).toMatch(/^#\/reports\/summary(\?|$)/); // the summary adds its filters
    await expect.poll(() => p.getByTestId('summary-unit-row').count(), { timeout: 20_000 }).toBe(34);
    await guard.expectClean('national summary');
    await visit(p, '/indicators', 'indicator-row');
    await guard.expectClean('national indicators');
    await p.getByTestId('indicator-open').first().click();
    await expect.poll(() => p.getByTestId('map-province').count(), { timeout: 20_000 }).toBe(34);
    await guard.expectClean('indicator map');
    // the same pages in English: no raw key nor raw value either
    await p.getByTestId('lang-en').click();
    await expect.poll(() => p.getByTestId('nav-indicators').textContent()).toBe('Indicators');
    await guard.expectClean('indicator map in English');
    await visit(p, '/reports/summary', 'summary-unit-row');
    await guard.expectClean('national summary in English');
  });
});
