/** Authorization for administrative units: reference data, readable by every signed-in user. */
import type { Actor } from '../../core/auth/roles.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type UnitAction = 'read';

export function authorizeUnits(actor: Actor, action: UnitAction): void {
  switch (action) {
    case 'read':
      if (actor.roles.length === 0 && actor.userId === null) throw new AppError('AUTH_REQUIRED');
      return;
  }
}
