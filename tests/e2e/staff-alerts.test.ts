/**
 * A staff alert as a system administrator meets it, in real Chromium: a province's unit
 * administrator gives themselves case_supervisor over the province; the system administrator's bell
 * rings and the notifications page shows the alert, flagged "TỰ CẤP".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';

let app: E2eApp;
let admin: Page;
let unitAdmin: Page;

beforeAll(async () => {
  app = await openApp();
  admin = await app.newPage();
  unitAdmin = await app.newPage();
}, 240_000);
afterAll(async () => app?.close());

describe('staff alerts in the browser', () => {
  it('a unit administrator’s self-grant of case_supervisor rings the system administrator’s bell', async () => {
    await setUpAdmin(admin, app.server);
    await createUser(admin, 'qt.hungyen', 'unit_admin', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(unitAdmin, app.server, 'qt.hungyen');
    const me = await call(unitAdmin, 'GET', '/auth/me');
    const myId = (me.json.user as { id: number }).id;
    const grant = await call(unitAdmin, 'POST', `/users/${myId}/roles`, {
      role: 'case_supervisor',
      unitId: await unitId(unitAdmin, 'hung yen', 'Tỉnh Hưng Yên'),
    });
    expect(grant.status).toBe(200);

    await admin.goto(`${app.server.baseUrl}/#/plans`); // a new page: the bell counts again
    await expect.poll(() => admin.getByTestId('bell-count').textContent(), { timeout: 10_000 }).toBe('1');
    await admin.getByTestId('bell').click();
    const item = admin.getByTestId('notification');
    await expect.poll(() => item.count()).toBe(1);
    const text = (await item.textContent()) ?? '';
    expect(text).toContain('Cảnh báo ·');
    expect(text).toContain(
      'qt.hungyen (qt.hungyen) TỰ CẤP cho mình vai trò giám sát vụ việc tại Tỉnh Hưng Yên',
    );
    expect(text).toContain('granted THEMSELVES case supervisor');
  });
});
