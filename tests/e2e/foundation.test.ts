/**
 * The foundation as a user meets it, in real headless Chromium against a real `binhdang serve`:
 * first-administrator setup, a unit search without diacritics, lineage, an agency and a user
 * created in the forms, sign-in as that user, and bad input answered in Vietnamese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pickUnit(testId: string, query: string, optionText: string) {
  await page.getByTestId(`${testId}-search`).fill(query);
  const select = page.getByTestId(`${testId}-select`);
  await expect
    .poll(async () => (await select.locator('option').allTextContents()).some((t) => t.includes(optionText)))
    .toBe(true);
  const label = (await select.locator('option').allTextContents()).find((t) => t.includes(optionText))!;
  await select.selectOption({ label });
}

describe('foundation in the browser', () => {
  it('sets up the first administrator from the printed link', async () => {
    expect(server.setupToken).toBeTruthy();
    await page.goto(`${server.baseUrl}/#/setup?token=${server.setupToken}`);
    await expect.poll(() => page.getByTestId('setup-form').isVisible()).toBe(true);
    expect(await page.getByTestId('setup-token').inputValue()).toBe(server.setupToken);
    await page.getByTestId('setup-fullname').fill('Nguyễn Thị Quản Trị');
    await page.getByTestId('setup-password').fill('mat-khau-quan-tri-1');
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe('Nguyễn Thị Quản Trị');
    expect(await page.getByTestId('nav-units').textContent()).toBe('Đơn vị hành chính');
  });

  it('finds Thái Bình by typing "thai binh" and follows it to Hưng Yên', async () => {
    await page.goto(`${server.baseUrl}/#/units`);
    await page.getByTestId('units-version').selectOption('2024');
    await page.getByTestId('units-level').selectOption('province');
    await page.getByTestId('units-search').fill('thai binh');
    const row = page.getByTestId('unit-row').filter({ hasText: 'Tỉnh Thái Bình' });
    await expect.poll(() => row.count()).toBe(1);
    await row.click();
    await expect.poll(() => page.getByTestId('unit-title').textContent()).toBe('Tỉnh Thái Bình');
    await expect.poll(() => page.getByTestId('successors').textContent()).toContain('Tỉnh Hưng Yên');
    await page.getByTestId('successors').getByText('Tỉnh Hưng Yên').click();
    await expect.poll(() => page.getByTestId('unit-title').textContent()).toBe('Tỉnh Hưng Yên');
    const predecessors = await page.getByTestId('predecessors').textContent();
    expect(predecessors).toContain('Tỉnh Thái Bình');
    expect(predecessors).toContain('toàn bộ');
    await page.getByTestId('on-date').fill('2025-01-15');
    await page.getByTestId('on-date-submit').click();
    await expect.poll(() => page.getByTestId('on-date-result').textContent()).toContain('Tỉnh Thái Bình');
  });

  it('creates an agency attached to a commune found without diacritics', async () => {
    await page.getByTestId('nav-agencies').click();
    await page.getByTestId('agency-name').fill('Hội LHPN phường Phố Hiến');
    await page.getByTestId('agency-kind').selectOption('womens_union');
    await pickUnit('agency-unit', 'pho hien', 'Phường Phố Hiến');
    await page.getByTestId('agency-submit').click();
    const row = page.getByTestId('agency-row').filter({ hasText: 'Hội LHPN phường Phố Hiến' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Phường Phố Hiến');
  });

  it('answers a bad agency in Vietnamese without creating it', async () => {
    await page.getByTestId('agency-name').fill('X');
    await page.getByTestId('agency-submit').click();
    await expect.poll(() => page.getByTestId('error').textContent()).toContain('Dữ liệu không hợp lệ');
    expect(await page.getByTestId('error').textContent()).toContain('ký tự');
    expect(await page.getByTestId('agency-row').count()).toBe(1);
  });

  it('creates a user with a role scoped to the province', async () => {
    await page.getByTestId('nav-users').click();
    await page.getByTestId('user-username').fill('lan.tran');
    await page.getByTestId('user-fullname').fill('Trần Thị Lan');
    await page.getByTestId('user-password').fill('mat-khau-cua-lan');
    await page.getByTestId('user-role-0').selectOption('planner');
    await pickUnit('user-role-unit-0', 'hung yen', 'Tỉnh Hưng Yên');
    await page.getByTestId('user-submit').click();
    const row = page.getByTestId('user-row').filter({ hasText: 'lan.tran' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Cán bộ kế hoạch — Tỉnh Hưng Yên');
  });

  it('signs out, refuses a wrong password in Vietnamese, signs in as the new user', async () => {
    await page.getByTestId('logout').click();
    await expect.poll(() => page.getByTestId('login-form').isVisible()).toBe(true);
    await page.getByTestId('login-username').fill('lan.tran');
    await page.getByTestId('login-password').fill('sai-mat-khau');
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.getByTestId('error').textContent())
      .toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    await page.getByTestId('login-password').fill('mat-khau-cua-lan');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe('Trần Thị Lan');
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.getByTestId('lang-en').click();
    expect(await page.getByTestId('nav-units').textContent()).toBe('Administrative units');
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR ?? '/tmp'}/binhdang-units.png` });
  });
});
