/**
 * Authorization for reporting obligations, in one place.
 * - manage (create, change): unit admin, planner or approver over the receiving unit, or a system admin;
 * - read: any role over the receiving unit, or over one of its communes (they owe the reports).
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

const MANAGE: readonly Role[] = ['unit_admin', 'planner', 'approver'];

export function mayManageObligation(actor: Actor, unit: UnitRef): boolean {
  return isSystemAdmin(actor) || hasRoleOver(actor, MANAGE, unit);
}

export function mayReadObligation(actor: Actor, unit: UnitRef): boolean {
  return (
    isSystemAdmin(actor) ||
    actor.roles.some((r) => r.unitId === unit.id || (r.provinceId !== null && r.provinceId === unit.id))
  );
}

export function authorizeObligation(actor: Actor, action: 'manage' | 'read', unit: UnitRef): void {
  const ok = action === 'manage' ? mayManageObligation(actor, unit) : mayReadObligation(actor, unit);
  if (!ok) throw new AppError(action === 'read' ? 'OBLIGATION_NOT_FOUND' : 'FORBIDDEN');
}
