/**
 * Sealing the audit log (every row not yet sealed goes into a new seal, chained to the last) and
 * checking every seal again. Used by the scheduled job, `binhdang audit seal|verify` and the API.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { rolesAmong } from '../../core/auth/scope.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditSealRepository } from './audit-seal.repository.ts';
import {
  GENESIS_DIGEST,
  sealDigest,
  verifyChain,
  type CanonicalAuditRow,
  type SealVerification,
  type StoredSeal,
} from './audit-seal.ts';

/** Rows per seal: a larger backlog (the first run on an old database) becomes several seals. */
export const SEAL_BATCH = 5000;
const PAGE = 2000;

export interface NewSeal {
  id: number;
  rowCount: number;
  digest: string;
}

/** A digest recorded outside the database (the application log), to compare with. */
export interface ExternalDigest {
  sealId: number;
  digest: string;
}

/**
 * Seals below this id are vouched for. A broken chain at n means seal n-1's digest or seal n's link
 * was rewritten: n-1 is not vouched for either. An external mismatch at n means something up to n
 * was rewritten, where is unknown: none is.
 */
function intactBelow(broken: SealVerification['broken']): number {
  if (broken === null) return Infinity;
  if (broken.reason === 'external_mismatch') return 0;
  return broken.reason === 'chain_broken' ? broken.sealId - 1 : broken.sealId;
}

export class AuditSealService {
  constructor(private readonly db: Database) {}

  /** Seals every visible unsealed row, in batches of `batch`, each seal in its own transaction. */
  async sealNew(batch = SEAL_BATCH): Promise<NewSeal[]> {
    const made: NewSeal[] = [];
    for (;;) {
      const seal = await this.sealOnce(batch);
      if (!seal) break;
      made.push(seal);
      if (seal.rowCount < batch) break;
    }
    return made;
  }

  private sealOnce(batch: number): Promise<NewSeal | null> {
    return this.db.transaction().execute(async (tx) => {
      const repo = new AuditSealRepository(tx);
      // First the lock: rows and the last seal are then read after any other sealer committed.
      await repo.lockSealing();
      const rows = await repo.unsealedRows(batch);
      if (rows.length === 0) return null;
      const last = await repo.lastSeal();
      const header = {
        id: (last?.id ?? 0) + 1,
        sealedAt: await repo.nowText(),
        rowCount: rows.length,
        prevDigest: last?.digest ?? GENESIS_DIGEST,
      };
      const digest = sealDigest(header, rows);
      await repo.insertSeal({ ...header, digest });
      const marked = await repo.markSealed(
        header.id,
        rows.map((r) => r.id),
      );
      // Cannot happen under the lock; if it ever did, the seal would not match its rows: undo it.
      if (marked !== rows.length) throw new Error(`audit seal ${header.id}: rows changed while sealing`);
      return { id: header.id, rowCount: rows.length, digest };
    });
  }

  /** Recomputes every seal from its rows and the chain; optionally compares one external digest. */
  async verify(external?: ExternalDigest): Promise<SealVerification> {
    const repo = new AuditSealRepository(this.db);
    const seals = await repo.listSeals();
    const maxSealId = seals.at(-1)?.id ?? 0;
    async function* rows(): AsyncGenerator<CanonicalAuditRow & { seal_id: number }> {
      let after = { sealId: 0, id: '0' };
      for (;;) {
        const page = await repo.sealedRowsAfter(maxSealId, after.sealId, after.id, PAGE);
        yield* page;
        if (page.length < PAGE) return;
        const last = page.at(-1)!;
        after = { sealId: last.seal_id, id: last.id };
      }
    }
    const { sealedRows, broken: chainBreak } = await verifyChain(seals, rows());
    let broken = chainBreak;
    if (!broken && external) {
      const seal = seals.find((s) => s.id === external.sealId);
      if (seal?.digest !== external.digest.toLowerCase())
        broken = { sealId: external.sealId, reason: 'external_mismatch' };
    }
    const summary = (s: StoredSeal | undefined) =>
      s ? { id: s.id, sealedAt: s.sealedAt, rowCount: s.rowCount, digest: s.digest } : null;
    return {
      ok: broken === null,
      seals: seals.length,
      sealedRows,
      unsealedRows: await repo.countUnsealed(),
      lastSeal: summary(seals.at(-1)),
      intactThrough: summary(seals.filter((x) => x.id < intactBelow(broken)).at(-1)),
      broken,
    };
  }

  /** The check, for a system administrator. */
  async verifyFor(actor: Actor): Promise<SealVerification> {
    if (rolesAmong(actor, ['system_admin']).length === 0) throw new AppError('FORBIDDEN');
    return this.verify();
  }
}
