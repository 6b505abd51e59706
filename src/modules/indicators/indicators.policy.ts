/**
 * Authorization for the indicator catalogue and its values, in one place.
 * - read the catalogue (programmes, indicators, targets): any signed-in user;
 * - edit (wording, flags, national targets): system administrators only;
 * - values over a unit: any role held over the unit (a province role covers its communes); the
 *   whole country (no unit: national values, the map of provinces): any role held with no unit
 *   (a nationwide viewer, approver or planner) and system administrators.
 */
import { ROLES, type Actor, type UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, holdsNationally, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type IndicatorAction = 'read' | 'edit' | 'values';

export function mayIndicator(actor: Actor, action: IndicatorAction, unit: UnitRef | null = null): boolean {
  if (isSystemAdmin(actor)) return true;
  switch (action) {
    case 'read':
      return true;
    case 'edit':
      return false;
    case 'values':
      return unit === null ? holdsNationally(actor, ROLES) : hasRoleOver(actor, ROLES, unit);
  }
}

export function authorizeIndicator(actor: Actor, action: IndicatorAction, unit: UnitRef | null = null): void {
  if (!mayIndicator(actor, action, unit)) throw new AppError('FORBIDDEN');
}
