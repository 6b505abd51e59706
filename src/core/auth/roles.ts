/** The roles a user can hold, each scoped to an administrative unit and its subtree. */
export const ROLES = [
  'system_admin',
  'unit_admin',
  'planner',
  'reporter',
  'approver',
  'case_worker',
  'case_supervisor',
  'viewer',
] as const;
export type Role = (typeof ROLES)[number];

/** A role held by the signed-in user, with what is needed to test whether a unit is in its scope. */
export interface ScopedRole {
  id: number;
  role: Role;
  /** null: the whole country (system_admin always; other roles of ministry or central staff). */
  unitId: number | null;
  unitLevel: 'province' | 'district' | 'commune' | null;
  /** Province of the scope unit (equal to unitId for a province). */
  provinceId: number | null;
}

/** The signed-in user performing a request or CLI command. */
export interface Actor {
  userId: number | null;
  username: string;
  roles: ScopedRole[];
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** A unit, as far as scope checks need to know it. */
export interface UnitRef {
  id: number;
  provinceId: number | null;
  districtId?: number | null;
}

/** The CLI acts as the system itself (it has direct access to the database anyway). */
export function systemActor(username = 'cli'): Actor {
  return {
    userId: null,
    username,
    roles: [{ id: 0, role: 'system_admin', unitId: null, unitLevel: null, provinceId: null }],
    ip: null,
    userAgent: 'binhdang-cli',
    requestId: null,
  };
}
