/**
 * Deadline day (issue 7): every commune of the country (3,321) submits its six-monthly report within
 * minutes, against two `binhdang serve` instances sharing one durable PostgreSQL 15 (fsync on).
 * Phase 1 measures submissions/s and latency with CONCURRENCY requests in flight (closed loop);
 * phase 1b offers RATE submissions a second whatever the answers (open loop: latency counted from
 * when each was due, so falling behind shows); phase 2 kills one instance with SIGKILL in the
 * middle of another round of submissions (a load balancer would send the failed requests to the
 * other instance; the client here does the same) and checks that every report ends submitted exactly
 * once, with its event and audit row, and that nothing is half-written.
 *   npm run bench:load            (CONCURRENCY=64, RATE=550 by default)
 */
import { openDatabase } from '../src/core/db/database.ts';
import { findPostgresBin, startPostgres } from '../tests/support/postgres-server.ts';
import { check, drafts, submitAll, submitAtRate } from '../tests/support/deadline-day.ts';
import { signInOver } from '../tests/support/api-session.ts';
import { preparedPostgres } from '../tests/support/prepared-postgres.ts';
import { report, stats } from './measure.ts';

const CONCURRENCY = Number(process.env.CONCURRENCY ?? 64);
/** Arrivals per second of the open-loop phase. */
const RATE = Number(process.env.RATE ?? 550);
const PASSWORD = 'mat-khau-tai-thu-2026';

/** A `binhdang serve` on the prepared database, signed in (PROF_DIR: with a CPU profile). */
async function startInstance(serve: Awaited<ReturnType<typeof preparedPostgres>>) {
  const prof = process.env.PROF_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR}`] : [];
  const server = await serve({ SCHEDULER: '0', LOG_LEVEL: 'warn', LOGIN_MAX_FAILURES: '1000' }, prof);
  return { ...(await signInOver(server.baseUrl, 'tai.thu', PASSWORD)), server };
}

const bin = findPostgresBin();
if (!bin) throw new Error('PostgreSQL 15+ is needed (apt-get install postgresql)');
const pg = await startPostgres(bin, {
  fsync: 'on',
  synchronous_commit: 'on',
  full_page_writes: 'on',
  shared_buffers: '1GB',
});
const serve = await preparedPostgres(pg, 'tai.thu', PASSWORD);
const handle = await openDatabase({ databaseUrl: pg.url });
try {
  const a = await startInstance(serve);
  const b = await startInstance(serve);
  const instances = [a, b];

  // Phase 1: the six-monthly report of every commune
  const ids = await drafts(handle.db, 'GE_SEMIANNUAL', 'semiannual', '2026-01-01', '2026-06-30');
  const t0 = performance.now();
  const results = await submitAll(ids, instances, () => instances, CONCURRENCY);
  const seconds = (performance.now() - t0) / 1000;
  const ok = results.filter((r) => r.status === 200);
  report(
    `deadline day: ${ids.length} submissions, 2 instances, c=${CONCURRENCY}`,
    stats(ok.map((r) => r.ms)),
    `${(ok.length / seconds).toFixed(0)}/s errors=${results.length - ok.length} in ${seconds.toFixed(1)} s`,
  );
  const c1 = await check(handle.db, ids);
  console.log(
    `  submitted=${c1.submitted}/${ids.length} events=${c1.events} audits=${c1.audits} half-written=${c1.half}`,
  );

  // Phase 1b: the same at a fixed arrival rate (open loop), the aim's own terms
  const second = await drafts(handle.db, 'GE_SEMIANNUAL', 'semiannual', '2025-07-01', '2025-12-31');
  const tr = performance.now();
  const paced = await submitAtRate(second, instances, RATE);
  const pacedSeconds = (performance.now() - tr) / 1000;
  const pacedOk = paced.filter((r) => r.status === 200);
  report(
    `deadline day at ${RATE}/s offered: ${second.length} submissions, 2 instances`,
    stats(pacedOk.map((r) => r.ms)),
    `${(pacedOk.length / pacedSeconds).toFixed(0)}/s errors=${paced.length - pacedOk.length} in ${pacedSeconds.toFixed(1)} s`,
  );
  const c1b = await check(handle.db, second);
  console.log(
    `  submitted=${c1b.submitted}/${second.length} events=${c1b.events} audits=${c1b.audits} half-written=${c1b.half}`,
  );

  // Phase 2: kill -9 one instance in the middle of the monthly reports
  const monthly = await drafts(handle.db, 'GE_MONTHLY', 'monthly', '2026-10-01', '2026-10-31');
  let killed = false;
  const alive = () => (killed ? [b] : instances);
  const killer = setTimeout(() => {
    a.server.child.kill('SIGKILL');
    killed = true;
  }, 1000);
  const r2 = await submitAll(monthly, instances, alive, CONCURRENCY);
  clearTimeout(killer);
  const c2 = await check(handle.db, monthly);
  const failed = r2.filter((r) => r.status !== 200).length;
  console.log(
    `kill -9 during submissions: ${monthly.length} reports; requests failed and retried: ${failed}; ` +
      `submitted=${c2.submitted} events=${c2.events} audits=${c2.audits} half-written=${c2.half} ` +
      `(conflicts on retry of a request that had committed: ${r2.filter((r) => r.status === 409).length})`,
  );
  const lost = c2.submitted !== monthly.length || c2.events !== monthly.length || c2.half !== 0;
  console.log(
    lost
      ? 'FAULTS: NOT MET (see counts above)'
      : 'FAULTS: MET — nothing lost, nothing duplicated, nothing half-written',
  );
  const rate = ok.length / seconds;
  const p99 = stats(ok.map((r) => r.ms)).p99;
  console.log(
    `LOAD (closed loop, c=${CONCURRENCY}): ${rate >= 500 && p99 <= 200 ? 'MET' : 'NOT MET'} (aim ≥ 500/s, p99 ≤ 200 ms; got ${rate.toFixed(0)}/s, p99 ${p99.toFixed(0)} ms)`,
  );
  const pacedRate = pacedOk.length / pacedSeconds;
  const pacedP99 = stats(pacedOk.map((r) => r.ms)).p99;
  const pacedMet = pacedRate >= 500 && pacedP99 <= 200 && pacedOk.length === second.length;
  console.log(
    `LOAD (open loop, ${RATE}/s offered): ${pacedMet ? 'MET' : 'NOT MET'} (sustained ${pacedRate.toFixed(0)}/s, p99 ${pacedP99.toFixed(0)} ms, errors ${paced.length - pacedOk.length})`,
  );
  for (const i of [a, b]) await i.server.stop();
} finally {
  await handle.close();
  pg.stop();
}
