import { mkdtempSync, writeFileSync } from 'node:fs';
import { testClock } from '../../../tests/support/test-clock.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../core/db/database.ts';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { backupDatabase, restoreDatabase } from './backup.service.ts';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'binhdang-backup-'));

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  const root = await t.signIn('root');
  await root.request('POST', '/api/v1/agencies', {
    name: 'Hội LHPN tỉnh Hưng Yên',
    kind: 'womens_union',
    unitId: await t.unitId('2025', '33'),
  });
});
afterAll(async () => t.close());

const counts = async (h: DatabaseHandle) => ({
  units: (
    await h.db
      .selectFrom('admin_unit')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
  lineage: (
    await h.db
      .selectFrom('admin_unit_lineage')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
  agencies: await h.db.selectFrom('agency').select(['id', 'name', 'province_id']).orderBy('id').execute(),
  users: await h.db
    .selectFrom('app_user')
    .select(['id', 'username', 'password_hash'])
    .orderBy('id')
    .execute(),
  audit: await h.db.selectFrom('audit_log').select(['id', 'action', 'details', 'at']).orderBy('id').execute(),
});

describe('backup and restore', () => {
  it('round-trips the whole database into a fresh embedded database, gzip included', async () => {
    const file = join(dir, 'snapshot.jsonl.gz');
    const summary = await backupDatabase(t.handle.db, file, testClock());
    expect(summary.tables).toMatchObject({
      admin_unit: 34 + 3321 + 63 + 696 + 10035,
      agency: 1,
      app_user: 1,
    });
    const target = await openDatabase({ dataDir: 'memory://' });
    try {
      await restoreDatabase(target.db, file);
      expect(await counts(target)).toEqual(await counts(t.handle));
      // identities continue after the restored rows
      const next = await target.db
        .insertInto('agency')
        .values({ name: 'Mới', kind: 'other', unit_id: 1, province_id: 1, search_key: 'moi' })
        .returning('id')
        .executeTakeFirstOrThrow();
      expect(next.id).toBeGreaterThan(1);
    } finally {
      await target.close();
    }
  });

  it("restores onto a database of this project's kind (PostgreSQL in the postgres project)", async () => {
    const file = join(dir, 'snapshot.jsonl');
    await backupDatabase(t.handle.db, file, testClock());
    const target = await createTestDatabase();
    try {
      await restoreDatabase(target.db, file);
      expect(await counts(target)).toEqual(await counts(t.handle));
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, '{"hello":"world"}\n');
    await expect(restoreDatabase(t.handle.db, file)).rejects.toMatchObject({ code: 'BACKUP_INVALID' });
    const agencies = await t.handle.db.selectFrom('agency').select('id').execute();
    expect(agencies).toHaveLength(1);
  });
});
