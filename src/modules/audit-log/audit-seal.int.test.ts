/**
 * Seals of the audit log on a real database: sealing and checking, every kind of tampering done
 * with plain SQL (each inside a transaction that is rolled back afterwards), a row that commits
 * after later rows were sealed, and batches.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/auth/roles.ts';
import type { Database, DatabaseHandle } from '../../core/db/database.ts';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import { AuditLogRepository } from './audit-log.repository.ts';
import { AuditSealRepository } from './audit-seal.repository.ts';
import { AuditSealService } from './audit-seal.service.ts';
import { sealDigest, type SealVerification } from './audit-seal.ts';

let h: DatabaseHandle;
const actor = systemActor('seal-test');

async function audit(db: Database, n: number, action = 'agency.update') {
  for (let i = 0; i < n; i++)
    await new AuditLogRepository(db).insert(actor, {
      action,
      entityType: 'agency',
      entityId: i,
      details: {
        name: `Hội LHPN xã ${i} — “ngoặc” \\ \u{1F600}`,
        amount: 12.5,
        big: 12345678901234567890n.toString(),
        nested: { b: 1, a: [null, true] },
      },
    });
}

/** Does `tamper` inside a transaction, checks the seals there, and rolls everything back. */
async function verifyAfter(tamper: (tx: Database) => Promise<unknown>): Promise<SealVerification> {
  let result: SealVerification | undefined;
  await h.db
    .transaction()
    .execute(async (tx) => {
      await sql`set constraints all deferred`.execute(tx);
      await tamper(tx);
      result = await new AuditSealService(tx).verify();
      throw new Error('roll back');
    })
    .catch((err: unknown) => {
      if (!(err instanceof Error) || err.message !== 'roll back') throw err;
    });
  return result!;
}

const sealOf = async (id: string) =>
  (await h.db.selectFrom('audit_log').select('seal_id').where('id', '=', id).executeTakeFirstOrThrow())
    .seal_id;
const auditIds = async () =>
  (await h.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);

beforeAll(async () => {
  h = await createTestDatabase();
  await audit(h.db, 3);
});
afterAll(async () => h?.close());

