/**
 * Activities in real headless Chromium: a ward reporter records a training with its participants,
 * sees what it counts for, and finds it counted in the six-monthly report draft with a link back to
 * the record; the calendar shows the national days.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, openApp, setUpAdmin, signIn, type E2eApp } from '../support/e2e.ts';
import type { ServerProcess } from '../support/server-process.ts';
import { TEST_NOW } from '../support/test-clock.ts';

let app: E2eApp;
let server: ServerProcess;
let page: Page;

beforeAll(async () => {
  app = await openApp();
  server = app.server;
  page = await app.newPage();
}, 240_000);
afterAll(async () => app?.close());

describe('activities in the browser', () => {
  it('signs in a ward reporter', async () => {
    await setUpAdmin(page, server);
    await createUser(page, 'bc.phohien', 'reporter', 'pho hien', 'Phường Phố Hiến');
    await page.getByTestId('logout').click();
    await signIn(page, server, 'bc.phohien');
  });

  it('records a training with its participants and sees what it counts for', async () => {
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-kind').selectOption('training');
    await page.getByTestId('activity-title').fill('Tập huấn bình đẳng giới cho cán bộ khu phố');
    await page.getByTestId('activity-date').fill('10/03/2026');
    await page.getByTestId('activity-participantsFemale').fill('25');
    await page.getByTestId('activity-participantsMale').fill('10');
    await page.getByTestId('activity-submit').click();
    const row = page.getByTestId('activity-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('activity-counts').textContent()).toContain(
      'TRAINING_PARTICIPANTS (Nữ) +25',
    );
  });

  it('proposes today in Vietnam as the date, whatever zone the browser is set to', async () => {
    // The server's clock stands at TEST_NOW: 10:00 on 26/11/2026 in Vietnam, 19:00 on 25/11 in California.
    const abroad = await app.newPage({ timezoneId: 'America/Los_Angeles' });
    await abroad.clock.setFixedTime(TEST_NOW); // the browser's own clock agrees with the server's
    await signIn(abroad, server, 'bc.phohien');
    // eslint-disable-next-line no-restricted-syntax -- the browser's own clock, on purpose
    expect(await abroad.evaluate(() => new Date().getDate())).toBe(25); // the browser's own day
    await abroad.getByTestId('nav-activities').click();
    await expect.poll(() => abroad.getByTestId('activity-date').inputValue()).toBe('26/11/2026');
  });

  it('finds it counted in the six-monthly report draft, with a link back to it', async () => {
    await page.getByTestId('nav-reports').click();
    const forms = page.getByTestId('report-create-form');
    await expect.poll(() => forms.locator('option').count()).toBeGreaterThan(1);
    const label = (await forms.locator('option').allTextContents()).find((t) => t.includes('6 tháng'))!;
    await forms.selectOption({ label });
    await page.getByTestId('report-create-period').selectOption({ label: '6 tháng đầu năm 2026' });
    await page.getByTestId('report-create-submit').click();
    await expect.poll(() => page.getByTestId('report-unit').textContent()).toBe('Phường Phố Hiến');
    // the new draft takes the activities' figures by itself, for the reporter to review
    await expect.poll(() => page.getByTestId('value-TRAINING_COURSES-total').inputValue()).toBe('1');
    expect(await page.getByTestId('notice').first().textContent()).toContain('từ hoạt động đã ghi');
    expect(await page.getByTestId('value-TRAINING_PARTICIPANTS-female').inputValue()).toBe('25');
    expect(await page.getByTestId('value-TRAINING_PARTICIPANTS-total').inputValue()).toBe('35');
    await page.getByTestId('report-save').click();
    await expect.poll(() => page.getByTestId('notice').first().textContent()).toBe('Đã lưu.');
    await page.getByTestId('source-TRAINING_COURSES-total').click();
    await expect.poll(() => page.getByTestId('activity-row').count()).toBe(1);
    expect(await page.getByTestId('activity-row').textContent()).toContain('Tập huấn bình đẳng giới');
  });

  it('shows the national days on the calendar', async () => {
    await page.goto(`${server.baseUrl}/#/activities/calendar`);
    const items = page.getByTestId('calendar-item');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(7);
    expect(await page.getByTestId('calendar').textContent()).toContain('Ngày Phụ nữ Việt Nam');
  });
});
