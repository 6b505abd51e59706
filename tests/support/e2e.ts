/**
 * What the end-to-end files share: a real server (on a copy of the run's prepared data directory)
 * and the run's Chromium with a page per user (each its own browser context, so its own session),
 * the first administrator set up through the setup link, users made through the administrator's
 * API (the user screens have their own test), signing in.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openBrowser } from './browser.ts';
import { preparedDataDir } from './prepared-data-dir.ts';
import { startServer, type ServerProcess } from './server-process.ts';

export const PASSWORD = 'mat-khau-du-dai-2025';

export interface E2eApp {
  server: ServerProcess;
  browser: Browser;
  /** A page in a context of its own (e.g. `{ timezoneId }` for a browser set to another zone). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** A server on a copy of the run's prepared data directory, and the run's Chromium. */
export async function openApp(env: Record<string, string> = {}): Promise<E2eApp> {
  const server = await startServer(env, [], preparedDataDir());
  const browser = await openBrowser();
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    newPage: async (options) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      return context.newPage();
    },
    close: async () => {
      for (const c of contexts) await c.close();
      await browser.close();
      await server.stop();
    },
  };
}

/** Creates the first administrator from the printed setup link and waits until signed in. */
export async function setUpAdmin(page: Page, server: ServerProcess): Promise<void> {
  await page.goto(`${server.baseUrl}/#/setup?token=${server.setupToken}`);
  await page.getByTestId('setup-fullname').fill('Quản trị');
  await page.getByTestId('setup-password').fill('mat-khau-quan-tri-1');
  await page.getByTestId('setup-submit').click();
  await expect.poll(() => page.getByTestId('current-user').textContent()).toBe('Quản trị');
}

/** A call to the API in a signed-in page, with its CSRF token. */
export function call(page: Page, method: string, url: string, body?: unknown) {
  return page.evaluate(
    async ({ method, url, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${url}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
    },
    { method, url, body },
  );
}

/** The id of the 2025 unit found by a search and its full name. */
export async function unitId(page: Page, q: string, fullName: string): Promise<number> {
  const r = await call(page, 'GET', `/units?version=2025&q=${encodeURIComponent(q)}`);
  const unit = (r.json.items as { id: number; fullName: string }[]).find((u) => u.fullName === fullName);
  if (!unit) throw new Error(`no unit ${fullName}`);
  return unit.id;
}

/** A user (full name = username) with one role at the unit found by `unitQuery` / `unitName`. */
export async function createUser(
  admin: Page,
  username: string,
  role: string,
  unitQuery: string,
  unitName: string,
) {
  const r = await call(admin, 'POST', '/users', {
    username,
    fullName: username,
    password: PASSWORD,
    roles: [{ role, unitId: await unitId(admin, unitQuery, unitName) }],
  });
  expect(r.status).toBe(201);
}

/** A viewer with no unit: reads the whole country (full name = username). */
export async function createNationwideViewer(admin: Page, username: string) {
  const r = await call(admin, 'POST', '/users', {
    username,
    fullName: username,
    password: PASSWORD,
    roles: [{ role: 'viewer', unitId: null }],
  });
  expect(r.status).toBe(201);
}

export async function signIn(page: Page, server: ServerProcess, username: string): Promise<void> {
  await page.goto(`${server.baseUrl}/#/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('current-user').textContent()).toBe(username);
}

/** Picks a unit in a unit picker (`${testId}-search` / `${testId}-select`) by typing `query`. */
export async function pickUnit(page: Page, testId: string, query: string, optionText: string) {
  await page.getByTestId(`${testId}-search`).fill(query);
  const select = page.getByTestId(`${testId}-select`);
  const options = () => select.locator('option').allTextContents();
  await expect.poll(async () => (await options()).some((t) => t.includes(optionText))).toBe(true);
  const label = (await options()).find((t) => t.includes(optionText))!;
  await select.selectOption({ label });
}
