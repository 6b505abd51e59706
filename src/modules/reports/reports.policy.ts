/**
 * Authorization for periodic reports, in one place.
 * - read: any role over the report's unit (a province role covers its communes);
 * - enter (create, save, submit): reporter or unit admin over the unit;
 * - decide (return, approve, reopen): approver or unit admin holding the role at a unit above the
 *   report's unit (a commune's own approver cannot approve its commune's report), or a system admin.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin, roleCovers } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type ReportAction = 'read' | 'enter' | 'decide';

const READ: readonly Role[] = ['unit_admin', 'planner', 'reporter', 'approver', 'case_supervisor', 'viewer'];
const ENTER: readonly Role[] = ['unit_admin', 'reporter'];
const DECIDE: readonly Role[] = ['unit_admin', 'approver'];

export function mayReport(actor: Actor, action: ReportAction, unit: UnitRef): boolean {
  if (isSystemAdmin(actor)) return true;
  if (action === 'read') return hasRoleOver(actor, READ, unit);
  if (action === 'enter') return hasRoleOver(actor, ENTER, unit);
  return actor.roles.some((r) => DECIDE.includes(r.role) && r.unitId !== unit.id && roleCovers(r, unit));
}

export function authorizeReport(actor: Actor, action: ReportAction, unit: UnitRef): void {
  if (!mayReport(actor, action, unit)) throw new AppError('FORBIDDEN');
}
