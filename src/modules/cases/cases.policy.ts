/**
 * Who may do what with a GBV case, in one place. A case is seen only by its assigned case workers
 * and its supervisor (and, for an hour, by a supervisor of the area who broke the glass, read-only
 * and alerted). No other role — not a unit administrator, not a system administrator — reads a
 * case; for them it does not exist (CASE_NOT_FOUND, never FORBIDDEN, so its existence is not told).
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export interface CaseAccess {
  /** The caller's active assignment on the case. */
  assigned: 'case_worker' | 'case_supervisor' | null;
  /** An unexpired break-glass grant. */
  grant: boolean;
}

/**
 * The access that counts now: an assignment only while the user still holds that case role over
 * the case's unit, a break-glass grant only while they are a case supervisor there. Removing the
 * role (or moving it to another unit) ends access at once, the assignment row notwithstanding;
 * sessions read the current roles on each request.
 */
export function currentCaseAccess(actor: Actor, unit: UnitRef, held: CaseAccess): CaseAccess {
  const assigned = held.assigned !== null && hasRoleOver(actor, [held.assigned], unit) ? held.assigned : null;
  return { assigned, grant: held.grant && hasRoleOver(actor, ['case_supervisor'], unit) };
}

/** The unit a case row is decided on. */
export function caseUnit(row: {
  unit_id: number;
  province_id: number;
  unit_district_id: number | null;
}): UnitRef {
  return { id: row.unit_id, provinceId: row.province_id, districtId: row.unit_district_id };
}

/** close_request: ask for closure (the team); close_decide: approve or send back (its supervisor). */
export type CaseAction = 'read' | 'edit' | 'assign' | 'export' | 'close_request' | 'close_decide';

export function mayCase(access: CaseAccess, action: CaseAction): boolean {
  switch (action) {
    case 'read':
      return access.assigned !== null || access.grant;
    case 'edit':
    case 'close_request':
      return access.assigned !== null;
    case 'assign':
    case 'export':
    case 'close_decide':
      return access.assigned === 'case_supervisor';
  }
}

export function authorizeCase(access: CaseAccess, action: CaseAction): void {
  if (!mayCase(access, 'read')) throw new AppError('CASE_NOT_FOUND');
  if (!mayCase(access, action)) throw new AppError('FORBIDDEN');
}

/** Recording a case: a case worker over the unit (system administrators hold no case role). */
export function authorizeCaseIntake(actor: Actor, unit: UnitRef): void {
  if (!hasRoleOver(actor, ['case_worker'], unit)) throw new AppError('FORBIDDEN');
}

/**
 * Breaking the glass: a case supervisor whose role covers the case's unit and who is not on the
 * case (its team reads it already: no grant, no alert for them).
 */
export function authorizeBreakGlass(actor: Actor, unit: UnitRef, access: CaseAccess): void {
  if (access.assigned !== null) throw new AppError('FORBIDDEN');
  if (!hasRoleOver(actor, ['case_supervisor'], unit)) throw new AppError('CASE_NOT_FOUND');
}
