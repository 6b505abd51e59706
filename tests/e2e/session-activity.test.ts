/**
 * The idle timeout meets the browser: the bell's minute-by-minute refresh is marked as background
 * (it must not keep an unattended session alive), while someone typing — a long narrative, with no
 * request for many minutes — sends an ordinary request now and then, so their session stays.
 * The page's clock is Playwright's, fast-forwarded.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, setUpAdmin, type E2eApp } from '../support/e2e.ts';

let app: E2eApp;
let page: Page;
const seen: { path: string; background: boolean }[] = [];

beforeAll(async () => {
  app = await openApp();
  page = await app.newPage();
  await page.clock.install();
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/'))
      seen.push({ path: url.pathname, background: r.headers()['x-binhdang-background'] === '1' });
  });
}, 240_000);
afterAll(async () => app?.close());

it('marks the bell’s refreshes as background, and typing after a quiet spell as use', async () => {
  await setUpAdmin(page, app.server);
  await page.getByTestId('bell').waitFor();
  // the page's own first requests (session, clock, first bell) may still be under way on a busy
  // machine: only what follows the quiet spell counts
  await page.waitForLoadState('networkidle');
  seen.length = 0;
  await page.clock.runFor(6 * 60_000); // six quiet minutes: the bell refreshes six times
  await expect.poll(() => seen.filter((s) => s.path === '/api/v1/notifications').length).toBeGreaterThan(0);
  // the bell's refreshes are background, and nothing pings the session while no one types (a
  // page's own first load, e.g. the landing list, may still come in on a busy machine)
  expect(seen.filter((s) => s.path === '/api/v1/notifications' && !s.background)).toEqual([]);
  expect(seen.filter((s) => s.path === '/api/v1/auth/me')).toEqual([]);

  await page.keyboard.press('Shift'); // the user is back at the keyboard
  await expect
    .poll(() => seen.some((s) => s.path === '/api/v1/auth/me' && !s.background), { timeout: 10_000 })
    .toBe(true);
  const pings = seen.filter((s) => s.path === '/api/v1/auth/me').length;
  await page.keyboard.press('Shift'); // at most one ping every five minutes
  await page.waitForTimeout(500);
  expect(seen.filter((s) => s.path === '/api/v1/auth/me').length).toBe(pings);
}, 120_000);
