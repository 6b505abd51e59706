/**
 * Where a user lands after signing in (or opening the bare address): what is due for their role,
 * not the same page for everyone. A deep link (the page asked for before signing in) wins: the
 * app only lands here from the root, the sign-in and the setup addresses.
 */
import type { Me, Role } from './api/types.ts';

/**
 * The landing of each role, most pressing first: a user with several roles lands on the first
 * that applies (the work they owe before the administration and the reading).
 */
const LANDINGS: readonly (readonly [Role, string])[] = [
  ['reporter', '/reports'], // "Báo cáo phải gửi" heads the reports page
  ['approver', '/reports?status=submitted'], // reports awaiting a decision
  ['planner', '/plans'],
  ['case_worker', '/cases'],
  ['case_supervisor', '/cases'],
  ['system_admin', '/users'],
  ['unit_admin', '/users'],
  ['viewer', '/indicators'],
];

export function landingFor(me: Pick<Me, 'roles'>): string {
  for (const [role, path] of LANDINGS) if (me.roles.some((r) => r.role === role)) return path;
  return '/units';
}
