/** The reminders job as the scheduler and `binhdang reminders run` see it. */
import type { Config } from '../../core/config/config.ts';
import type { Database } from '../../core/db/database.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { createMailer } from './mailer.ts';
import { RemindersService, type ReminderRunResult } from './reminders.service.ts';

export const REMINDERS_JOB = 'reminders';

export async function runReminders(
  db: Database,
  config: Config,
  onError?: (err: unknown) => void,
): Promise<ReminderRunResult> {
  const mailer = createMailer(config.smtp);
  try {
    return await new RemindersService(db, mailer).run({
      taskDays: config.reminders.taskDays,
      ...(onError ? { onError } : {}),
    });
  } finally {
    mailer?.close();
  }
}

export function remindersJob(db: Database, config: Config, log: (msg: string) => void): ScheduledJob {
  return {
    name: REMINDERS_JOB,
    everySeconds: config.reminders.intervalSeconds,
    run: async () => {
      const r = await runReminders(db, config, (err) =>
        log(`binhdang: a reminder e-mail failed: ${err instanceof Error ? err.message : String(err)}`),
      );
      if (r.created || r.failures)
        log(
          `binhdang: reminders: ${r.created} new, ${r.emails} e-mails, ${r.digests} digests, ${r.failures} failed`,
        );
    },
  };
}