describe('audit seals', () => {
  it('seals the rows not sealed yet, chains the seals and verifies them', async () => {
    const service = new AuditSealService(h.db);
    const [first, ...more] = await service.sealNew();
    expect(more).toEqual([]);
    expect(first).toMatchObject({ id: 1, rowCount: 3 });
    expect(first!.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await service.sealNew()).toEqual([]); // nothing new: no empty seal
    await audit(h.db, 2);
    const [second] = await service.sealNew();
    expect(second).toMatchObject({ id: 2, rowCount: 2 });
    await audit(h.db, 1); // not sealed yet
    const r = await service.verify();
    expect(r).toMatchObject({ ok: true, seals: 2, sealedRows: 5, unsealedRows: 1, broken: null });
    expect(r.intactThrough).toEqual(r.lastSeal);
    expect(r.lastSeal).toMatchObject({ id: 2, rowCount: 2, digest: second!.digest });
    // the digests recorded outside (the log) still match; a different one does not
    expect((await service.verify({ sealId: 1, digest: first!.digest.toUpperCase() })).ok).toBe(true);
    const other = await service.verify({ sealId: 1, digest: second!.digest });
    expect(other).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'external_mismatch' } });
    expect(other.intactThrough).toBeNull();
    expect((await service.verify({ sealId: 9, digest: first!.digest })).broken).toEqual({
      sealId: 9,
      reason: 'external_mismatch',
    });
  });

  it('names the seal of a row whose details were changed', async () => {
    const [, , , fourth] = await auditIds();
    const r = await verifyAfter((tx) =>
      sql`update audit_log set details = details || '{"name":"khác"}' where id = ${fourth}`.execute(tx),
    );
    expect(r).toMatchObject({ ok: false, broken: { sealId: 2, reason: 'row_changed' } });
    expect(r.intactThrough?.id).toBe(1);
    // any column counts, the time to the microsecond too
    const [firstId] = await auditIds();
    expect(
      await verifyAfter((tx) =>
        sql`update audit_log set at = at + interval '1 microsecond' where id = ${firstId}`.execute(tx),
      ),
    ).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'row_changed' } });
    expect(
      await verifyAfter((tx) => sql`update audit_log set ip = '10.0.0.9' where id = ${firstId}`.execute(tx)),
    ).toMatchObject({ broken: { sealId: 1, reason: 'row_changed' } });
    // and after a change back to the very same value, it verifies again
    expect(
      await verifyAfter((tx) => sql`update audit_log set details = details where id = ${fourth}`.execute(tx)),
    ).toMatchObject({ ok: true });
  });

  it('detects a deleted row, a row added to a sealed batch and a row taken out of its seal', async () => {
    const [, second] = await auditIds();
    expect(
      await verifyAfter((tx) => sql`delete from audit_log where id = ${second}`.execute(tx)),
    ).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'row_deleted' } });
    expect(
      await verifyAfter((tx) =>
        sql`insert into audit_log (action, entity_type, details, seal_id)
            values ('user.login', 'user', '{}', 2)`.execute(tx),
      ),
    ).toMatchObject({ ok: false, broken: { sealId: 2, reason: 'row_inserted' } });
    expect(
      await verifyAfter((tx) => sql`update audit_log set seal_id = null where id = ${second}`.execute(tx)),
    ).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'row_deleted' } });
  });

  it('detects a rewritten or removed seal', async () => {
    // a row changed and the digest of its seal recomputed: seal 2 no longer chains to it
    const [firstId] = await auditIds();
    const rewritten = await verifyAfter(async (tx) => {
      await sql`update audit_log set details = '{}' where id = ${firstId}`.execute(tx);
      const repo = new AuditSealRepository(tx);
      const [seal1] = await repo.listSeals();
      const digest = sealDigest(seal1!, await repo.sealedRowsAfter(1, 0, '0', 100));
      await sql`update audit_seal set digest = ${digest} where id = 1`.execute(tx);
    });
    expect(rewritten).toMatchObject({ ok: false, broken: { sealId: 2, reason: 'chain_broken' } });
    expect(rewritten.intactThrough).toBeNull();
    // only the stored digest changed: it no longer matches its rows
    expect(
      await verifyAfter((tx) =>
        sql`update audit_seal set digest = ${'a'.repeat(64)} where id = 1`.execute(tx),
      ),
    ).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'row_changed' } });
    expect(
      await verifyAfter((tx) =>
        sql`update audit_seal set prev_digest = ${'b'.repeat(64)} where id = 2`.execute(tx),
      ),
    ).toMatchObject({ ok: false, broken: { sealId: 2, reason: 'chain_broken' } });
    expect(
      await verifyAfter((tx) => sql`update audit_seal set row_count = 9 where id = 2`.execute(tx)),
    ).toMatchObject({ ok: false, broken: { sealId: 2 } });
    // seal 1 and its rows gone: seal 2 is left without its predecessor
    expect(
      await verifyAfter(async (tx) => {
        await sql`delete from audit_log where seal_id = 1`.execute(tx);
        await sql`delete from audit_seal where id = 1`.execute(tx);
      }),
    ).toMatchObject({ ok: false, broken: { sealId: 1, reason: 'seal_missing' } });
  });

  it('seals a row that commits after rows with higher ids were sealed', async () => {
    // the id a long import takes at its start, committed after others have been sealed
    const late = await sql<{ id: string }>`
      select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id`.execute(h.db);
    const lateId = late.rows[0]!.id;
    await audit(h.db, 2);
    const service = new AuditSealService(h.db);
    const [third] = await service.sealNew();
    expect(third).toMatchObject({ id: 3, rowCount: 3 }); // 1 left from the first test, and these 2
    await sql`insert into audit_log (id, action, entity_type, details) overriding system value
      values (${lateId}::bigint, 'report.import', 'report', '{"rows":1200}')`.execute(h.db);
    expect(await sealOf(lateId)).toBeNull();
    expect(Number(lateId)).toBeLessThan(Number((await auditIds()).at(-2)));
    const [fourth] = await service.sealNew();
    expect(fourth).toMatchObject({ id: 4, rowCount: 1 });
    expect(await sealOf(lateId)).toBe(4);
    expect(await service.verify()).toMatchObject({ ok: true, seals: 4, unsealedRows: 0 });
  });

  it('splits a backlog into seals of at most a batch each', async () => {
    await audit(h.db, 5);
    const made = await new AuditSealService(h.db).sealNew(2);
    expect(made.map((s) => [s.id, s.rowCount])).toEqual([
      [5, 2],
      [6, 2],
      [7, 1],
    ]);
    expect(await new AuditSealService(h.db).verify()).toMatchObject({ ok: true, seals: 7, unsealedRows: 0 });
  });
});
