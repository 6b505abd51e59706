/**
 * Stored XSS, in real Chromium: script and event-handler payloads saved through the API in text
 * fields (agency name, plan title, activity title and target group) are shown as text on the pages
 * that list them and never run; every page is served with a Content-Security-Policy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';

let app: E2eApp;
let server: ServerProcess;
let admin: Page;
let planner: Page;

const PAYLOAD = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const text = (label: string) => `${label} ${PAYLOAD}`;

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  admin = await app.newPage();
  planner = await app.newPage();
}, 240_000);
afterAll(async () => app?.close());

/** Opens a page, waits for `label` as visible text, and checks no payload ran. */
async function showsInert(page: Page, hash: string, label: string) {
  await page.goto(`${server.baseUrl}/#${hash}`);
  await expect.poll(() => page.getByText(text(label)).first().isVisible(), { timeout: 15_000 }).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
}

describe('stored XSS payloads', () => {
  let planId: number;

  it('are saved through the API in several text fields', async () => {
    await setUpAdmin(admin, server);
    await createUser(admin, 'kh.hungyen', 'planner', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(planner, server, 'kh.hungyen');
    const province = await unitId(admin, 'hung yen', 'Tỉnh Hưng Yên');
    const agency = await call(admin, 'POST', '/agencies', {
      name: text('Sở'),
      kind: 'department',
      unitId: province,
    });
    expect(agency.status).toBe(201);
    const plan = await call(planner, 'POST', '/plans', { unitId: province, title: text('Kế hoạch') });
    expect(plan.status).toBe(201);
    planId = (plan.json.plan as { id: number }).id;
    const activity = await call(planner, 'POST', '/activities', {
      kind: 'training',
      title: text('Tập huấn'),
      startedOn: '2026-03-10',
      participantsFemale: 3,
      participantsMale: 2,
      targetGroup: text('Nhóm'),
      unitId: province,
    });
    expect(activity.status).toBe(201);
  });

  it('are shown as text on the agencies page', async () => showsInert(admin, '/agencies', 'Sở'));
  it('are shown as text in the plan list and the plan', async () => {
    await showsInert(planner, '/plans', 'Kế hoạch');
    await showsInert(planner, `/plans/${planId}`, 'Kế hoạch');
  });
  it('are shown as text in the activities list', async () => showsInert(planner, '/activities', 'Tập huấn'));

  it('are also blocked by the Content-Security-Policy header', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
  });
});
