/**
 * Authorization for tasks, in one place.
 * - read: any role over the task's unit;
 * - create (from a plan): planner or unit admin over the plan's unit;
 * - report progress: planner, reporter or unit admin over the task's unit.
 */
import type { Actor, Role, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver, isSystemAdmin } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';

export type TaskAction = 'read' | 'create' | 'report';

const WHO: Record<TaskAction, readonly Role[]> = {
  read: ['unit_admin', 'planner', 'reporter', 'approver', 'case_worker', 'case_supervisor', 'viewer'],
  create: ['unit_admin', 'planner'],
  report: ['unit_admin', 'planner', 'reporter'],
};

export function authorizeTask(actor: Actor, action: TaskAction, unit: UnitRef): void {
  if (isSystemAdmin(actor)) return;
  if (!hasRoleOver(actor, WHO[action], unit)) throw new AppError('FORBIDDEN');
}
