/** SQL for the audit log. Inserts run inside the caller's transaction. */
import type { Database } from '../../core/db/database.ts';
import type { Actor } from '../../core/auth/roles.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import { scopeCondition } from '../../core/db/scope-condition.ts';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | number | null;
  unitId?: number | null;
  provinceId?: number | null;
  /** What changed. Never put passwords or personal details of survivors here. */
  details?: Record<string, unknown>;
}

/** The audit_log row of an event: for `insert`, or for a repository writing it in the same statement. */
export function auditRow(actor: Actor, e: AuditEvent) {
  return {
    actor_id: actor.userId,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId === null ? null : String(e.entityId),
    unit_id: e.unitId ?? null,
    province_id: e.provinceId ?? null,
    ip: actor.ip,
    user_agent: actor.userAgent,
    request_id: actor.requestId,
    details: JSON.stringify({ ...(e.details ?? {}), actor: actor.username }),
  };
}
export type AuditRow = ReturnType<typeof auditRow>;

export class AuditLogRepository {
  constructor(private readonly db: Database) {}

  async insert(actor: Actor, e: AuditEvent): Promise<void> {
    await this.db.insertInto('audit_log').values(auditRow(actor, e)).execute();
  }

  list(
    scope: ScopeFilter,
    filter: { entityType?: string | undefined; entityId?: string | undefined; limit: number },
  ) {
    let q = this.db
      .selectFrom('audit_log as l')
      .leftJoin('app_user as u', 'u.id', 'l.actor_id')
      .select([
        'l.id',
        'l.at',
        'l.actor_id',
        'u.full_name as actor_name',
        'l.action',
        'l.entity_type',
        'l.entity_id',
        'l.ip',
        'l.user_agent',
        'l.details',
      ]);
    const inScope = scopeCondition(scope, 'l.unit_id', 'l.province_id');
    if (inScope) q = q.where(inScope);
    if (filter.entityType) q = q.where('l.entity_type', '=', filter.entityType);
    if (filter.entityId) q = q.where('l.entity_id', '=', filter.entityId);
    return q.orderBy('l.id', 'desc').limit(filter.limit).execute();
  }
}
