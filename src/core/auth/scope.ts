/**
 * Scope rules shared by every policy: a role at a unit covers that unit and its subtree; a role
 * with no unit covers the whole country.
 */
import type { Actor, Role, ScopedRole, UnitRef } from './roles.ts';

export function roleCovers(role: ScopedRole, unit: UnitRef): boolean {
  if (role.unitId === null) return true;
  if (role.unitId === unit.id) return true;
  switch (role.unitLevel) {
    case 'province':
      return unit.provinceId === role.unitId;
    case 'district':
      return unit.districtId === role.unitId;
    case 'commune':
    case null:
      return false;
  }
}

export function isSystemAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'system_admin');
}

/**
 * True when the actor holds one of `roles` over the whole country: a system administrator, or a
 * role with no unit (ministry and central Women's Union staff: "để trống là toàn quốc").
 */
export function holdsNationally(actor: Actor, roles: readonly Role[]): boolean {
  return isSystemAdmin(actor) || actor.roles.some((r) => r.unitId === null && roles.includes(r.role));
}

/** True when the actor holds one of `roles` over `unit`. */
export function hasRoleOver(actor: Actor, roles: readonly Role[], unit: UnitRef): boolean {
  return actor.roles.some((r) => roles.includes(r.role) && roleCovers(r, unit));
}

/**
 * The rule of a document sent to other units (a plan and its tasks, through plan_cascade): the
 * action is decided on the owner's unit (`who[action]`), and the units it was sent to only read it
 * (`who.read` there).
 */
export function maySentTo<A extends string>(
  actor: Actor,
  who: Record<A | 'read', readonly Role[]>,
  action: A | 'read',
  unit: UnitRef,
  sentTo: readonly UnitRef[],
): boolean {
  if (isSystemAdmin(actor)) return true;
  if (hasRoleOver(actor, who[action], unit)) return true;
  return action === 'read' && sentTo.some((u) => hasRoleOver(actor, who.read, u));
}

/** The roles of the actor that are among `roles`. */
export function rolesAmong(actor: Actor, roles: readonly Role[]): ScopedRole[] {
  return actor.roles.filter((r) => roles.includes(r.role));
}

/**
 * A filter for list queries ("authorize in the WHERE clause"): unit ids and province ids the
 * given roles cover, or 'all' for a national role.
 */
export interface ScopeFilter {
  all: boolean;
  unitIds: number[];
  provinceIds: number[];
}

export function scopeFilter(roles: ScopedRole[]): ScopeFilter {
  const filter: ScopeFilter = { all: false, unitIds: [], provinceIds: [] };
  for (const r of roles) {
    if (r.unitId === null) filter.all = true;
    else if (r.unitLevel === 'province') filter.provinceIds.push(r.unitId);
    else filter.unitIds.push(r.unitId);
  }
  return filter;
}

/** The caller's scope for list queries: everything for a system administrator, else what `roles` cover. */
export function actorScope(actor: Actor, roles?: readonly Role[]): ScopeFilter {
  if (isSystemAdmin(actor)) return { all: true, unitIds: [], provinceIds: [] };
  return scopeFilter(roles ? rolesAmong(actor, roles) : actor.roles);
}
