/** The audit row of a change to a case, in the change's own transaction (never its free text). */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';

export function auditCase(
  tx: Database,
  actor: Actor,
  row: { id: number; unit_id: number; province_id: number },
  action: string,
  details: Record<string, unknown>,
) {
  return new AuditLogRepository(tx).insert(actor, {
    action,
    entityType: 'gbv_case',
    entityId: row.id,
    unitId: row.unit_id,
    provinceId: row.province_id,
    details,
  });
}
