/**
 * The embedded database after a crash (issue 7, faults): `binhdang serve` on PGlite is killed with
 * SIGKILL while it writes; the data directory then opens (the stale lock is taken over) and is
 * consistent: every agency that exists has the audit record of its creation (each was one
 * transaction), and nothing half-written remains.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/bootstrap.ts';
import { openDatabase } from '../../src/core/db/database.ts';
import { freePort } from '../support/free-port.ts';
import { copyPreparedDataDir } from '../support/prepared-data-dir.ts';

const root = join(import.meta.dirname, '..', '..');

it('opens consistent after kill -9 in the middle of writes', { timeout: 240_000 }, async () => {
  const dataDir = copyPreparedDataDir(mkdtempSync(join(tmpdir(), 'binhdang-kill-')));
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bin', 'binhdang.js'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SCHEDULER: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  for (const deadline = Date.now() + 180_000; !/setup\?token=/.test(out);) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const base = `http://127.0.0.1:${port}/api/v1`;
  const token = /setup\?token=([A-Za-z0-9_-]+)/.exec(out)![1]!;
  const setup = await fetch(`${base}/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, username: 'admin', fullName: 'Quản trị', password: 'mat-khau-quan-tri-1' }),
  });
  expect(setup.status).toBe(200);
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const units = (await (
    await fetch(`${base}/units?q=pho%20hien&version=2025`, { headers: { cookie } })
  ).json()) as {
    items: { id: number }[];
  };
  const unitId = units.items[0]!.id;
  let created = 0;
  const writer = (async () => {
    for (let i = 0; i < 10_000 && child.exitCode === null; i++) {
      try {
        const r = await fetch(`${base}/agencies`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ name: `Cơ quan thử ${i}`, kind: 'other', unitId }),
        });
        if (r.status === 201) created++;
      } catch {
        break; // killed
      }
    }
  })();
  const exited = new Promise((r) => child.once('exit', r)); // listen before killing: no race
  await new Promise((r) => setTimeout(r, 1500));
  child.kill('SIGKILL');
  await writer;
  await exited;
  expect(created).toBeGreaterThan(0);

  const handle = await openDatabase({ dataDir });
  try {
    await prepareDatabase(handle);
    const r = await sql<{ agencies: number; audits: number }>`
      select (select count(*)::int from agency where name like 'Cơ quan thử %') as agencies,
             (select count(*)::int from audit_log where action = 'agency.create') as audits`.execute(
      handle.db,
    );
    const row = r.rows[0]!;
    // every acknowledged write is there; at most the one in flight may also have committed
    expect(row.agencies).toBeGreaterThanOrEqual(created);
    expect(row.agencies).toBeLessThanOrEqual(created + 1);
    expect(row.audits).toBe(row.agencies);
  } finally {
    await handle.close();
  }
});
