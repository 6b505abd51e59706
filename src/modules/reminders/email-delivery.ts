/**
 * Sending reminder e-mails (email_outbox rows): the due ones in a job run, or one at an
 * administrator's request. A row is sent only by the caller that claimed it (one UPDATE, see
 * EmailOutboxRepository.claimDue), so two instances never send the same e-mail; the text is built
 * at sending time from the notifications the row carries and the recipient's address as it is
 * then (a corrected address is used by the next try). A failed try is retried with backoff
 * (email-retry.ts) and given up after `maxTries`; a user without an address, inactive, or whose
 * notifications are gone, is 'cancelled'.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { EmailKind } from '../../core/db/schema-reminders.ts';
import { afterFailure, CLAIM_MS, errorText } from './email-retry.ts';
import { EmailOutboxRepository, type OutboxRow } from './email-outbox.repository.ts';
import type { Mailer } from './mailer.ts';
import { reminderMail, staffAlertMail } from './reminder-email.ts';

export type TryOutcome = 'sent' | 'retrying' | 'failed' | 'cancelled' | 'lost';

export interface DeliveryCounts {
  emails: number;
  digests: number;
  failures: number;
}

/** Runs in the transaction that records a try's outcome. */
export type Recorded = (tx: Database, outcome: Exclude<TryOutcome, 'lost'>) => Promise<void>;

type Outcome = Parameters<EmailOutboxRepository['finish']>[1];

const BATCH = 50;

export class EmailDelivery {
  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly maxTries: number,
    private readonly onError?: (message: string) => void,
  ) {}

  /** Claims and sends every e-mail due now, a batch at a time. */
  async sendDue(): Promise<DeliveryCounts> {
    const counts: DeliveryCounts = { emails: 0, digests: 0, failures: 0 };
    const repo = new EmailOutboxRepository(this.db);
    const token = randomBytes(8).toString('hex');
    for (;;) {
      const now = this.clock.now();
      const rows = await repo.claimDue(now, token, new Date(now.getTime() + CLAIM_MS), BATCH);
      for (const row of rows) {
        const outcome = await this.attempt(row);
        if (outcome === 'sent') counts[row.kind === 'digest' ? 'digests' : 'emails']++;
        else if (outcome === 'retrying' || outcome === 'failed') counts.failures++;
      }
      if (rows.length < BATCH) return counts;
    }
  }

  /**
   * Claims one e-mail and tries it now; undefined when it is sent, cancelled or being sent.
   * `recorded` runs in the transaction that records the outcome (an audit row).
   */
  async sendOne(id: number, recorded?: Recorded): Promise<TryOutcome | undefined> {
    const now = this.clock.now();
    const token = randomBytes(8).toString('hex');
    const row = await new EmailOutboxRepository(this.db).claimOne(
      id,
      now,
      token,
      new Date(now.getTime() + CLAIM_MS),
    );
    return row ? this.attempt(row, recorded) : undefined;
  }

  /** One try of a claimed row, and its outcome recorded ('lost': the claim ran out meanwhile). */
  private async attempt(row: OutboxRow, recorded?: Recorded): Promise<TryOutcome> {
    const { email, items } = await new EmailOutboxRepository(this.db).content(row);
    if (!email || items.length === 0) {
      const error = !email ? 'no e-mail address, or the user is inactive' : 'no notifications left';
      return this.record(row, { state: 'cancelled', error }, recorded);
    }
    const mailItems = items.map((n) => ({ ...n, dueDate: n.due_date }));
    try {
      await this.mailer.send(mailOf(row.kind, email, mailItems, row.digest_day));
    } catch (err) {
      const error = errorText(err);
      this.onError?.(error);
      return this.record(
        row,
        { ...afterFailure(row.tries, this.maxTries, this.clock.now()), error },
        recorded,
      );
    }
    return this.record(row, { state: 'sent', at: this.clock.now() }, recorded);
  }

  private async record(row: OutboxRow, outcome: Outcome, recorded?: Recorded): Promise<TryOutcome> {
    return this.db.transaction().execute(async (tx) => {
      const repo = new EmailOutboxRepository(tx);
      if (!(await repo.finish(row, outcome))) return 'lost';
      if (outcome.state === 'sent') await repo.markNotificationsEmailed(row.id, outcome.at);
      const result = outcome.state === 'pending' ? 'retrying' : outcome.state;
      await recorded?.(tx, result);
      return result;
    });
  }
}

function mailOf(
  kind: EmailKind,
  to: string,
  items: Parameters<typeof reminderMail>[1],
  digestDay: string | null,
) {
  switch (kind) {
    case 'reminder':
      return reminderMail(to, items);
    case 'digest':
      return reminderMail(to, items, digestDay ?? undefined);
    case 'staff_alert':
      return staffAlertMail(to, items);
  }
}
