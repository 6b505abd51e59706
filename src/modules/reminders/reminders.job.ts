/** The reminders job as the scheduler and `binhdang reminders run` see it. */
import type { Clock } from '../../core/clock/clock.ts';
import { clockFor, type Config } from '../../core/config/config.ts';
import type { Database } from '../../core/db/database.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { createMailer } from './mailer.ts';
import { RemindersService, type ReminderRunResult } from './reminders.service.ts';

export const REMINDERS_JOB = 'reminders';

/** One run; `onError` is told each failed try's error text (addresses masked: fit for a log). */
export async function runReminders(
  db: Database,
  config: Config,
  clock: Clock,
  onError?: (message: string) => void,
): Promise<ReminderRunResult> {
  const mailer = createMailer(config.smtp);
  try {
    return await new RemindersService(db, mailer, clock).run({
      taskDays: config.reminders.taskDays,
      maxTries: config.reminders.emailMaxTries,
      ...(onError ? { onError } : {}),
    });
  } finally {
    mailer?.close();
  }
}

export function remindersJob(
  db: Database,
  config: Config,
  log: (msg: string) => void,
  clock: Clock = clockFor(config),
): ScheduledJob {
  return {
    name: REMINDERS_JOB,
    everySeconds: config.reminders.intervalSeconds,
    run: async () => {
      const r = await runReminders(db, config, clock, (message) =>
        log(`binhdang: a reminder e-mail failed: ${message}`),
      );
      if (r.created || r.failures)
        log(
          `binhdang: reminders: ${r.created} new, ${r.emails} e-mails, ${r.digests} digests, ${r.failures} failed`,
        );
    },
  };
}
