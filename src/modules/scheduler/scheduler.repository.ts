/**
 * SQL for the database-backed scheduler: claiming a due job under a lease, and releasing it. The
 * instants come from the application's clock (core/clock), never from the database server's.
 */
import type { Database } from '../../core/db/database.ts';

export class SchedulerRepository {
  constructor(private readonly db: Database) {}

  /**
   * Claims the job if it is due and nobody holds a live lease on it: one atomic UPDATE, so of two
   * instances asking at the same moment exactly one gets the row back (the other re-checks the
   * WHERE after the first commits and finds the lease taken).
   */
  async claim(name: string, owner: string, leaseSeconds: number, now: Date): Promise<boolean> {
    const row = await this.db
      .updateTable('scheduled_job')
      .set({ lease_owner: owner, lease_until: new Date(now.getTime() + leaseSeconds * 1000) })
      .where('name', '=', name)
      // a job that never ran is due at once, whenever its row was made (by a migration, at the
      // database's time, which a clock started elsewhere — CLOCK_START — need not agree with)
      .where((eb) => eb.or([eb('next_run_at', '<=', now), eb('last_run_at', 'is', null)]))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .returning('name')
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Records the run, schedules the next one and gives the lease back (only if still ours). */
  async finish(
    name: string,
    owner: string,
    everySeconds: number,
    error: string | null,
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('scheduled_job')
      .set({
        next_run_at: new Date(now.getTime() + everySeconds * 1000),
        last_run_at: now,
        last_error: error,
        lease_owner: null,
        lease_until: null,
      })
      .where('name', '=', name)
      .where('lease_owner', '=', owner)
      .execute();
  }

  /** Makes a job due now (tests, and an administrator who wants it run at once). */
  async dueNow(name: string, now: Date): Promise<void> {
    await this.db.updateTable('scheduled_job').set({ next_run_at: now }).where('name', '=', name).execute();
  }

  find(name: string) {
    return this.db.selectFrom('scheduled_job').selectAll().where('name', '=', name).executeTakeFirst();
  }
}
