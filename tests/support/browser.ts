/** The Chromium a test file drives (playwright-core). */
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM } from './chromium.ts';

/**
 * The run's Chromium when the e2e global setup started one (a connection of this file's own: its
 * `close()` closes the contexts it made and disconnects), else a Chromium of its own.
 */
export function openBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch(CHROMIUM);
}
