/** SQL for reminder e-mails (email_outbox): making them, claiming them to send, their outcome, the troubled ones. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { EmailKind, EmailOutboxTable } from '../../core/db/schema-reminders.ts';

export type OutboxRow = Selectable<EmailOutboxTable>;

export interface NewEmail {
  userId: number;
  kind: EmailKind;
  digestDay?: string;
  notificationIds: number[];
}

export class EmailOutboxRepository {
  constructor(private readonly db: Database) {}

  /** One e-mail per entry, due at once, and its notifications pointed at it (call in a transaction). */
  async enqueue(emails: readonly NewEmail[], now: Date): Promise<void> {
    for (const e of emails) {
      if (e.notificationIds.length === 0) continue;
      const { id } = await this.db
        .insertInto('email_outbox')
        .values({
          user_id: e.userId,
          kind: e.kind,
          digest_day: e.digestDay ?? null,
          next_attempt_at: now,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await this.db
        .updateTable('notification')
        .set({ email_id: id })
        .where('id', 'in', e.notificationIds)
        .execute();
    }
  }

  /**
   * Claims up to `limit` e-mails due at `now` that nobody holds: one UPDATE over the rows its
   * subquery locked with SKIP LOCKED, so two instances claiming at once get disjoint rows (a row
   * another instance claimed and committed meanwhile fails the re-checked WHERE). Each claim counts
   * as a try.
   */
  async claimDue(now: Date, token: string, until: Date, limit: number): Promise<OutboxRow[]> {
    const r = await sql<OutboxRow>`
      update email_outbox
         set claim_token = ${token}, claimed_until = ${until}, tries = tries + 1, last_attempt_at = ${now}
       where id in (select id from email_outbox
                     where state = 'pending' and next_attempt_at <= ${now}
                       and (claimed_until is null or claimed_until <= ${now})
                     order by next_attempt_at, id
                     limit ${limit}
                     for update skip locked)
      returning *`.execute(this.db);
    return r.rows;
  }

  /** Claims one pending or failed e-mail whatever its next attempt time (sending it again now). */
  async claimOne(id: number, now: Date, token: string, until: Date): Promise<OutboxRow | undefined> {
    return this.db
      .updateTable('email_outbox')
      .set({
        claim_token: token,
        claimed_until: until,
        tries: sql<number>`tries + 1`,
        last_attempt_at: now,
      })
      .where('id', '=', id)
      .where('state', 'in', ['pending', 'failed'])
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .returningAll()
      .executeTakeFirst();
  }

  /** The recipient's address as it is now, and the notifications the e-mail carries. */
  async content(row: OutboxRow) {
    const user = await this.db
      .selectFrom('app_user')
      .select(['email', 'is_active'])
      .where('id', '=', row.user_id)
      .executeTakeFirst();
    const items = await this.db
      .selectFrom('notification')
      .select(['id', 'kind', 'stage', 'due_date', 'title', 'detail'])
      .where('email_id', '=', row.id)
      .orderBy('due_date')
      .orderBy('id')
      .execute();
    return { email: user?.is_active ? user.email : null, items };
  }

  /** Records the try's outcome if the claim is still this one's; false when it ran out and was taken. */
  async finish(
    row: Pick<OutboxRow, 'id' | 'claim_token'>,
    outcome:
      | { state: 'sent'; at: Date }
      | { state: 'pending' | 'failed'; nextAttemptAt: Date; error: string }
      | { state: 'cancelled'; error: string },
  ): Promise<boolean> {
    const r = await this.db
      .updateTable('email_outbox')
      .set({
        state: outcome.state,
        claim_token: null,
        claimed_until: null,
        ...(outcome.state === 'sent'
          ? { sent_at: outcome.at, last_error: null }
          : outcome.state === 'cancelled'
            ? { last_error: outcome.error }
            : { next_attempt_at: outcome.nextAttemptAt, last_error: outcome.error }),
      })
      .where('id', '=', row.id)
      .where('claim_token', '=', row.claim_token)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }

  async markNotificationsEmailed(emailId: number, at: Date): Promise<void> {
    await this.db
      .updateTable('notification')
      .set({ emailed_at: at })
      .where('email_id', '=', emailId)
      .execute();
  }

  /**
   * E-mails that failed or are being retried, newest try first, with their recipient and where the
   * recipient's agency is (for the unit administrators' scope).
   */
  troubled(limit: number, id?: number) {
    let q = this.db
      .selectFrom('email_outbox as e')
      .innerJoin('app_user as a', 'a.id', 'e.user_id')
      .leftJoin('agency as g', 'g.id', 'a.agency_id')
      .leftJoin('admin_unit as gu', 'gu.id', 'g.unit_id')
      .selectAll('e')
      .select([
        'a.username',
        'a.full_name',
        'g.unit_id as agency_unit_id',
        'g.province_id as agency_province_id',
        'gu.district_id as agency_district_id',
        (eb) =>
          eb
            .selectFrom('notification as n')
            .select((c) => c.fn.countAll<string>().as('n'))
            .whereRef('n.email_id', '=', 'e.id')
            .as('items'),
      ]);
    q =
      id === undefined
        ? q.where((eb) =>
            eb.or([
              eb('e.state', '=', 'failed'),
              eb.and([eb('e.state', '=', 'pending'), eb('e.tries', '>', 0)]),
            ]),
          )
        : q.where('e.id', '=', id);
    return q.orderBy('e.last_attempt_at', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
  }
}

export type TroubledRow = Awaited<ReturnType<EmailOutboxRepository['troubled']>>[number];
