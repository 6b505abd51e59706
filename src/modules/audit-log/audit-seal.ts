/**
 * Seals of the audit log: what is hashed, and the check of a whole chain of seals.
 *
 * digest_n = SHA-256 of the UTF-8 text
 *   "binhdang-audit-seal/1\n" + n + "\n" + sealed_at + "\n" + row count + "\n" + digest_{n-1} + "\n"
 *   then, for every row carrying seal n in id order, its canonical line + "\n",
 * with digest_0 = 64 zeros. A row's canonical line is the JSON array of its columns as text
 * (`CANONICAL_COLUMNS`, in that order; null stays null), each rendered by PostgreSQL the same way
 * on PGlite and on a server and after a backup and restore: bigint/integer in decimal, `at` and
 * `sealed_at` in UTC with microseconds (`2026-01-31T08:15:00.123456Z`), `details` as jsonb's own
 * text (keys in jsonb order, numbers exactly as stored).
 */
import { createHash } from 'node:crypto';

export const GENESIS_DIGEST = '0'.repeat(64);
const FORMAT = 'binhdang-audit-seal/1';

/** An audit row as sealed: every column as PostgreSQL's text, in this order. */
export interface CanonicalAuditRow {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  unit_id: string | null;
  province_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: string;
}
export const CANONICAL_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'action',
  'entity_type',
  'entity_id',
  'unit_id',
  'province_id',
  'ip',
  'user_agent',
  'request_id',
  'details',
] as const satisfies readonly (keyof CanonicalAuditRow)[];

export interface SealHeader {
  id: number;
  /** `sealed_at` as text, like a row's `at`. */
  sealedAt: string;
  rowCount: number;
  prevDigest: string;
}

export function canonicalLine(row: CanonicalAuditRow): string {
  return JSON.stringify(CANONICAL_COLUMNS.map((c) => row[c]));
}

/** An incremental digest: the header first, then rows in id order. */
export function sealHasher(h: SealHeader) {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n${h.id}\n${h.sealedAt}\n${h.rowCount}\n${h.prevDigest}\n`, 'utf8');
  return {
    add: (row: CanonicalAuditRow) => void hash.update(`${canonicalLine(row)}\n`, 'utf8'),
    digest: () => hash.digest('hex'),
  };
}

export function sealDigest(h: SealHeader, rows: readonly CanonicalAuditRow[]): string {
  const hasher = sealHasher(h);
  for (const r of rows) hasher.add(r);
  return hasher.digest();
}

export type SealBreak =
  /** a sealed row was changed (same number of rows, different digest) */
  | 'row_changed'
  /** fewer rows carry the seal than it covered */
  | 'row_deleted'
  /** more rows carry the seal than it covered */
  | 'row_inserted'
  /** the seal's previous digest is not the digest of the seal before it (a seal rewritten or removed) */
  | 'chain_broken'
  /** a seal number is missing, or rows carry the number of a seal that does not exist */
  | 'seal_missing'
  /** the seal's digest differs from the copy recorded outside the database (or the seal is gone) */
  | 'external_mismatch';

export interface StoredSeal extends SealHeader {
  digest: string;
}

export interface SealSummary {
  id: number;
  sealedAt: string;
  rowCount: number;
  digest: string;
}

export interface SealVerification {
  ok: boolean;
  seals: number;
  sealedRows: number;
  unsealedRows: number;
  /** The last seal, intact or not. */
  lastSeal: SealSummary | null;
  /** The last seal up to which the log is intact (the last seal when `ok`). */
  intactThrough: SealSummary | null;
  /** The first broken seal, and why. */
  broken: { sealId: number; reason: SealBreak } | null;
}

/**
 * Walks seals (by id) against rows (by seal id, then id), stopping at the first break. `rows`
 * yields every row that carries one of the seals' ids. Seal ids run 1, 2, 3… without a gap, so
 * every id up to the last one is checked; `audit_log.seal_id` references `audit_seal`, so a row
 * cannot carry the id of a seal that does not exist.
 */
export async function verifyChain(
  seals: readonly StoredSeal[],
  rows: AsyncIterable<CanonicalAuditRow & { seal_id: number }>,
): Promise<{ sealedRows: number; broken: SealVerification['broken'] }> {
  const it = rows[Symbol.asyncIterator]();
  let next = await it.next();
  let sealedRows = 0;
  let prevDigest = GENESIS_DIGEST;
  let prevId = 0;
  const fail = async (sealId: number, reason: SealBreak) => {
    await it.return?.();
    return { sealedRows, broken: { sealId, reason } };
  };
  for (const seal of seals) {
    if (seal.id !== prevId + 1) return fail(prevId + 1, 'seal_missing');
    if (seal.prevDigest !== prevDigest) return fail(seal.id, 'chain_broken');
    const hasher = sealHasher(seal);
    let count = 0;
    for (; !next.done && next.value.seal_id === seal.id; next = await it.next()) {
      hasher.add(next.value);
      count++;
    }
    sealedRows += count;
    if (hasher.digest() !== seal.digest)
      return fail(
        seal.id,
        count < seal.rowCount ? 'row_deleted' : count > seal.rowCount ? 'row_inserted' : 'row_changed',
      );
    prevDigest = seal.digest;
    prevId = seal.id;
  }
  return { sealedRows, broken: null };
}
