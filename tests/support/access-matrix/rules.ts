/** Who is allowed, as the entries of the access matrix declare it. */
import { SCOPED_ROLES, type Relation, type Rule, type ScopedRole } from './types.ts';

/** A role covers its unit and the units below it (src/core/auth/scope.ts roleCovers). */
export const COVERS: readonly Relation[] = ['same', 'above'];
export const EVERYWHERE: readonly Relation[] = ['same', 'above', 'below', 'other'];

/** Role sets named as the policies name them. */
export const ALL_ROLES: readonly ScopedRole[] = SCOPED_ROLES;
/** Reads reports, activities and case statistics: every role but the case worker's. */
export const READERS: readonly ScopedRole[] = [
  'unit_admin',
  'planner',
  'reporter',
  'approver',
  'case_supervisor',
  'viewer',
];

/** Anyone, signed in or not. */
export const anyone: Rule = () => true;

/** Nobody (e.g. another user's notification). */
export const nobody: Rule = () => false;

/** Any signed-in user, whatever the role and unit. */
export const signedIn: Rule = (c) => c.kind !== 'anonymous';

/** System administrators only. */
export const systemAdmin: Rule = (c) => c.kind === 'national';

/**
 * A role among `roles` standing in one of `relations` to the target (by default: covering it),
 * and system administrators unless `national` is false.
 */
export function scoped(
  roles: readonly ScopedRole[],
  relations: readonly Relation[] = COVERS,
  { national = true }: { national?: boolean } = {},
): Rule {
  return (c) => {
    switch (c.kind) {
      case 'anonymous':
        return false;
      case 'national':
        return national;
      case 'scoped':
        return roles.includes(c.role) && relations.includes(c.relation);
      case 'team':
        throw new Error('team cells run only on case routes');
    }
  };
}

/**
 * The assigned team of a case only (src/modules/cases/cases.policy.ts): nobody else, whatever the
 * role or unit, system administrators included, and the case is "not found" for them.
 */
export function caseTeam(team: { worker: boolean; supervisor: boolean }): Rule {
  return (c) => c.kind === 'team' && (c.role === 'case_worker' ? team.worker : team.supervisor);
}
