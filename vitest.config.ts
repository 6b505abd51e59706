/**
 * Test projects:
 * - unit + integration on PGlite (every *.test.ts under src/, web/src/ and tests/integration);
 * - integration again on a throwaway PostgreSQL server (*.int.test.ts), when its binaries are
 *   installed (always in CI: .ci/run installs them);
 * - end-to-end in headless Chromium (tests/e2e), when /usr/bin/chromium exists (always in CI).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './tests/support/postgres-server.ts';

const ci = process.env.CI === 'true';
const withPostgres = ci || findPostgresBin() !== null;
const withBrowser = ci || existsSync('/usr/bin/chromium');
const globalSetup = ['tests/support/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // What the pages and servers are polled for may take seconds on a loaded 2-core machine
    // (vitest's default is 1 s). A poll ends as soon as its condition holds.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 120_000,
    pool: 'forks',
    // The cheapest argon2id for every password a test sets (the configuration allows it only with
    // NODE_ENV=test; src/core/auth/password.ts). The `binhdang` processes tests start inherit it.
    env: { NODE_ENV: 'test', PASSWORD_HASH_COST: 'test' },
    // In CI the run ends with its slowest files (import, tests and hooks): docs/BENCHMARKS.md.
    reporters: ci ? ['default', './tests/support/durations-reporter.ts'] : ['default'],
    // Vitest's default is one fork less than the cores: one fork on a 2-core CI machine, the other
    // core idle but for the child processes. At least two keep both busy (the pglite and postgres
    // files run side by side; the e2e files run after them, one at a time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    minWorkers: 1,
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          // Files share their worker's loaded modules (each still makes its own database): no
          // test file mocks modules or changes globals, and re-importing the app for every file
          // was a third of the run.
          isolate: false,
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          globalSetup,
          env: { BINHDANG_TEST_DB: 'pglite' },
        },
      },
      ...(withPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                isolate: false,
                include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
                globalSetup,
                env: { BINHDANG_TEST_DB: 'postgres' },
              },
            },
          ]
        : []),
      ...(withBrowser
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                globalSetup,
                // Two files at a time: much of an e2e file is waiting on its server and the browser
                // (each file has its own server, port, data directory and browser contexts).
                isolate: false,
              },
            },
          ]
        : []),
    ],
  },
});
