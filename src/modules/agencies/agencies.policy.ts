/**
 * Authorization for agencies, in one place.
 * - read: any role (agencies in the role's subtree and the province agencies above it). Beyond
 *   that an agency does not exist for the caller: AGENCY_NOT_FOUND, never FORBIDDEN (issue 16);
 * - create: system_admin anywhere; unit_admin or planner inside their subtree (a planner
 *   matching a plan's tasks to agencies creates the agency the plan names: "Tạo và khớp");
 * - update (rename, switch off): system_admin anywhere; unit_admin inside their subtree.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin, roleCovers } from '../../core/auth/scope.ts';
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

/**
 * Whether the caller reads the agency at `unit`, the rule of the list (agencies.repository.ts
 * `list`): a role covering its unit, or a role below the province the agency sits at.
 */
export function mayReadAgency(actor: Actor, unit: UnitRef): boolean {
  if (isSystemAdmin(actor)) return true;
  return actor.roles.some((r) => roleCovers(r, unit) || (r.provinceId !== null && r.provinceId === unit.id));
}

/**
 * For an existing agency: AGENCY_NOT_FOUND when the caller does not read it (its existence is not
 * told), FORBIDDEN when they read it but may not do `action`.
 */
export function authorizeAgencyRow(actor: Actor, action: Exclude<AgencyAction, 'list'>, unit: UnitRef): void {
  if (!mayReadAgency(actor, unit)) throw new AppError('AGENCY_NOT_FOUND');
  authorizeAgency(actor, action, unit);
}
