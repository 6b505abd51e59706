/**
 * Authorization for users and role assignments, in one place.
 * - system_admin: everything.
 * - unit_admin: reads users in their subtree; creates and changes users whose every role (and
 *   agency) lies in their subtree (a user with neither lies in nobody's: only system_admin changes
 *   them); grants any role but system_admin, only inside their subtree.
 * - everyone else: nothing here (they see themselves through /auth/me).
 * A user exists, for the caller, when one of the caller's roles covers one of the user's roles or
 * their agency (they work in the same area); for anyone else every action on the user by id
 * answers USER_NOT_FOUND, as for an id that does not exist, never FORBIDDEN (issue 16).
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin, roleCovers, rolesAmong } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type UserAction = 'list' | 'create' | 'update';

/** A target user as the policy sees it: where their roles and agency are. */
export interface UserSubject {
  roles: { role: Role; unit: UnitRef | null }[];
  agencyUnit: UnitRef | null;
}

export function authorizeUser(actor: Actor, action: UserAction, subject?: UserSubject): void {
  if (isSystemAdmin(actor)) return;
  if (rolesAmong(actor, ['unit_admin']).length === 0) throw new AppError('FORBIDDEN');
  switch (action) {
    case 'list':
      return;
    case 'create':
    case 'update': {
      if (!subject) return;
      // A user with no role and no agency lies in no unit admin's subtree (else any unit admin in
      // the country could set their password): only a system administrator changes them.
      // Nor does a unit admin create one (they could not manage it afterwards).
      if (subject.roles.length === 0 && subject.agencyUnit === null) throw new AppError('FORBIDDEN');
      const inScope = (u: UnitRef | null) => u !== null && hasRoleOver(actor, ['unit_admin'], u);
      const rolesOk = subject.roles.every((r) => r.role !== 'system_admin' && inScope(r.unit));
      const agencyOk = subject.agencyUnit === null || inScope(subject.agencyUnit);
      if (!rolesOk || !agencyOk) throw new AppError('FORBIDDEN');
      return;
    }
  }
}

/** Whether the user exists for the caller: a role of the caller's over one of theirs, or their agency. */
export function knowsUser(actor: Actor, subject: UserSubject): boolean {
  if (isSystemAdmin(actor)) return true;
  const units = [...subject.roles.map((r) => r.unit), subject.agencyUnit];
  return units.some((u) => u !== null && actor.roles.some((r) => roleCovers(r, u)));
}

/**
 * For an existing user: USER_NOT_FOUND when they do not exist for the caller (`knowsUser`),
 * FORBIDDEN when the caller knows them but may not do `action`.
 */
export function authorizeUserRow(actor: Actor, action: 'update', subject: UserSubject): void {
  if (!knowsUser(actor, subject)) throw new AppError('USER_NOT_FOUND');
  authorizeUser(actor, action, subject);
}

/** Granting or removing one role: unit admins only inside their subtree, never system_admin. */
export function authorizeRoleGrant(actor: Actor, role: Role, unit: UnitRef | null): void {
  if (isSystemAdmin(actor)) return;
  if (role === 'system_admin' || unit === null || !hasRoleOver(actor, ['unit_admin'], unit)) {
    throw new AppError('FORBIDDEN');
  }
}
