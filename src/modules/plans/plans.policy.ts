/**
 * Authorization for plans, in one place.
 * - read: any role over the plan's unit (its unit or an ancestor);
 * - create, edit a draft, submit, return: planner or unit admin over the unit (system admin anywhere);
 * - issue, start, close: approver or unit admin over the unit.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { TPlanAction } from './plans.schema.ts';

export type PlanAction = 'read' | 'create' | 'edit' | TPlanAction;

const WHO: Record<PlanAction, readonly Role[]> = {
  read: ['unit_admin', 'planner', 'reporter', 'approver', 'case_worker', 'case_supervisor', 'viewer'],
  create: ['unit_admin', 'planner'],
  edit: ['unit_admin', 'planner'],
  submit: ['unit_admin', 'planner'],
  return: ['unit_admin', 'approver'],
  issue: ['unit_admin', 'approver'],
  start: ['unit_admin', 'approver', 'planner'],
  close: ['unit_admin', 'approver'],
};

export function authorizePlan(actor: Actor, action: PlanAction, unit: UnitRef): void {
  if (isSystemAdmin(actor)) return;
  if (!hasRoleOver(actor, WHO[action], unit)) throw new AppError('FORBIDDEN');
}
