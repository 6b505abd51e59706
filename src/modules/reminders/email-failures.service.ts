/**
 * Reminder e-mails that did not go, for administrators: the ones given up ('failed') and the ones
 * being retried, with the SMTP error of their last try; and sending one again now. A system
 * administrator sees them all; a unit administrator those of the users they manage (every role and
 * the agency inside their subtree: users.policy.ts, the same rule as changing the user's details,
 * e.g. a mistyped address). A retry now is one more try, counted like the others (a failed e-mail
 * that fails again stays failed, with the new error), claimed like the job's so that it cannot
 * cross a run of the job in another instance; it is audited with its outcome.
 */
import type { Actor } from '../../core/auth/roles.ts';
import { isSystemAdmin } from '../../core/auth/scope.ts';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { UsersRepository } from '../users/users.repository.ts';
import { authorizeUser, knowsUser, type UserSubject } from '../users/users.policy.ts';
import { EmailDelivery } from './email-delivery.ts';
import type { TEmailFailure, TEmailFailuresResponse, TEmailRetryResponse } from './email-failures.schema.ts';
import { EmailOutboxRepository, type TroubledRow } from './email-outbox.repository.ts';
import type { Mailer } from './mailer.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function presentEmailFailure(r: TroubledRow, maxTries: number): TEmailFailure {
  const state = r.state === 'pending' && r.tries > 0 ? 'retrying' : r.state;
  return {
    id: r.id,
    kind: r.kind,
    state,
    recipient: { id: r.user_id, username: r.username, fullName: r.full_name },
    items: Number(r.items ?? 0),
    tries: r.tries,
    maxTries,
    nextAttemptAt: r.state === 'pending' ? iso(r.next_attempt_at) : null,
    lastAttemptAt: iso(r.last_attempt_at),
    lastError: r.last_error,
    createdAt: iso(r.created_at)!,
  };
}

export class EmailFailuresService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly maxTries: number,
  ) {}

  async list(actor: Actor, limit = 200): Promise<TEmailFailuresResponse> {
    authorizeUser(actor, 'list');
    const rows = await new EmailOutboxRepository(this.db).troubled(limit);
    const visible = isSystemAdmin(actor) ? rows : await this.inScope(actor, rows);
    return { items: visible.map((r) => presentEmailFailure(r, this.maxTries)) };
  }

  async retry(actor: Actor, id: number, mailer: Mailer | null): Promise<TEmailRetryResponse> {
    const repo = new EmailOutboxRepository(this.db);
    const [row] = await repo.troubled(1, id);
    if (!row) throw new AppError('EMAIL_NOT_FOUND');
    if (!isSystemAdmin(actor)) {
      const subject = (await this.subjects([row])).get(row.user_id);
      // an e-mail to a user who does not exist for the caller does not either (users.policy.ts)
      if (!subject || !knowsUser(actor, subject)) throw new AppError('EMAIL_NOT_FOUND');
      authorizeUser(actor, 'update', subject);
    }
    if (!mailer) throw new AppError('SMTP_NOT_CONFIGURED');
    const outcome = await new EmailDelivery(this.db, mailer, this.clock, this.maxTries).sendOne(
      id,
      async (tx, result) =>
        new AuditLogRepository(tx).insert(actor, {
          action: 'email.retry',
          entityType: 'email_outbox',
          entityId: id,
          details: { kind: row.kind, outcome: result },
        }),
    );
    if (outcome === undefined || outcome === 'lost') throw new AppError('EMAIL_NOT_RETRYABLE');
    const [after] = await repo.troubled(1, id);
    return { email: presentEmailFailure(after!, this.maxTries) };
  }

  /** The rows whose recipient the unit administrator manages. */
  private async inScope(actor: Actor, rows: TroubledRow[]): Promise<TroubledRow[]> {
    const subjects = await this.subjects(rows);
    return rows.filter((r) => {
      const subject = subjects.get(r.user_id);
      if (!subject) return false;
      try {
        authorizeUser(actor, 'update', subject);
        return true;
      } catch {
        return false;
      }
    });
  }

  /** Each recipient as users.policy.ts sees them: their roles' units and their agency's. */
  private async subjects(rows: TroubledRow[]): Promise<Map<number, UserSubject>> {
    const roles = await new UsersRepository(this.db).rolesOf([...new Set(rows.map((r) => r.user_id))]);
    const out = new Map<number, UserSubject>();
    for (const r of rows)
      out.set(r.user_id, {
        roles: roles
          .filter((x) => x.userId === r.user_id)
          .map((x) => ({
            role: x.role,
            unit:
              x.unitId === null ? null : { id: x.unitId, provinceId: x.provinceId, districtId: x.districtId },
          })),
        agencyUnit:
          r.agency_unit_id === null
            ? null
            : { id: r.agency_unit_id, provinceId: r.agency_province_id!, districtId: r.agency_district_id },
      });
    return out;
  }
}
