/**
 * Authorization for plans, in one place.
 * - read: any role over the plan's unit (its unit or an ancestor), or over a unit the plan was
 *   sent to for an implementing plan (its `plan_cascade` rows: the commune reads the province's
 *   plan it must implement, with its tasks). Lists use the same rule in SQL
 *   (plans.repository.ts `visible`), so what a list shows, its detail opens;
 * - create, edit a draft, submit, return: planner or unit admin over the unit (system admin anywhere);
 * - issue, start, close: approver or unit admin over the unit.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { maySentTo } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { mayAgency } from '../agencies/agencies.policy.ts';
import type { TPlanAbilities, TPlanAction } from './plans.schema.ts';

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

/** The roles that read plans: list queries filter on what these roles cover. */
export const PLAN_READERS = WHO.read;

/**
 * `sentTo`: the units the plan was sent to (plan_cascade). They only read it: every other action
 * is decided on the plan's own unit.
 */
export function mayPlan(
  actor: Actor,
  action: PlanAction,
  unit: UnitRef,
  sentTo: readonly UnitRef[] = [],
): boolean {
  return maySentTo(actor, WHO, action, unit, sentTo);
}

/**
 * For an existing plan: PLAN_NOT_FOUND when the caller may not read it (its existence is not
 * told), FORBIDDEN when they read it but may not do `action`. `sentTo` counts for reading only.
 */
export function authorizePlan(
  actor: Actor,
  action: PlanAction,
  unit: UnitRef,
  sentTo: readonly UnitRef[] = [],
): void {
  if (!mayPlan(actor, 'read', unit, sentTo)) throw new AppError('PLAN_NOT_FOUND');
  if (!mayPlan(actor, action, unit, sentTo)) throw new AppError('FORBIDDEN');
}

/** For a unit named in a request (no plan exists yet): FORBIDDEN when the caller may not create there. */
export function authorizePlanCreate(actor: Actor, unit: UnitRef): void {
  if (!mayPlan(actor, 'create', unit)) throw new AppError('FORBIDDEN');
}

/** What the plan page may offer the caller (the server decides; the page hides the rest). */
export function planAbilities(actor: Actor, unit: UnitRef): TPlanAbilities {
  const may = (action: PlanAction) => mayPlan(actor, action, unit);
  return {
    edit: may('edit'),
    submit: may('submit'),
    return: may('return'),
    issue: may('issue'),
    start: may('start'),
    close: may('close'),
    createAgency: mayAgency(actor, 'create', unit),
  };
}
