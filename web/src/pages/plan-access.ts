/**
 * What the plan screens offer to whom, mirroring src/modules/plans/plans.policy.ts and the status
 * transitions of plans.service.ts. The server decides; this only hides what would be refused.
 * On one plan or task the page follows the `abilities` the server sends with it (they depend on the
 * plan's unit: a commune reads the province's plan sent to it but acts on none of it); `may` only
 * answers whether a role exists anywhere, for "create a plan" and "make the implementing plan".
 */
import type { PlanAction, PlanStatus } from '../api/plan-types.ts';
import type { Me, Role } from '../api/types.ts';

const PLAN_ACTION_ROLES: Record<PlanAction | 'create' | 'report', readonly Role[]> = {
  create: ['unit_admin', 'planner'],
  submit: ['unit_admin', 'planner'],
  return: ['unit_admin', 'approver'],
  issue: ['unit_admin', 'approver'],
  start: ['unit_admin', 'approver', 'planner'],
  close: ['unit_admin', 'approver'],
  report: ['unit_admin', 'planner', 'reporter'],
};

/** Actions allowed from each status, in the order the buttons are shown. */
export const ACTIONS_FROM: Record<PlanStatus, PlanAction[]> = {
  draft: ['submit', 'issue'],
  submitted: ['issue', 'return'],
  issued: ['start', 'close'],
  in_progress: ['close'],
  closed: [],
};

/** Whether the user holds a role for the action somewhere (the server checks the unit). */
export function may(me: Me, action: PlanAction | 'create' | 'report'): boolean {
  return me.roles.some((r) => r.role === 'system_admin' || PLAN_ACTION_ROLES[action].includes(r.role));
}
