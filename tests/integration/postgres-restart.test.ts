/**
 * PostgreSQL restarts while the app runs (issue 7, faults): a real `binhdang serve` on a throwaway
 * PostgreSQL server. While the server is down every request — read or write — fails with a clear
 * 503 DATABASE_UNAVAILABLE and a Retry-After, and the process stays up (a dead idle connection must
 * not crash it). When the server is back, requests succeed again by themselves: no restart of the
 * app, and the session (kept in the database) is still valid.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/bootstrap.ts';
import { systemActor } from '../../src/core/auth/roles.ts';
import { openDatabase } from '../../src/core/db/database.ts';
import { UsersService } from '../../src/modules/users/users.service.ts';
import { freePort } from '../support/free-port.ts';
import { findPostgresBin, startPostgres } from '../support/postgres-server.ts';

const root = join(import.meta.dirname, '..', '..');
const bin = findPostgresBin();
const PASSWORD = 'mat-khau-khoi-dong-lai';
/** Every call has a deadline: a hung request must fail the test, not stall it. */
const call = (url: string, init: RequestInit = {}) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });

it.skipIf(!bin)(
  'answers 503 while PostgreSQL restarts and recovers by itself',
  { timeout: 300_000 },
  async () => {
    const pg = await startPostgres(bin!);
    const handle = await openDatabase({ databaseUrl: pg.url });
    try {
      await prepareDatabase(handle);
      await new UsersService(handle.db).create(systemActor('test'), {
        username: 'quan.tri',
        fullName: 'Quản trị',
        password: PASSWORD,
        roles: [{ role: 'system_admin', unitId: null }],
      });
    } finally {
      await handle.close();
    }
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'bin', 'binhdang.js'), 'serve'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: pg.url,
        CASE_KEY_FILE: join(mkdtempSync(join(tmpdir(), 'binhdang-restart-')), 'case-keys.json'),
        SKIP_MIGRATIONS: '1',
        SCHEDULER_INTERVAL_SECONDS: '1', // the scheduler keeps running through the outage too
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    try {
      for (const deadline = Date.now() + 120_000; !out.includes('serving on');) {
        if (child.exitCode !== null || Date.now() > deadline)
          throw new Error(`server did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}/api/v1`;
      const login = await call(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'quan.tri', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const units = (await (
        await call(`${base}/units?q=pho%20hien&version=2025`, { headers: { cookie } })
      ).json()) as {
        items: { id: number }[];
      };
      const unitId = units.items[0]!.id;
      const read = () => call(`${base}/auth/me`, { headers: { cookie } });
      const write = (name: string) =>
        call(`${base}/agencies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ name, kind: 'other', unitId }),
        });
      expect((await read()).status).toBe(200);

      pg.shutDown();
      for (const res of [await read(), await write('Cơ quan lúc mất kết nối')]) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(await res.json()).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });
      }
      await new Promise((r) => setTimeout(r, 2_000)); // the scheduler ticks against a dead database
      expect(child.exitCode).toBeNull();

      pg.startUp();
      let back = 0;
      for (const deadline = Date.now() + 30_000; back !== 200 && Date.now() < deadline;) {
        back = (await read()).status;
        if (back !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(back).toBe(200); // same session, no restart of the app
      const created = await write('Cơ quan sau khi khôi phục');
      expect(created.status).toBe(201);
      const list = (await (
        await call(`${base}/agencies?unitId=${unitId}`, { headers: { cookie } })
      ).json()) as {
        items: { name: string }[];
      };
      const names = list.items.map((a) => a.name);
      expect(names).toContain('Cơ quan sau khi khôi phục');
      expect(names).not.toContain('Cơ quan lúc mất kết nối');
      expect(child.exitCode).toBeNull();
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      pg.stop();
    }
  },
);
