/** SQL for the audit log's seals: the sealing lock, rows to seal, seals, and sealed rows to check. */
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { CanonicalAuditRow, StoredSeal } from './audit-seal.ts';

/** Held for the sealing transaction: two instances never seal at the same time. */
const SEAL_LOCK_KEY = 727_002;

/** A timestamptz as text in UTC with microseconds, whatever the session's time zone. */
const utcText = (column: string): RawBuilder<string> =>
  sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export class AuditSealRepository {
  constructor(private readonly db: Database) {}

  /** Waits for any other sealer to commit; released at the end of the caller's transaction. */
  async lockSealing(): Promise<void> {
    await sql`select pg_advisory_xact_lock(${SEAL_LOCK_KEY})`.execute(this.db);
  }

  lastSeal() {
    return this.db
      .selectFrom('audit_seal')
      .select(['id', 'digest'])
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /** The transaction's time, as a seal records it. */
  async nowText(): Promise<string> {
    const r = await sql<{ now: string }>`select ${utcText('n.t')} as now from (select now() as t) n`.execute(
      this.db,
    );
    return r.rows[0]!.now;
  }

  /** Rows not sealed yet (visible to this statement), in id order, as they are hashed. */
  unsealedRows(limit: number): Promise<CanonicalAuditRow[]> {
    return this.canonicalRows().where('l.seal_id', 'is', null).orderBy('l.id').limit(limit).execute();
  }

  async insertSeal(seal: StoredSeal): Promise<void> {
    await this.db
      .insertInto('audit_seal')
      .values({
        id: seal.id,
        sealed_at: sql<Date>`${seal.sealedAt}::timestamptz`,
        row_count: seal.rowCount,
        prev_digest: seal.prevDigest,
        digest: seal.digest,
      })
      .execute();
  }

  /** Gives exactly these rows the seal (only if still unsealed); returns how many it marked. */
  async markSealed(sealId: number, ids: readonly string[]): Promise<number> {
    const r = await this.db
      .updateTable('audit_log')
      .set({ seal_id: sealId })
      .where(sql<boolean>`id = any(${ids}::bigint[])`)
      .where('seal_id', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async listSeals(): Promise<StoredSeal[]> {
    const rows = await this.db
      .selectFrom('audit_seal')
      .select(['id', utcText('sealed_at').as('sealed_at'), 'row_count', 'prev_digest', 'digest'])
      .orderBy('id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      sealedAt: r.sealed_at,
      rowCount: r.row_count,
      prevDigest: r.prev_digest,
      digest: r.digest,
    }));
  }

  /**
   * Rows of seals up to `maxSealId` after (sealId, id), ordered by seal then id: one page of the
   * check. Seals made while the check runs have higher ids and are left out.
   */
  sealedRowsAfter(maxSealId: number, sealId: number, id: string, limit: number) {
    return this.canonicalRows()
      .select('l.seal_id')
      .where('l.seal_id', '<=', maxSealId)
      .where(sql<boolean>`(l.seal_id, l.id) > (${sealId}, ${id}::bigint)`)
      .orderBy('l.seal_id')
      .orderBy('l.id')
      .limit(limit)
      .$narrowType<{ seal_id: number }>()
      .execute();
  }

  async countUnsealed(): Promise<number> {
    const r = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('seal_id', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  private canonicalRows() {
    return this.db
      .selectFrom('audit_log as l')
      .select([
        sql<string>`l.id::text`.as('id'),
        utcText('l.at').as('at'),
        sql<string | null>`l.actor_id::text`.as('actor_id'),
        'l.action',
        'l.entity_type',
        'l.entity_id',
        sql<string | null>`l.unit_id::text`.as('unit_id'),
        sql<string | null>`l.province_id::text`.as('province_id'),
        'l.ip',
        'l.user_agent',
        'l.request_id',
        sql<string>`l.details::text`.as('details'),
      ]);
  }
}
