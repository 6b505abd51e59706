/**
 * Starts the HTTP server and the scheduler: opens and prepares the database, prints first-run
 * setup, stops cleanly (the scheduler first, waiting for a job in progress).
 */
import { networkInterfaces } from 'node:os';
import { clockFor, type Config } from '../core/config/config.ts';
import { buildApp } from '../core/http/app.ts';
import { auditSealJob } from '../modules/audit-log/audit-seal.job.ts';
import { emailOutboxJob } from '../modules/reminders/email-outbox.job.ts';
import { remindersJob } from '../modules/reminders/reminders.job.ts';
import { startScheduler } from '../modules/scheduler/scheduler.ts';
import { SetupService } from '../modules/setup/setup.service.ts';
import { openConfiguredDatabase, prepareDatabase } from './bootstrap.ts';
import { describeServed } from './served-address.ts';

export async function serve(config: Config): Promise<() => Promise<void>> {
  const clock = clockFor(config);
  const handle = await openConfiguredDatabase(config);
  try {
    if (!config.skipMigrations) {
      const prepared = await prepareDatabase(handle);
      if (prepared.migrations.length)
        console.log(`binhdang: applied migrations ${prepared.migrations.join(', ')}`);
      if (prepared.seededUnits)
        console.log('binhdang: loaded the national administrative units (2024, 2025 and lineage)');
    }
    const app = await buildApp({ db: handle.db, config, clock }, { logger: config.logLevel !== 'silent' });
    await app.listen({ port: config.port, host: config.host });
    const served = describeServed(
      app.addresses().filter((a) => typeof a !== 'string'),
      Object.values(networkInterfaces()).flatMap((list) => list ?? []),
    );
    const base = served.local;
    console.log(
      `binhdang: serving on ${served.line} (HOST=${config.host}; database: ${handle.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL server'})`,
    );
    const token = await new SetupService(handle.db, config, clock).issueToken();
    if (token) {
      console.log(
        `\nbinhdang: no user exists yet. Create the first administrator at\n  ${base}/#/setup?token=${token}\n` +
          `or run: binhdang user create --username admin --full-name "Quản trị" --role system_admin\n`,
      );
    }
    // Scheduled jobs (reminders, audit seals): claimed in the database, so one instance runs each run.
    const log = (m: string) => console.log(m);
    const jobs = [
      remindersJob(handle.db, config, log, clock),
      emailOutboxJob(handle.db, config, log, clock),
      auditSealJob(handle.db, config, log),
    ];
    const stopScheduler = config.scheduler.enabled
      ? startScheduler(handle.db, jobs, {
          intervalSeconds: config.scheduler.intervalSeconds,
          clock,
          onError: (job, err) => console.error(`binhdang: job ${job} failed:`, err),
        })
      : async () => {};
    let stopping = false;
    return async () => {
      if (stopping) return;
      stopping = true;
      await stopScheduler();
      await app.close();
      await handle.close();
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}
