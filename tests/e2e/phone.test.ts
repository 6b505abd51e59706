/**
 * A commune on a 390 × 844 phone (issue 15, items 4, 13 and the bell of 14): the header folds
 * behind "Menu"; the report grid fits its card; a checkbox sits on its label's line; a form sent
 * from its bottom answers there — focus on the first wrong field with its message in view, or the
 * success by the button in a live region; the bell is drawn, not an emoji.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createUser, openApp, setUpAdmin, signIn, unitId, type E2eApp } from '../support/e2e.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const HEIGHT = PHONE.viewport.height;

let app: E2eApp;
let admin: Page;
let reporter: Page;
let worker: Page;
let reportId: number;

beforeAll(async () => {
  app = await openApp();
  admin = await app.newPage();
  reporter = await app.newPage(PHONE);
  worker = await app.newPage(PHONE);
}, 240_000);
afterAll(async () => app?.close());

/** The element's box in the page's viewport. */
const box = async (l: Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not shown');
  return b;
};
const inView = async (l: Locator) => {
  const b = await box(l);
  return b.y >= 0 && b.y + b.height <= HEIGHT;
};
/** The data-testid of the focused element. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
/** True when the focused element is the first one marked invalid in the page. */
const focusIsFirstInvalid = (page: Page) =>
  page.evaluate(() => document.querySelector('[aria-invalid="true"]') === document.activeElement);
const toBottom = (page: Page) => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));

