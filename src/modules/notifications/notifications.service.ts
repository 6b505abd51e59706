/** A user's own notifications (reminders) and their e-mail and digest settings. */
import type { Actor } from '../../core/auth/roles.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import type { TNotification, TNotificationSettings, TNotificationsResponse } from './notifications.schema.ts';
import { NotificationsRepository } from './notifications.repository.ts';

type Row = Awaited<ReturnType<NotificationsRepository['list']>>[number];

export function presentNotification(r: Row): TNotification {
  return {
    id: r.id,
    kind: r.kind,
    stage: r.stage,
    title: r.title,
    detail: r.detail,
    dueDate: r.due_date,
    link: r.link,
    read: r.read_at !== null,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** Notifications belong to a signed-in user; the system actor (CLI) has none. */
function ownerOf(actor: Actor): number {
  if (actor.userId === null) throw new AppError('AUTH_REQUIRED');
  return actor.userId;
}

export class NotificationsService {
  constructor(private readonly db: Database) {}

  async list(actor: Actor, limit = 100): Promise<TNotificationsResponse> {
    const repo = new NotificationsRepository(this.db);
    const userId = ownerOf(actor);
    return {
      items: (await repo.list(userId, limit)).map(presentNotification),
      unread: await repo.unread(userId),
    };
  }

  async markRead(actor: Actor, id: number): Promise<void> {
    if (!(await new NotificationsRepository(this.db).markRead(ownerOf(actor), id)))
      throw new AppError('NOT_FOUND');
  }

  async markAllRead(actor: Actor): Promise<void> {
    await new NotificationsRepository(this.db).markAllRead(ownerOf(actor));
  }

  async settings(actor: Actor): Promise<TNotificationSettings> {
    const s = await new NotificationsRepository(this.db).settings(ownerOf(actor));
    if (!s) throw new AppError('AUTH_REQUIRED');
    return { email: s.email, digest: s.digest };
  }

  async saveSettings(actor: Actor, req: TNotificationSettings): Promise<TNotificationSettings> {
    const userId = ownerOf(actor);
    const email = req.email?.trim() || null;
    await this.db.transaction().execute(async (tx) => {
      await new NotificationsRepository(tx).saveSettings(userId, email, req.digest);
      // No address in the audit record: only whether one is set.
      await new AuditLogRepository(tx).insert(actor, {
        action: 'user.notification_settings',
        entityType: 'app_user',
        entityId: userId,
        details: { hasEmail: email !== null, digest: req.digest },
      });
    });
    return { email, digest: req.digest };
  }
}
