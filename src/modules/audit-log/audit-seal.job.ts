/**
 * The sealing job as the scheduler sees it: seals new audit rows and writes each new digest to the
 * application log, so that a copy of the chain exists wherever the operator ships the log.
 */
import type { Config } from '../../core/config/config.ts';
import type { Database } from '../../core/db/database.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { AuditSealService, type NewSeal } from './audit-seal.service.ts';

export const AUDIT_SEAL_JOB = 'audit_seal';

/** The one line per seal: its number, how many rows, the digest (no personal data). */
export const sealLogLine = (s: NewSeal) =>
  `binhdang: audit seal ${s.id}: ${s.rowCount} rows, digest ${s.digest}`;

export function auditSealJob(db: Database, config: Config, log: (msg: string) => void): ScheduledJob {
  return {
    name: AUDIT_SEAL_JOB,
    everySeconds: config.auditSeal.intervalSeconds,
    run: async () => {
      for (const seal of await new AuditSealService(db).sealNew()) log(sealLogLine(seal));
    },
  };
}
