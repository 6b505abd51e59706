/**
 * Numbers the Vietnamese way in the browser: a ward reporter types "1.000" (a thousand) and "3,5"
 * (in a percent box, where decimals are allowed), sees "1.000" in the box and, once approved, in
 * the province's summary; 999999999 communication events are refused with the message at the box.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';

let app: E2eApp;
let admin: Page;
let ward: Page;
let province: Page;
let reportId: number;
let formId: number;

beforeAll(async () => {
  app = await openApp();
  admin = await app.newPage();
  ward = await app.newPage();
  province = await app.newPage();
}, 240_000);
afterAll(async () => app?.close());

describe('numbers as Vietnamese write them', () => {
  it('sets up a form with a count and a percent, a ward reporter and a province approver', async () => {
    await setUpAdmin(admin, app.server);
    await createUser(admin, 'bc.phohien', 'reporter', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'duyet.hungyen', 'approver', 'hung yen', 'Tỉnh Hưng Yên');
    const element = await call(admin, 'POST', '/data-elements', {
      code: 'WOMEN_LEADER_SHARE',
      name: 'Tỷ lệ nữ lãnh đạo',
      nameEn: 'Share of women leaders',
      valueType: 'percent',
    });
    expect(element.status).toBe(201);
    const form = await call(admin, 'POST', '/report-forms', {
      code: 'GE_NUMBERS',
      name: 'Báo cáo quý thử số',
      nameEn: 'Quarterly numbers test',
      periodType: 'quarterly',
      sections: [],
      fields: [{ elementCode: 'COMMUNICATION_EVENTS' }, { elementCode: 'WOMEN_LEADER_SHARE' }],
      rules: [],
    });
    expect(form.status, JSON.stringify(form.json)).toBe(201);
    formId = (form.json.form as { id: number }).id;
    await signIn(ward, app.server, 'bc.phohien');
    await signIn(province, app.server, 'duyet.hungyen');
    const created = await call(ward, 'POST', '/reports', {
      formId,
      unitId: await unitId(ward, 'pho hien', 'Phường Phố Hiến'),
      periodStart: '2026-01-01',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    reportId = (created.json.report as { id: number }).id;
  });

  it('refuses 999999999 communication events with the message at the box', async () => {
    await ward.goto(`${app.server.baseUrl}/#/reports/${reportId}`);
    const events = ward.getByTestId('value-COMMUNICATION_EVENTS-total');
    await events.fill('999999999');
    await ward.getByTestId('report-save').click();
    await expect
      .poll(() => ward.getByTestId('value-error-COMMUNICATION_EVENTS-total').textContent())
      .toBe('999.999.999 vượt quá mức tối đa 10.000.000.');
    expect(await events.getAttribute('aria-invalid')).toBe('true');
  });

  it('reads "1.000" as a thousand and "3,5" as three and a half, and shows "1.000" in the box', async () => {
    const events = ward.getByTestId('value-COMMUNICATION_EVENTS-total');
    await events.fill('1.000');
    await ward.getByTestId('value-WOMEN_LEADER_SHARE-total').fill('3,5');
    await ward.getByTestId('report-save').click();
    await expect.poll(() => ward.getByTestId('value-error-COMMUNICATION_EVENTS-total').count()).toBe(0);
    const saved = await call(ward, 'GET', `/reports/${reportId}`);
    const values = (saved.json.report as { values: { elementCode: string; value: number }[] }).values;
    expect(values.map((v) => `${v.elementCode}=${v.value}`).sort()).toEqual([
      'COMMUNICATION_EVENTS=1000',
      'WOMEN_LEADER_SHARE=3.5',
    ]);
    await ward.reload();
    await expect.poll(() => events.inputValue()).toBe('1.000');
    expect(await ward.getByTestId('value-WOMEN_LEADER_SHARE-total').inputValue()).toBe('3,5');
    // typed without the dot, the box is written as the summary writes it when left
    await events.fill('1250');
    await events.blur();
    await expect.poll(() => events.inputValue()).toBe('1.250');
    await events.fill('1.000');
    await ward.getByTestId('report-submit').click();
    await expect
      .poll(() => ward.getByTestId('report-status').first().getAttribute('data-status'))
      .toBe('submitted');
  });

  it('shows "1.000" in the province’s summary once approved', async () => {
    const ok = await call(province, 'POST', `/reports/${reportId}/actions`, { action: 'approve' });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    await province.goto(`${app.server.baseUrl}/#/reports/summary`);
    const forms = province.getByTestId('summary-form');
    await expect.poll(() => forms.locator('option').count()).toBeGreaterThan(1);
    await forms.selectOption(String(formId));
    await province.getByTestId('summary-period').selectOption('2026-01-01');
    await expect
      .poll(() => province.getByTestId('sum-COMMUNICATION_EVENTS-total').textContent())
      .toBe('1.000');
  });
});
