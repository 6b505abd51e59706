/**
 * Guards for a page in an end-to-end walk: every console error and uncaught page error, every API
 * call answered 403 (an action the page offered that the server refuses) and, when asked, visible
 * text that is a raw translation key or a missing value ("undefined", "null", "NaN"). A walk calls
 * `expectClean()` on each page it visits; attach the guard before the first `goto` so the first load
 * (the sign-in page) is watched too.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A word in camelCase (an i18n key such as `reportsTitle`) or a value printed raw. */
const UNTRANSLATED = /\b[a-z]+[A-Z][A-Za-z]+\b|\b(?:undefined|null|NaN)\b/g;

/** The suspicious words of a text: raw keys (camelCase) and "undefined" / "null" / "NaN". */
export function untranslatedWords(text: string): string[] {
  return [...new Set(text.match(UNTRANSLATED) ?? [])];
}

export interface PageGuard {
  /** Everything found so far, each line naming the page's user and what happened. */
  readonly problems: string[];
  /** Reads the page's visible text (body innerText) for raw keys and raw values. */
  checkText(where?: string): Promise<void>;
  /** Checks the visible text, then fails the test if anything was found (and starts afresh). */
  expectClean(where?: string): Promise<void>;
}

export function guardPage(page: Page, name: string): PageGuard {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${name}: console error ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (err) => problems.push(`${name}: page error ${err.message}`));
  page.on('response', (r) => {
    if (r.status() === 403) problems.push(`${name}: 403 ${r.request().method()} ${r.url()}`);
  });
  const checkText = async (where = page.url()) => {
    const text = await page.locator('body').innerText();
    const words = untranslatedWords(text);
    if (words.length) problems.push(`${name}: untranslated text on ${where}: ${words.join(', ')}`);
  };
  return {
    problems,
    checkText,
    expectClean: async (where) => {
      await checkText(where);
      const found = problems.splice(0);
      expect(found).toEqual([]);
    },
  };
}
