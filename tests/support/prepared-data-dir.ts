/**
 * The run's prepared PGlite data directory (built once by the global setup: migrations and the
 * national reference data, no user), for tests of real `binhdang` processes. A copy starts where a
 * fresh DATA_DIR is after its first `binhdang migrate`, in a fraction of a second instead of the
 * ten to twenty of loading 14,000 units. The first start on an empty DATA_DIR keeps its own tests
 * (cli.test.ts, e2e/foundation.test.ts).
 */
import { cpSync } from 'node:fs';
import { inject } from 'vitest';

export function preparedDataDir(): string {
  return inject('pgliteDataDir');
}

/** Makes `dataDir` (absent or empty) a copy of the prepared one. */
export function copyPreparedDataDir(dataDir: string): string {
  cpSync(preparedDataDir(), dataDir, { recursive: true });
  return dataDir;
}
