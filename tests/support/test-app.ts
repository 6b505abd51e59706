/**
 * An app on a fresh test database, driven through Fastify's inject (real HTTP handling, no
 * socket), plus helpers to create users and sign in as them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { newKey } from '../../src/core/crypto/field-cipher.ts';
import { writeKeyRing } from '../../src/core/crypto/key-file.ts';
import { loadConfig } from '../../src/core/config/config.ts';
import type { Role } from '../../src/core/auth/roles.ts';
import { systemActor } from '../../src/core/auth/roles.ts';
import type { DatabaseHandle } from '../../src/core/db/database.ts';
import { buildApp, type BuildAppOptions } from '../../src/core/http/app.ts';
import { UnitsRepository } from '../../src/modules/units/units.repository.ts';
import { UsersService } from '../../src/modules/users/users.service.ts';
import type { Clock } from '../../src/core/clock/clock.ts';
import { createTestDatabase } from './test-database.ts';
import { testClock } from './test-clock.ts';

export const TEST_PASSWORD = 'mat-khau-du-dai-2025';

export interface TestApp {
  app: FastifyInstance;
  handle: DatabaseHandle;
  /** The configuration the app runs with (its case key file among it). */
  config: ReturnType<typeof loadConfig>;
  /** The app's clock (TEST_NOW unless the test passed one). */
  clock: Clock;
  close(): Promise<void>;
  unitId(version: '2024' | '2025', code: string): Promise<number>;
  createUser(username: string, roles: { role: Role; unitCode: string | null }[]): Promise<number>;
  signIn(username: string, password?: string): Promise<Client>;
  anonymous(): Client;
}

export interface Client {
  csrfToken: string | null;
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export async function createTestApp(
  env: Record<string, string> = {},
  clock: Clock = testClock(),
  options: BuildAppOptions = {},
): Promise<TestApp> {
  const handle = await createTestDatabase();
  // A key file of its own for the GBV case data of this test app.
  const keyFile = join(mkdtempSync(join(tmpdir(), 'binhdang-keys-')), 'case-keys.json');
  writeKeyRing(keyFile, { current: 'k1', keys: new Map([['k1', newKey()]]) });
  const config = loadConfig({ DATA_DIR: '/nonexistent', CASE_KEY_FILE: keyFile, ...env });
  const app = await buildApp({ db: handle.db, config, clock }, options);
  const units = new UnitsRepository(handle.db);

  const makeClient = (cookie: string | null, csrfToken: string | null): Client => ({
    csrfToken,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        ...(body !== undefined ? { payload: body as InjectOptions['payload'] } : {}),
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken && method !== 'GET' ? { 'x-csrf-token': csrfToken } : {}),
          ...headers,
        },
      }),
  });

  const unitId = async (version: '2024' | '2025', code: string) => {
    const u = await units.findByCode(version, code);
    if (!u) throw new Error(`no unit ${version}/${code}`);
    return u.id;
  };

  return {
    app,
    handle,
    config,
    clock,
    close: async () => {
      await app.close();
      await handle.close();
    },
    unitId,
    createUser: async (username, roles) => {
      const resolved = await Promise.all(
        roles.map(async (r) => ({
          role: r.role,
          unitId: r.unitCode === null ? null : await unitId('2025', r.unitCode),
        })),
      );
      const user = await new UsersService(handle.db, clock).create(systemActor('test'), {
        username,
        fullName: `Người dùng ${username}`,
        password: TEST_PASSWORD,
        roles: resolved,
      });
      return user.id;
    },
    signIn: async (username, password = TEST_PASSWORD) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for ${username}: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'bd_session');
      if (!cookie) throw new Error('no session cookie');
      return makeClient(`bd_session=${cookie.value}`, res.json<{ csrfToken: string }>().csrfToken);
    },
    anonymous: () => makeClient(null, null),
  };
}
