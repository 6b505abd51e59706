/**
 * Authorization for periodic reports, in one place.
 * - read: any role over the report's unit (a province role covers its communes) but the case
 *   worker's; the whole country (the national summary and export, `unit` null): those roles held
 *   with no unit. List queries filter with `reportScope`, the same roles, so what the report list
 *   shows, the report opens;
 * - enter (create, save, submit): reporter or unit admin over the unit;
 * - decide (return, approve, reopen): approver or unit admin holding the role at a unit above the
 *   report's unit (a commune's own approver cannot approve its commune's report), or a system admin.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import {
  actorScope,
  hasRoleOver,
  holdsNationally,
  isSystemAdmin,
  roleCovers,
  type ScopeFilter,
} from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type ReportAction = 'read' | 'enter' | 'decide';

const READ: readonly Role[] = ['unit_admin', 'planner', 'reporter', 'approver', 'case_supervisor', 'viewer'];
const ENTER: readonly Role[] = ['unit_admin', 'reporter'];
const DECIDE: readonly Role[] = ['unit_admin', 'approver'];

/** The reports a list may show: those of the units the read roles cover. */
export function reportScope(actor: Actor): ScopeFilter {
  return actorScope(actor, READ);
}

/** `unit` null: the whole country (only reading is asked of it). */
export function mayReport(actor: Actor, action: ReportAction, unit: UnitRef | null): boolean {
  if (isSystemAdmin(actor)) return true;
  if (unit === null) return action === 'read' && holdsNationally(actor, READ);
  if (action === 'read') return hasRoleOver(actor, READ, unit);
  if (action === 'enter') return hasRoleOver(actor, ENTER, unit);
  return actor.roles.some((r) => DECIDE.includes(r.role) && r.unitId !== unit.id && roleCovers(r, unit));
}

export function authorizeReport(actor: Actor, action: ReportAction, unit: UnitRef | null): void {
  if (!mayReport(actor, action, unit)) throw new AppError('FORBIDDEN');
}
