/**
 * `binhdang audit seal|verify` in real processes on a copy of the prepared data directory: sealing
 * prints the digest the log keeps; verify exits 0 while the seals hold and 1, naming the seal, once
 * a sealed row is changed in the database or the digest given does not match.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../../src/core/auth/roles.ts';
import { openDatabase, type Database } from '../../src/core/db/database.ts';
import { AuditLogRepository } from '../../src/modules/audit-log/audit-log.repository.ts';
import { cliIn } from '../support/cli.ts';
import { copyPreparedDataDir } from '../support/prepared-data-dir.ts';

const dir = mkdtempSync(join(tmpdir(), 'binhdang-cli-audit-'));
const dataDir = copyPreparedDataDir(join(dir, 'data'));

const binhdang = cliIn(dataDir);

/** Works on the data directory in this process, between two commands. */
async function withData(fn: (db: Database) => Promise<unknown>): Promise<void> {
  const h = await openDatabase({ dataDir });
  try {
    await fn(h.db);
  } finally {
    await h.close();
  }
}

describe('binhdang audit', () => {
  let digest = '';

  it('seals the audit rows and verifies them, against the digest from the log too', async () => {
    expect((await binhdang(['migrate'])).code).toBe(0);
    await withData(async (db) => {
      const log = new AuditLogRepository(db);
      for (const action of ['agency.create', 'agency.update', 'user.create'])
        await log.insert(systemActor(), { action, entityType: 'agency', entityId: 7, details: { n: 1 } });
    });
    const seal = await binhdang(['audit', 'seal']);
    expect(seal.err).toBe('');
    expect(seal.code).toBe(0);
    const line = /^binhdang: audit seal 1: 3 rows, digest ([0-9a-f]{64})$/m.exec(seal.out);
    expect(line, seal.out).not.toBeNull();
    digest = line![1]!;
    expect((await binhdang(['audit', 'seal'])).out.trim()).toBe('audit: nothing to seal');
    const ok = await binhdang(['audit', 'verify', '--seal', '1', '--digest', digest]);
    expect(ok.code).toBe(0);
    expect(ok.out.trim()).toMatch(
      new RegExp(
        `^OK: 1 seals, 3 sealed rows, 0 rows not sealed yet; last seal 1 at \\S+Z, digest ${digest}$`,
      ),
    );
  }, 300_000);

  it('exits 1 when the digest recorded outside differs, or is given without its seal', async () => {
    const other = await binhdang(['audit', 'verify', '--seal', '1', '--digest', 'ab'.repeat(32)]);
    expect(other.code).toBe(1);
    expect(other.out).toContain('BROKEN at seal 1: its digest differs from the one given with --digest');
    const half = await binhdang(['audit', 'verify', '--digest', digest]);
    expect(half.code).toBe(1);
    expect(half.err).toContain('VALIDATION_FAILED');
  }, 120_000);

  it('exits 1 and names the seal once a sealed row was changed in the database', async () => {
    await withData((db) =>
      sql`update audit_log set details = '{"n":2}' where action = 'agency.update'`.execute(db),
    );
    const r = await binhdang(['audit', 'verify', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      broken: { sealId: 1, reason: 'row_changed' },
      intactThrough: null,
    });
    expect((await binhdang(['audit', 'verify'])).out).toMatch(/^BROKEN at seal 1: a row it covers/);
  }, 120_000);
});
