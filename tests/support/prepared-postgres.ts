/** A throwaway PostgreSQL prepared like a fresh installation, for tests that run `binhdang serve` on it. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '../../src/app/bootstrap.ts';
import { systemActor } from '../../src/core/auth/roles.ts';
import { openDatabase } from '../../src/core/db/database.ts';
import { UsersService } from '../../src/modules/users/users.service.ts';
import type { PostgresServer } from './postgres-server.ts';
import { startServer } from './server-process.ts';
import { testClock } from './test-clock.ts';

/** A prepared database with a system administrator, and `binhdang serve` processes on it. */
export async function preparedPostgres(pg: PostgresServer, username: string, password: string) {
  const handle = await openDatabase({ databaseUrl: pg.url });
  try {
    await prepareDatabase(handle);
    await new UsersService(handle.db, testClock()).create(systemActor('test'), {
      username,
      fullName: 'Quản trị',
      password,
      roles: [{ role: 'system_admin', unitId: null }],
    });
  } finally {
    await handle.close();
  }
  const keyFile = join(mkdtempSync(join(tmpdir(), 'binhdang-keys-')), 'case-keys.json');
  return (env: Record<string, string> = {}, nodeArgs: string[] = []) =>
    startServer({ DATABASE_URL: pg.url, CASE_KEY_FILE: keyFile, SKIP_MIGRATIONS: '1', ...env }, nodeArgs);
}
