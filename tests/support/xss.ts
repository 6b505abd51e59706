/**
 * What the stored-XSS browser tests share: one payload with a script element, an image and an svg
 * whose event handlers set `window.__xss`, a `javascript:` URL and an `alert` (caught by a dialog
 * listener), and the check that a page shows it as text and ran none of it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const PAYLOAD = `<script>alert(1)</script><img src=x onerror=window.__xss=1>"><svg onload=window.__xss=1> javascript:alert(2) $& $'`;

/** A field's value: a readable label followed by the payload. */
export const xssText = (label: string): string => `${label} ${PAYLOAD}`;

const dialogs = new WeakMap<Page, string[]>();

/** Records every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
export function watchDialogs(page: Page): void {
  const seen: string[] = [];
  dialogs.set(page, seen);
  page.on('dialog', (d) => {
    seen.push(d.message());
    void d.dismiss();
  });
}

/** Nothing of the payload ran or became markup on the page as it is now. */
export async function nothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs.get(page) ?? []).toEqual([]);
  expect(await page.locator('img[src="x"], svg[onload], script:not([src])').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
}

let loads = 0;

/**
 * Opens `hash` (unless null: the current page) in a full page load (a query string of its own, so a
 * page already on that hash reloads its data), waits for `label` + payload as visible text.
 */
export async function showsInert(
  page: Page,
  baseUrl: string,
  hash: string | null,
  label: string,
): Promise<void> {
  if (hash !== null) await page.goto(`${baseUrl}/?load=${++loads}#${hash}`);
  await expect.poll(() => page.getByText(xssText(label)).first().isVisible(), { timeout: 15_000 }).toBe(true);
  await nothingRan(page);
}

/** Waits until the form control `testId` holds `label` + payload as its value (a textarea, an input). */
export async function holdsInert(page: Page, testId: string, label: string): Promise<void> {
  await expect
    .poll(() => page.getByTestId(testId).first().inputValue(), { timeout: 15_000 })
    .toBe(xssText(label));
  await nothingRan(page);
}
