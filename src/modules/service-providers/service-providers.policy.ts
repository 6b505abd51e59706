/**
 * Authorization for the GBV service directory, in one place.
 * - read the directory: any signed-in user (the public fields);
 * - open a private host's address: a case worker or case supervisor whose role covers the
 *   provider's unit (a province role covers its communes) — nobody else, system administrators
 *   included;
 * - manage (create, change, deactivate): a unit admin or case supervisor over the provider's unit,
 *   or a system admin.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

const MANAGE: readonly Role[] = ['unit_admin', 'case_supervisor'];
const OPEN_PRIVATE_ADDRESS: readonly Role[] = ['case_worker', 'case_supervisor'];

export function mayManageProvider(actor: Actor, unit: UnitRef): boolean {
  return isSystemAdmin(actor) || hasRoleOver(actor, MANAGE, unit);
}

/** Deliberately no system-admin shortcut: only the area's case staff ever see where a host lives. */
export function mayOpenPrivateAddress(actor: Actor, unit: UnitRef): boolean {
  return hasRoleOver(actor, OPEN_PRIVATE_ADDRESS, unit);
}

export function authorizeServiceProvider(actor: Actor, action: 'manage', unit: UnitRef): void {
  if (action === 'manage' && !mayManageProvider(actor, unit)) throw new AppError('FORBIDDEN');
}
