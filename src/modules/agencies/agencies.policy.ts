/**
 * Authorization for agencies, in one place.
 * - read: any role (agencies in the role's subtree and the province agencies above it).
 * - create: system_admin anywhere; unit_admin or planner inside their subtree (a planner
 *   matching a plan's tasks to agencies creates the agency the plan names: "Tạo và khớp");
 * - update (rename, switch off): system_admin anywhere; unit_admin inside their subtree.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type AgencyAction = 'list' | 'create' | 'update';

const WHO: Record<Exclude<AgencyAction, 'list'>, readonly Role[]> = {
  create: ['unit_admin', 'planner'],
  update: ['unit_admin'],
};

export function mayAgency(actor: Actor, action: AgencyAction, unit?: UnitRef): boolean {
  if (isSystemAdmin(actor)) return true;
  if (action === 'list') return actor.roles.length > 0;
  return unit !== undefined && hasRoleOver(actor, WHO[action], unit);
}

export function authorizeAgency(actor: Actor, action: AgencyAction, unit?: UnitRef): void {
  if (!mayAgency(actor, action, unit)) throw new AppError('FORBIDDEN');
}
