/**
 * Who may do what with activities, in one place: any role over the unit reads them; unit admins,
 * planners and reporters over the unit record, change and remove them (and their attachments).
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

const READ: readonly Role[] = ['unit_admin', 'planner', 'reporter', 'approver', 'viewer', 'case_supervisor'];
const WRITE: readonly Role[] = ['unit_admin', 'planner', 'reporter'];

export function mayActivity(actor: Actor, action: 'read' | 'write', unit: UnitRef): boolean {
  return isSystemAdmin(actor) || hasRoleOver(actor, action === 'read' ? READ : WRITE, unit);
}

export function authorizeActivity(actor: Actor, action: 'read' | 'write', unit: UnitRef): void {
  if (!mayActivity(actor, 'read', unit)) throw new AppError('ACTIVITY_NOT_FOUND');
  if (!mayActivity(actor, action, unit)) throw new AppError('FORBIDDEN');
}

/** For a unit named in a request (not an existing record): FORBIDDEN when the caller may not act there. */
export function authorizeActivityUnit(actor: Actor, action: 'read' | 'write', unit: UnitRef): void {
  if (!mayActivity(actor, action, unit)) throw new AppError('FORBIDDEN');
}
