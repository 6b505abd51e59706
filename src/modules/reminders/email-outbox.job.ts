/**
 * The outbox job: sends the reminder e-mails that are due (new ones the reminders job queued, and
 * failed ones whose backoff has passed), every EMAIL_OUTBOX_INTERVAL_SECONDS. Claimed like any
 * scheduled job and, inside, e-mail by e-mail (email-delivery.ts): no e-mail goes out twice.
 */
import type { Clock } from '../../core/clock/clock.ts';
import type { Config } from '../../core/config/config.ts';
import type { Database } from '../../core/db/database.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { EmailDelivery, type DeliveryCounts } from './email-delivery.ts';
import { createMailer } from './mailer.ts';

export const EMAIL_OUTBOX_JOB = 'email_outbox';

/** Sends what is due now; nothing without SMTP. */
export async function sendDueEmails(
  db: Database,
  config: Config,
  clock: Clock,
  onError?: (message: string) => void,
): Promise<DeliveryCounts> {
  const mailer = createMailer(config.smtp);
  if (!mailer) return { emails: 0, digests: 0, failures: 0 };
  try {
    return await new EmailDelivery(db, mailer, clock, config.reminders.emailMaxTries, onError).sendDue();
  } finally {
    mailer.close();
  }
}

export function emailOutboxJob(
  db: Database,
  config: Config,
  log: (msg: string) => void,
  clock: Clock,
): ScheduledJob {
  return {
    name: EMAIL_OUTBOX_JOB,
    everySeconds: config.reminders.outboxIntervalSeconds,
    run: async () => {
      const r = await sendDueEmails(db, config, clock, (message) =>
        log(`binhdang: a reminder e-mail failed: ${message}`),
      );
      if (r.emails || r.digests || r.failures)
        log(`binhdang: e-mails: ${r.emails} sent, ${r.digests} digests, ${r.failures} failed`);
    },
  };
}
