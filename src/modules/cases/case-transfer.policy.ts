/**
 * Who may act on a case transfer or a protective measure (the case's own actions stay in
 * cases.policy.ts). The sending side acts through the case (its supervisor asks); the receiving
 * side is a supervisor whose role covers the receiving commune, and for anyone else a transfer does
 * not exist (CASE_TRANSFER_NOT_FOUND, never FORBIDDEN).
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { hasRoleOver } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { authorizeCase, type CaseAccess } from './cases.policy.ts';

/** Asking for a transfer: the case's supervisor (a worker gets FORBIDDEN, outsiders CASE_NOT_FOUND). */
export function authorizeTransferRequest(access: CaseAccess): void {
  authorizeCase(access, 'assign');
}

/** Whether the actor receives transfers to this commune. */
export function receivesTransfer(actor: Actor, toUnit: UnitRef): boolean {
  return hasRoleOver(actor, ['case_supervisor'], toUnit);
}

/** Accepting or declining: a supervisor of the receiving commune; for others it does not exist. */
export function authorizeTransferDecision(actor: Actor, toUnit: UnitRef): void {
  if (!receivesTransfer(actor, toUnit)) throw new AppError('CASE_TRANSFER_NOT_FOUND');
}

/** Recording a protective measure: anyone on the case's team (not a break-glass reader). */
export function authorizeProtection(access: CaseAccess): void {
  authorizeCase(access, 'edit');
}
