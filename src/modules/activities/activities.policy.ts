/**
 * Who may do what with activities, in one place: any role over the unit reads them; unit admins,
 * planners and reporters over the unit record, change and remove them (and their attachments).
 * Reading is for every role but the case worker's; lists filter with `activityScope`, the same
 * roles, so what the activity list shows, the activity opens.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { actorScope, hasRoleOver, isSystemAdmin, type ScopeFilter } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

const READ: readonly Role[] = ['unit_admin', 'planner', 'reporter', 'approver', 'viewer', 'case_supervisor'];
const WRITE: readonly Role[] = ['unit_admin', 'planner', 'reporter'];

/** The activities a list may show: those of the units the read roles cover. */
export function activityScope(actor: Actor): ScopeFilter {
  return actorScope(actor, READ);
}

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
