/**
 * The scheduler each `binhdang serve` runs: every few seconds it tries to claim each due job in the
 * database (scheduled_job, under a lease) and runs the ones it got. With several instances on one
 * PostgreSQL, a job run happens in one instance only; a crashed instance's lease runs out and
 * another takes the job over.
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { SchedulerRepository } from './scheduler.repository.ts';

export interface ScheduledJob {
  name: string;
  /** Seconds between runs, counted from the end of the last run. */
  everySeconds: number;
  run(): Promise<unknown>;
}

export interface SchedulerOptions {
  intervalSeconds: number;
  clock: Clock;
  /** How long a claim holds before another instance may take the job over (default 15 minutes). */
  leaseSeconds?: number;
  owner?: string;
  onError?: (job: string, err: unknown) => void;
}

export const instanceId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

/** Claims and runs every due job once; returns the names of the jobs this call ran. */
export async function runDueJobs(
  db: Database,
  jobs: readonly ScheduledJob[],
  owner: string,
  clock: Clock,
  leaseSeconds = 900,
  onError?: (job: string, err: unknown) => void,
): Promise<string[]> {
  const repo = new SchedulerRepository(db);
  const ran: string[] = [];
  for (const job of jobs) {
    if (!(await repo.claim(job.name, owner, leaseSeconds, clock.now()))) continue;
    let error: string | null = null;
    try {
      await job.run();
    } catch (err) {
      error = err instanceof Error ? err.message.slice(0, 1000) : String(err);
      onError?.(job.name, err);
    }
    await repo.finish(job.name, owner, job.everySeconds, error, clock.now());
    ran.push(job.name);
  }
  return ran;
}

/** Starts the loop; the returned function stops it and waits for a run in progress to end. */
export function startScheduler(
  db: Database,
  jobs: readonly ScheduledJob[],
  opts: SchedulerOptions,
): () => Promise<void> {
  const owner = opts.owner ?? instanceId();
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    current = runDueJobs(db, jobs, owner, opts.clock, opts.leaseSeconds, opts.onError)
      .catch((err: unknown) => opts.onError?.('scheduler', err))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.intervalSeconds * 1000);
      });
  };
  timer = setTimeout(tick, Math.min(opts.intervalSeconds, 5) * 1000);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
