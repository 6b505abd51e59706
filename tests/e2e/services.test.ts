/**
 * The GBV service directory in real headless Chromium against a real `binhdang serve`: a province
 * case supervisor adds a trusted address hosted in a private home, with its address; a case worker
 * of the province sees that address; a planner of the province sees the provider but not where it is.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.ts';
import { preparedDataDir } from '../support/prepared-data-dir.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';

let server: ServerProcess;
let browser: Browser;
let admin: Page;
let supervisor: Page;
let worker: Page;
let planner: Page;
const contexts: BrowserContext[] = [];
const HOST = 'Địa chỉ tin cậy tổ dân phố 4';
const ADDRESS = 'Nhà bà Trần Thị Lan, số 8 ngõ 12 đường Bãi Sậy';

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  server = await startServer({}, [], preparedDataDir());
  browser = await openBrowser();
  admin = await newPage();
  supervisor = await newPage();
  worker = await newPage();
  planner = await newPage();
}, 240_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
});

/** Creates a user through the API in the administrator's session (the user screens have their own test). */
async function createUser(username: string, role: string, unitQuery: string, unitName: string) {
  const status = await admin.evaluate(
    async ({ username, role, unitQuery, unitName }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const units = (await (
        await fetch(`/api/v1/units?version=2025&q=${encodeURIComponent(unitQuery)}`)
      ).json()) as { items: { id: number; fullName: string }[] };
      const unit = units.items.find((u) => u.fullName === unitName);
      const res = await fetch('/api/v1/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          username,
          fullName: username,
          password: 'mat-khau-du-dai-2025',
          roles: [{ role, unitId: unit?.id }],
        }),
      });
      return res.status;
    },
    { username, role, unitQuery, unitName },
  );
  expect(status).toBe(201);
}

async function signIn(page: Page, username: string) {
  await page.goto(`${server.baseUrl}/#/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('mat-khau-du-dai-2025');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('current-user').textContent()).toBe(username);
}

async function pickUnit(page: Page, testId: string, query: string, optionText: string) {
  await page.getByTestId(`${testId}-search`).fill(query);
  const select = page.getByTestId(`${testId}-select`);
  const find = async () =>
    (await select.locator('option').allTextContents()).find((t) => t.includes(optionText));
  await expect.poll(async () => (await find()) !== undefined).toBe(true);
  await select.selectOption({ label: (await find())! });
}

const hostRow = (page: Page) => page.getByTestId('provider-row').filter({ hasText: HOST });

describe('the service directory in the browser', () => {
  it('sets up an administrator and the province’s case supervisor, case worker and planner', async () => {
    await admin.goto(`${server.baseUrl}/#/setup?token=${server.setupToken}`);
    await admin.getByTestId('setup-fullname').fill('Quản trị');
    await admin.getByTestId('setup-password').fill('mat-khau-quan-tri-1');
    await admin.getByTestId('setup-submit').click();
    await expect.poll(() => admin.getByTestId('current-user').textContent()).toBe('Quản trị');
    await createUser('gs.hungyen', 'case_supervisor', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser('cb.hungyen', 'case_worker', 'hung yen', 'Tỉnh Hưng Yên');
    await createUser('kh.hungyen', 'planner', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(supervisor, 'gs.hungyen');
    await signIn(worker, 'cb.hungyen');
    await signIn(planner, 'kh.hungyen');
  });

  it('a new provider has no service ticked; the services follow the type chosen (issue 16)', async () => {
    await supervisor.getByTestId('nav-services').click();
    await supervisor.getByTestId('provider-add').click();
    const checked = () =>
      supervisor
        .getByTestId('provider-services')
        .locator('input[type="checkbox"]:checked')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(await checked()).toEqual([]);
    await supervisor.getByTestId('provider-kind').selectOption('health');
    expect(await checked()).toEqual(['provider-service-health']);
    await supervisor.getByTestId('provider-service-legal_aid').check();
    await supervisor.getByTestId('provider-kind').selectOption('police');
    expect(await checked()).toEqual(['provider-service-police', 'provider-service-legal_aid']);
    await supervisor.getByTestId('provider-kind').selectOption('other');
    expect(await checked()).toEqual(['provider-service-legal_aid']);
    await supervisor.getByTestId('provider-cancel').click();
  });

  it('the case supervisor adds a trusted address in a private home, with its address', async () => {
    await supervisor.getByTestId('nav-services').click();
    expect(await supervisor.getByTestId('nav-services').textContent()).toBe('Dịch vụ hỗ trợ');
    await supervisor.getByTestId('provider-add').click();
    await supervisor.getByTestId('provider-name').fill(HOST);
    await supervisor.getByTestId('provider-kind').selectOption('trusted_address');
    await supervisor.getByTestId('provider-service-shelter').check();
    await pickUnit(supervisor, 'provider-unit', 'pho hien', 'Phường Phố Hiến');
    await supervisor.getByTestId('provider-capacity').fill('2');
    await supervisor.getByTestId('provider-phone').fill('0987 654 321');
    await supervisor.getByTestId('provider-service-psychosocial').check();
    await supervisor.getByTestId('provider-private-host').check();
    expect(await supervisor.getByTestId('provider-address').count()).toBe(0);
    await supervisor.getByTestId('provider-private-address').fill(ADDRESS);
    await supervisor.getByTestId('provider-submit').click();
    await expect.poll(() => supervisor.getByTestId('notice').textContent()).toBe(`Đã thêm ${HOST}.`);
    await expect.poll(() => hostRow(supervisor).count()).toBe(1);
    expect(await hostRow(supervisor).getByTestId('provider-private-address-text').textContent()).toContain(
      ADDRESS,
    );
    expect(await hostRow(supervisor).textContent()).toContain('Tạm lánh, Tâm lý – xã hội');
  });

  it('a case worker of the province sees where the host is', async () => {
    await worker.getByTestId('nav-services').click();
    await pickUnit(worker, 'services-unit', 'pho hien', 'Phường Phố Hiến');
    await expect.poll(() => hostRow(worker).count()).toBe(1);
    expect(await hostRow(worker).getByTestId('provider-private-address-text').textContent()).toContain(
      ADDRESS,
    );
    expect(await worker.getByTestId('provider-add').count()).toBe(0);
    expect(await hostRow(worker).getByTestId('provider-edit').count()).toBe(0);
  });

  it('a planner of the province sees the provider but not its address', async () => {
    await planner.getByTestId('nav-services').click();
    await planner.getByTestId('services-kind').selectOption('trusted_address');
    await expect.poll(() => hostRow(planner).count()).toBe(1);
    expect(await hostRow(planner).getByTestId('provider-address-hidden').isVisible()).toBe(true);
    expect(await hostRow(planner).getByTestId('provider-private-address-text').count()).toBe(0);
    expect(await hostRow(planner).textContent()).toContain('0987 654 321');
    expect(await planner.locator('body').textContent()).not.toContain('Bãi Sậy');
    expect(await planner.getByTestId('provider-add').count()).toBe(0);
  });
});
