/**
 * A system administrator builds a report form in real headless Chromium: a new data element, the
 * fields and a cross-check; a field already on a form of the same period is refused by name; the
 * new form is then offered to reporters.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, setUpAdmin, type E2eApp } from '../support/e2e.ts';
import type { ServerProcess } from '../support/server-process.ts';

let app: E2eApp;
let server: ServerProcess;
let page: Page;

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  page = await app.newPage();
}, 240_000);
afterAll(async () => app?.close());

describe('report forms in the browser', () => {
  it('builds a quarterly form with a new data element and a cross-check', async () => {
    await setUpAdmin(page, server);

    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-forms-link').click();
    await expect.poll(() => page.getByTestId('form-row').count()).toBe(3); // the shipped forms
    await page.getByTestId('form-new').click();

    await page.locator('[data-testid="element-new"]').locator('xpath=..').locator('summary').click();
    await page.getByTestId('element-code').fill('club_members');
    await page.getByTestId('element-name').fill('Số hội viên câu lạc bộ');
    await page.getByTestId('element-name-en').fill('Club members');
    await page.getByTestId('element-dis').selectOption('sex');
    await page.getByTestId('element-submit').click();
    await expect.poll(() => page.getByTestId('field-on-CLUB_MEMBERS').isChecked()).toBe(true);

    await page.getByTestId('form-code').fill('GE_QUARTERLY_CLUBS');
    await page.getByTestId('form-name').fill('Báo cáo quý về câu lạc bộ bình đẳng giới');
    await page.getByTestId('form-name-en').fill('Quarterly report on gender-equality clubs');
    await page.getByTestId('form-period').selectOption('semiannual');
    await page.getByTestId('field-on-CLUBS_ACTIVE').check();
    await page.getByTestId('field-group-CLUB_MEMBERS').fill('Câu lạc bộ');
    await page.getByTestId('form-save').click();
    await expect
      .poll(() => page.getByTestId('form-editor').getByRole('alert').textContent())
      .toContain('CLUBS_ACTIVE đã có trong biểu mẫu GE_SEMIANNUAL cùng kỳ');

    await page.getByTestId('form-period').selectOption('quarterly');
    await page.getByTestId('rule-add').click();
    await page.getByTestId('rule-left-0').selectOption('CLUB_MEMBERS');
    await page.getByTestId('rule-right-0').selectOption('CLUBS_ACTIVE');
    await page.getByTestId('rule-message-0').fill('Số hội viên phải nhiều hơn số câu lạc bộ.');
    await page.getByTestId('rule-message-en-0').fill('Members must outnumber clubs.');
    // ≥: members ≥ clubs
    await page.getByLabel('operator 1').selectOption('>=');
    await page.getByTestId('form-save').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sửa biểu mẫu' }).isVisible()).toBe(true);
    expect(await page.getByTestId('form-code').inputValue()).toBe('GE_QUARTERLY_CLUBS');
  });

  it('offers the new form to reporters', async () => {
    await page.getByTestId('nav-reports').click();
    await expect
      .poll(() => page.getByTestId('report-create-form').locator('option').allTextContents())
      .toContain('Báo cáo quý về câu lạc bộ bình đẳng giới');
  });
  it('corrects an indicator the catalogue ships as unconfirmed', async () => {
    await page.getByTestId('nav-indicators').click();
    const row = page.locator('[data-testid="indicator-row"][data-code="NSGE-4.1"]');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('chưa xác minh');
    await row.getByTestId('indicator-open').click();
    await page.getByTestId('indicator-edit').locator('summary').click();
    await page.getByTestId('indicator-unconfirmed').uncheck();
    await page.getByTestId('indicator-save').click();
    await expect.poll(() => row.textContent()).not.toContain('chưa xác minh');
    const target = page.locator('[data-testid="target-row"][data-year="2030"]');
    await target.getByTestId('target-label').fill('≤ 109 bé trai/100 bé gái');
    await target.getByTestId('target-save').click();
    await expect.poll(() => row.textContent()).toContain('≤ 109 bé trai/100 bé gái');
  });
});
