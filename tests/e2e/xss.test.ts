/**
 * Stored XSS, in real Chromium: the payload of tests/support/xss.ts (script, event handlers, a
 * `javascript:` URL) saved through the API in text fields (agency name, plan title, activity title
 * and target group) is shown as text on the pages that list them and never runs; every page is
 * served with a Content-Security-Policy. More fields: xss-more.test.ts and xss-cases.test.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.ts';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';
import { showsInert as showsInertAt, watchDialogs, xssText as text } from '../support/xss.ts';

let app: E2eApp;
let server: ServerProcess;
let admin: Page;
let planner: Page;

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  admin = await app.newPage();
  planner = await app.newPage();
  watchDialogs(admin);
  watchDialogs(planner);
}, 240_000);
afterAll(async () => app?.close());

const showsInert = (page: Page, hash: string, label: string) =>
  showsInertAt(page, server.baseUrl, hash, label);

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
