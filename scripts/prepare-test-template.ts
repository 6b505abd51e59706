/**
 * Builds the prepared test database (tests/support/global-setup.ts) into
 * BINHDANG_TEST_TEMPLATE_CACHE before any test run starts, so that runs side by side (.ci/run's
 * main run and its faked-instant runs) all find it built and none builds its own.
 */
import { pgliteTemplate } from '../tests/support/global-setup.ts';

if (!process.env.BINHDANG_TEST_TEMPLATE_CACHE) {
  console.error('prepare-test-template: set BINHDANG_TEST_TEMPLATE_CACHE to the folder to build it in');
  process.exit(2);
}
const started = Date.now();
const t = await pgliteTemplate();
await t.release();
console.log(`ci: prepared test database in ${((Date.now() - started) / 1000).toFixed(0)} s`);
