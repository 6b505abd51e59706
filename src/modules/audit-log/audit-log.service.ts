/** Reading the audit log: system admins see all, unit admins their subtree. */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/roles.ts';
import { rolesAmong, scopeFilter } from '../../core/auth/scope.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from './audit-log.repository.ts';
import type { z } from 'zod';
import type { ZListAuditLogRequestSchema } from './audit-log.schema.ts';

export class AuditLogService {
  private readonly repo: AuditLogRepository;
  constructor(db: Database) {
    this.repo = new AuditLogRepository(db);
  }

  async list(actor: Actor, req: z.infer<typeof ZListAuditLogRequestSchema>) {
    const roles = rolesAmong(actor, ['system_admin', 'unit_admin']);
    if (roles.length === 0) throw new AppError('FORBIDDEN');
    const rows = await this.repo.list(scopeFilter(roles), req);
    return rows.map((r) => ({
      id: String(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      ip: r.ip,
      userAgent: r.user_agent,
      details: (r.details ?? {}) as Record<string, unknown>,
    }));
  }
}