describe('a commune on a phone', () => {
  it('sets up a ward reporter, a ward case worker and a province supervisor', async () => {
    await setUpAdmin(admin, app.server);
    await createUser(admin, 'bc.phohien', 'reporter', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'cb.phohien', 'case_worker', 'pho hien', 'Phường Phố Hiến');
    await createUser(admin, 'gs.hungyen', 'case_supervisor', 'hung yen', 'Tỉnh Hưng Yên');
    await signIn(reporter, app.server, 'bc.phohien');
    await signIn(worker, app.server, 'cb.phohien');
    const forms = await call(reporter, 'GET', '/report-forms');
    const semi = (forms.json.items as { id: number; code: string }[]).find((f) => f.code === 'GE_SEMIANNUAL');
    const created = await call(reporter, 'POST', '/reports', {
      formId: semi?.id,
      unitId: await unitId(reporter, 'pho hien', 'Phường Phố Hiến'),
      periodStart: '2026-01-01',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    reportId = (created.json.report as { id: number }).id;
  });

  it('folds the header behind "Menu": under a quarter of the screen, opens, closes on navigation', async () => {
    const toggle = reporter.getByTestId('menu-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await box(reporter.getByTestId('topbar'))).height).toBeLessThan(HEIGHT / 4);
    expect(await reporter.getByTestId('nav-reports').isVisible()).toBe(false);
    const menu = await toggle.getAttribute('aria-controls');
    expect(await reporter.locator(`#${menu}`).count()).toBe(1);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await reporter.getByTestId('nav-reports').isVisible()).toBe(true);
    expect(await reporter.getByTestId('logout').isVisible()).toBe(true);
    await reporter.getByTestId('nav-reports').click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(reporter.url()).toMatch(/#\/reports$/);
    expect(await reporter.getByTestId('nav-reports').isVisible()).toBe(false);
    // Escape closes it too, back on the button
    await toggle.click();
    await reporter.keyboard.press('Tab');
    await reporter.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focused(reporter)).toBe('menu-toggle');
  });

  it('draws the bell as an SVG, with no emoji, and names it', async () => {
    const bell = reporter.getByTestId('bell');
    expect(await bell.locator('svg').count()).toBe(1);
    expect(await bell.locator('svg').getAttribute('aria-hidden')).toBe('true');
    expect(await bell.textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(await bell.getAttribute('aria-label')).toMatch(/^Thông báo/);
  });

  it('fits the report grid in its card: nothing scrolls sideways', async () => {
    await reporter.goto(`${app.server.baseUrl}/#/reports/${reportId}`);
    await expect.poll(() => reporter.getByTestId('report-group').count()).toBeGreaterThan(0);
    const overflow = await reporter.evaluate(() =>
      [...document.querySelectorAll('.table-scroll')].map((el) => el.scrollWidth - el.clientWidth),
    );
    expect(overflow.length).toBeGreaterThan(0);
    expect(
      overflow.every((o) => o <= 0),
      String(overflow),
    ).toBe(true);
    expect(await reporter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('a refusal sent from the bottom: focus on the first wrong box, its message in view', async () => {
    await reporter.getByTestId('value-COMMUNICATION_EVENTS-total').fill('-1');
    await reporter.getByTestId('value-CLUBS_ACTIVE-total').fill('-3');
    await toBottom(reporter);
    await reporter.getByTestId('report-save').click();
    await expect.poll(() => reporter.getByTestId('report-problems').count()).toBe(1);
    await expect.poll(() => focusIsFirstInvalid(reporter)).toBe(true);
    const first = (await focused(reporter)) ?? '';
    expect(first).toMatch(/^value-/);
    expect(await inView(reporter.getByTestId(first.replace(/^value-/, 'value-error-')))).toBe(true);
    expect(await reporter.getByTestId('report-error').getAttribute('role')).toBe('alert');
  });

  it('a save sent from the bottom: "Đã lưu." by the button, in a live region', async () => {
    await reporter.getByTestId('value-COMMUNICATION_EVENTS-total').fill('1');
    await reporter.getByTestId('value-CLUBS_ACTIVE-total').fill('3');
    await toBottom(reporter);
    await reporter.getByTestId('report-save').click();
    const notice = reporter.getByTestId('notice');
    await expect.poll(() => notice.textContent()).toBe('Đã lưu.');
    expect(await inView(notice)).toBe(true);
    const button = await box(reporter.getByTestId('report-save'));
    expect(Math.abs((await box(notice)).y - button.y)).toBeLessThan(200);
    expect(await notice.evaluate((el) => el.closest('[aria-live="polite"]') !== null)).toBe(true);
  });

  it('records an activity one-handed: the result by the button', async () => {
    await reporter.getByTestId('menu-toggle').click();
    await reporter.getByTestId('nav-activities').click();
    await reporter.getByTestId('activity-kind').selectOption('training');
    await reporter.getByTestId('activity-title').fill('Tập huấn bình đẳng giới');
    await reporter.getByTestId('activity-participantsFemale').fill('12');
    await reporter.getByTestId('activity-submit').click();
    const notice = reporter.getByTestId('activity-form').getByTestId('notice');
    await expect.poll(() => notice.textContent()).toBe('Đã ghi hoạt động.');
    expect(await inView(notice)).toBe(true);
  });

  it('puts each checkbox of the case intake on the line of its label', async () => {
    await worker.goto(`${app.server.baseUrl}/#/cases/new`);
    await expect.poll(() => worker.getByTestId('intake-dv').count()).toBe(1);
    const lines = await worker.evaluate(() =>
      [...document.querySelectorAll('label input[type="checkbox"], label input[type="radio"]')].map((i) => {
        const label = i.closest('label')!;
        const text = document.createRange();
        text.setStartAfter(i);
        text.setEndAfter(label.lastChild!);
        const first = [...text.getClientRects()].find((r) => r.width > 0);
        const b = i.getBoundingClientRect();
        return !!first && first.top < b.bottom && b.top < first.bottom;
      }),
    );
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every(Boolean), String(lines)).toBe(true);
  });

  it('a case intake sent from the bottom without its type: focus on the type, the message in view', async () => {
    await expect.poll(() => worker.getByTestId('intake-supervisor').locator('option').count()).toBe(2);
    await toBottom(worker);
    await worker.getByTestId('intake-submit').click();
    await expect.poll(() => focusIsFirstInvalid(worker)).toBe(true);
    expect(await focused(worker)).toMatch(/^type-/);
    expect(await inView(worker.locator('#intake-type-error'))).toBe(true);
  });
});
