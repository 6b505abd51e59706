/** What every change to an open case shares: the case loaded for editing, and its audit row. */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { authorizeCase } from './cases.policy.ts';
import type { CaseRow, CasesService } from './cases.service.ts';

/** The case, if the caller may edit it and it is still open. */
export async function openCaseForEdit(cases: CasesService, actor: Actor, id: number): Promise<CaseRow> {
  const { row, access } = await cases.load(actor, id);
  authorizeCase(access, 'edit');
  if (row.status !== 'open') throw new AppError('CASE_STATUS_CONFLICT');
  return row;
}

/** The audit row of a change to a case, in the change's own transaction (never its free text). */

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
