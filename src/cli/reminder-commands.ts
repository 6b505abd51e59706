/** `binhdang reminders run`: the reminders job once (for cron when SCHEDULER=0, and for tests). */
import { clockFor, loadConfig } from '../core/config/config.ts';
import { runReminders } from '../modules/reminders/reminders.job.ts';
import { withDatabase } from './commands.ts';

export async function remindersRunCommand(opts: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  await withDatabase(true, async (h) => {
    const r = await runReminders(h.db, config, clockFor(config), (message) =>
      console.error(`e-mail failed: ${message}`),
    );
    if (opts.json) return console.log(JSON.stringify(r));
    console.log(
      `reminders: ${r.created} new notifications, ${r.emails} e-mails, ${r.digests} digests, ${r.failures} failed`,
    );
  });
}
