/**
 * Authorization for agencies, in one place.
 * - read: any role (agencies in the role's subtree and the province agencies above it).
 * - create/update: system_admin anywhere; unit_admin inside their subtree.
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type AgencyAction = 'list' | 'create' | 'update';

export function authorizeAgency(actor: Actor, action: AgencyAction, unit?: UnitRef): void {
  if (isSystemAdmin(actor)) return;
  switch (action) {
    case 'list':
      if (actor.roles.length === 0) throw new AppError('FORBIDDEN');
      return;
    case 'create':
    case 'update':
      if (!unit || !hasRoleOver(actor, ['unit_admin'], unit)) throw new AppError('FORBIDDEN');
      return;
  }
}
