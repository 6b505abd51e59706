/**
 * `binhdang audit seal` (seal the rows not sealed yet, now) and `binhdang audit verify` (recompute
 * every seal; exit code 1 when one is broken or differs from a digest recorded outside).
 */
import { AuditSealService } from '../modules/audit-log/audit-seal.service.ts';
import { sealLogLine } from '../modules/audit-log/audit-seal.job.ts';
import type { SealBreak, SealVerification } from '../modules/audit-log/audit-seal.ts';
import { AppError } from '../core/errors/app-error.ts';
import { withDatabase } from './commands.ts';

const WHY: Record<SealBreak, string> = {
  row_changed: 'a row it covers (or its stored digest) was changed',
  row_deleted: 'a row it covers was deleted',
  row_inserted: 'a row was added to it after it was sealed',
  chain_broken: 'its link to the previous seal is broken (a seal was rewritten or removed)',
  seal_missing: 'the seal is missing',
  external_mismatch: 'its digest differs from the one given with --digest (or it does not exist)',
};

export async function auditSealCommand(): Promise<void> {
  await withDatabase(true, async (h) => {
    const seals = await new AuditSealService(h.db).sealNew();
    if (seals.length === 0) console.log('audit: nothing to seal');
    for (const s of seals) console.log(sealLogLine(s));
  });
}

export async function auditVerifyCommand(opts: { seal?: string; digest?: string; json?: boolean }) {
  if ((opts.seal === undefined) !== (opts.digest === undefined) || !validExternal(opts))
    throw new AppError('VALIDATION_FAILED', [
      { path: 'seal', message: 'give --seal <number> and --digest <64 hex characters> together' },
    ]);
  const external =
    opts.seal !== undefined && opts.digest !== undefined
      ? { sealId: Number(opts.seal), digest: opts.digest }
      : undefined;
  const r = await withDatabase(true, (h) => new AuditSealService(h.db).verify(external));
  if (opts.json) console.log(JSON.stringify(r));
  else console.log(verificationText(r));
  if (!r.ok) process.exitCode = 1;
}

function validExternal(opts: { seal?: string; digest?: string }): boolean {
  if (opts.seal === undefined) return true;
  return /^[1-9]\d{0,9}$/.test(opts.seal) && /^[0-9a-fA-F]{64}$/.test(opts.digest ?? '');
}

export function verificationText(r: SealVerification): string {
  const counts = `${r.seals} seals, ${r.sealedRows} sealed rows, ${r.unsealedRows} rows not sealed yet`;
  if (r.broken) {
    const intact = r.intactThrough ? `intact through seal ${r.intactThrough.id}` : 'no seal vouched for';
    return `BROKEN at seal ${r.broken.sealId}: ${WHY[r.broken.reason]} (${r.broken.reason}); ${intact}; ${counts}`;
  }
  const last = r.lastSeal
    ? `; last seal ${r.lastSeal.id} at ${r.lastSeal.sealedAt}, digest ${r.lastSeal.digest}`
    : '';
  return `OK: ${counts}${last}`;
}
