/** SQL for a user's own notifications and notification settings. */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

export class NotificationsRepository {
  constructor(private readonly db: Database) {}

  list(userId: number, limit: number) {
    return this.db
      .selectFrom('notification')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  async unread(userId: number): Promise<number> {
    const r = await this.db
      .selectFrom('notification')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** Marks one of the user's notifications read; false when it is not theirs or does not exist. */
  async markRead(userId: number, id: number): Promise<boolean> {
    const r = await this.db
      .updateTable('notification')
      .set({ read_at: sql<Date>`coalesce(read_at, now())` })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  async markAllRead(userId: number): Promise<void> {
    await this.db
      .updateTable('notification')
      .set({ read_at: sql<Date>`now()` })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .execute();
  }

  async settings(userId: number) {
    return this.db
      .selectFrom('app_user as a')
      .leftJoin('user_notification_setting as s', 's.user_id', 'a.id')
      .select(['a.email', sql<boolean>`coalesce(s.digest, false)`.as('digest')])
      .where('a.id', '=', userId)
      .executeTakeFirst();
  }

  async saveSettings(userId: number, email: string | null, digest: boolean): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({ email, updated_at: sql<Date>`now()` })
      .where('id', '=', userId)
      .execute();
    await this.db
      .insertInto('user_notification_setting')
      .values({ user_id: userId, digest, updated_at: sql<Date>`now()` })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ digest, updated_at: sql<Date>`now()` }))
      .execute();
  }
}
