/**
 * Authorization for tasks, in one place.
 * - read: any role over the task's unit (its plan's unit), or over a unit its plan was sent to
 *   (plan_cascade: the plan read rule of plans.policy.ts; the plan page lists these tasks);
 * - create (from a plan): planner or unit admin over the plan's unit;
 * - report progress: planner, reporter or unit admin over the task's unit.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { maySentTo } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type TaskAction = 'read' | 'create' | 'report';

const WHO: Record<TaskAction, readonly Role[]> = {
  read: ['unit_admin', 'planner', 'reporter', 'approver', 'case_worker', 'case_supervisor', 'viewer'],
  create: ['unit_admin', 'planner'],
  report: ['unit_admin', 'planner', 'reporter'],
};

/** `sentTo`: the units the task's plan was sent to; they only read it. */
export function mayTask(
  actor: Actor,
  action: TaskAction,
  unit: UnitRef,
  sentTo: readonly UnitRef[] = [],
): boolean {
  return maySentTo(actor, WHO, action, unit, sentTo);
}

/**
 * For an existing task (or the plan its tasks hang on): `notFound` (TASK_NOT_FOUND, or
 * PLAN_NOT_FOUND for a plan's tasks) when the caller may not read it, so its existence is not
 * told; FORBIDDEN when they read it but may not do `action`. `sentTo` counts for reading only.
 */
export function authorizeTask(
  actor: Actor,
  action: TaskAction,
  unit: UnitRef,
  sentTo: readonly UnitRef[] = [],
  notFound: 'TASK_NOT_FOUND' | 'PLAN_NOT_FOUND' = 'TASK_NOT_FOUND',
): void {
  if (!mayTask(actor, 'read', unit, sentTo)) throw new AppError(notFound);
  if (!mayTask(actor, action, unit, sentTo)) throw new AppError('FORBIDDEN');
}
