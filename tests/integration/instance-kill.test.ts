/**
 * kill -9 of an app instance under load (issue 7, faults). Two `binhdang serve` instances share one
 * PostgreSQL; instance A is killed with SIGKILL in the middle of (1) every commune's submissions and
 * (2) a country-wide import. Nothing committed is lost, nothing is half-written or duplicated, and
 * instance B carries on. The deadline-day benchmark measures the same at full speed; this keeps it
 * in the suite.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/core/db/database.ts';
import { signInOver, type ApiSession } from '../support/api-session.ts';
import { check, drafts, submitAll } from '../support/deadline-day.ts';
import { findPostgresBin, startPostgres, type PostgresServer } from '../support/postgres-server.ts';
import { preparedPostgres } from '../support/prepared-postgres.ts';
import type { ServerProcess } from '../support/server-process.ts';

const bin = findPostgresBin();
const PASSWORD = 'mat-khau-su-co-2026';
let pg: PostgresServer;
let handle: DatabaseHandle;
let serve: Awaited<ReturnType<typeof preparedPostgres>>;
let b: ServerProcess;
let apiB: ApiSession;
const started: ServerProcess[] = [];

/** A fresh instance A (each test kills its own). */
async function instanceA(): Promise<{ a: ServerProcess; apiA: ApiSession }> {
  const a = await serve({ SCHEDULER: '0' });
  started.push(a);
  return { a, apiA: await signInOver(a.baseUrl, 'quan.tri', PASSWORD) };
}

async function kill(a: ServerProcess): Promise<void> {
  const exited = new Promise((r) => a.child.once('exit', r));
  a.child.kill('SIGKILL');
  await exited;
}

/** Until PostgreSQL has ended the dead instance's sessions (and rolled back their transactions). */
async function settled(): Promise<void> {
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const r = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(
      handle.db,
    );
    if (r.rows[0]!.n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!bin)('kill -9 of an instance', () => {
  beforeAll(async () => {
    pg = await startPostgres(bin!);
    serve = await preparedPostgres(pg, 'quan.tri', PASSWORD);
    b = await serve({ SCHEDULER: '0' });
    started.push(b);
    apiB = await signInOver(b.baseUrl, 'quan.tri', PASSWORD);
    handle = await openDatabase({ databaseUrl: pg.url });
  });
  afterAll(async () => {
    await handle?.close();
    for (const s of started) await s.stop();
    pg?.stop();
  });

  it('in the middle of every commune’s submissions loses and duplicates nothing', async () => {
    const { a, apiA } = await instanceA();
    const ids = await drafts(handle.db, 'GE_SEMIANNUAL', 'semiannual', '2026-01-01', '2026-06-30');
    let killed = false;
    let done = 0;
    const watcher = (async () => {
      while (done < ids.length / 3) await new Promise((r) => setTimeout(r, 20));
      await kill(a);
      killed = true;
    })();
    const results = await submitAll(
      ids,
      [apiA, apiB],
      () => (killed ? [apiB] : [apiA, apiB]),
      16,
      () => done++,
    );
    await watcher;
    await settled();
    expect(results.some((r) => r.status === 0)).toBe(true); // some requests died with A
    const c = await check(handle.db, ids);
    expect(c).toEqual({ submitted: ids.length, events: ids.length, audits: ids.length, half: 0 });
  });

  it('in the middle of a country-wide import leaves nothing half-imported', async () => {
    const { a, apiA } = await instanceA();
    const PERIOD = '2026-09-01';
    const counts = async () =>
      (
        await sql<{ reports: number; values: number; events: number; audits: number }>`
          select
            (select count(*)::int from report where period_start = ${PERIOD}) as reports,
            (select count(*)::int from data_value where period_start = ${PERIOD} and period_type = 'monthly') as values,
            (select count(*)::int from report_event e join report r on r.id = e.report_id
               where r.period_start = ${PERIOD} and e.action = 'import') as events,
            (select count(*)::int from audit_log where action = 'report.import') as audits`.execute(handle.db)
      ).rows[0]!;
    const codes = await sql<{ code: string }>`
      select code from admin_unit where version = '2025' and level = 'commune' order by code`.execute(
      handle.db,
    );
    const csv = [
      'unit_code,unit_version,period_start,element_code,category,value',
      ...codes.rows.map((u) => `${u.code},2025,${PERIOD},COMMUNICATION_EVENTS,total,2`),
    ].join('\n');
    const forms = (await (await apiB.get('/report-forms')).json()) as {
      items: { id: number; code: string }[];
    };
    const formId = forms.items.find((f) => f.code === 'GE_MONTHLY')!.id;
    const body = { formId, fileName: 'thang-9.csv', contentBase64: Buffer.from(csv).toString('base64') };

    const onA = apiA.post('/reports/import', body).then(
      (r) => r.status,
      () => 'connection lost' as const,
    );
    // kill while the import's transaction is open and writing — seen in pg_stat_activity, not guessed
    for (let open = false, deadline = Date.now() + 60_000; !open;) {
      if (Date.now() > deadline) throw new Error('the import never started');
      const r = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()
          and xact_start < now() - interval '300 ms' and query ilike '%report%'`.execute(handle.db);
      open = r.rows[0]!.n > 0;
      if (!open) await new Promise((r) => setTimeout(r, 50));
    }
    await kill(a);
    expect(await onA).toBe('connection lost');
    expect((await apiB.get('/auth/me')).status).toBe(200); // the other instance carries on
    await settled();
    expect(await counts()).toEqual({ reports: 0, values: 0, events: 0, audits: 0 });

    const again = await apiB.post('/reports/import', body);
    expect(again.status).toBe(200);
    const n = codes.rows.length;
    expect(await again.json()).toEqual({ reports: n, values: n, created: n });
    expect(await counts()).toEqual({ reports: n, values: n, events: n, audits: 1 });
  });
});
