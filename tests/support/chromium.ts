/** Headless Debian Chromium for playwright-core (no browser download): how it is started. */
import { chromium, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

/** One Chromium for a whole test run (the e2e global setup); test files connect to it. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(CHROMIUM);
}
