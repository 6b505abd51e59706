/**
 * kill -9 of an app instance in the middle of an import (issue 7, faults). Two `binhdang serve`
 * instances share one PostgreSQL. Instance A receives a CSV with one figure for every commune of
 * the country (3,321 reports, one transaction of several seconds) and is killed with SIGKILL while
 * that transaction is open — seen in pg_stat_activity, not guessed from a timer. Then: nothing of it is in the
 * database (no report, value, event or audit row: PostgreSQL rolled the dead connection back),
 * instance B answered throughout, and the same file imported on B lands whole, once.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openDatabase } from '../../src/core/db/database.ts';
import { signInOver } from '../support/api-session.ts';
import { findPostgresBin, startPostgres } from '../support/postgres-server.ts';
import { preparedPostgres } from '../support/prepared-postgres.ts';

const bin = findPostgresBin();
const PASSWORD = 'mat-khau-nhap-du-lieu';
const PERIOD = '2026-09-01';

it.skipIf(!bin)(
  'leaves nothing half-imported when an instance dies mid-import',
  { timeout: 300_000 },
  async () => {
    const pg = await startPostgres(bin!);
    const serve = await preparedPostgres(pg, 'quan.tri', PASSWORD);
    const [a, b] = [await serve({ SCHEDULER: '0' }), await serve({ SCHEDULER: '0' })];
    const handle = await openDatabase({ databaseUrl: pg.url });
    const db = handle.db;
    const counts = async () =>
      (
        await sql<{ reports: number; values: number; events: number; audits: number }>`
        select
          (select count(*)::int from report where period_start = ${PERIOD}) as reports,
          (select count(*)::int from data_value where period_start = ${PERIOD} and period_type = 'monthly') as values,
          (select count(*)::int from report_event e join report r on r.id = e.report_id
             where r.period_start = ${PERIOD} and e.action = 'import') as events,
          (select count(*)::int from audit_log where action = 'report.import') as audits`.execute(db)
      ).rows[0]!;
    try {
      const codes = await sql<{ code: string }>`
      select code from admin_unit where version = '2025' and level = 'commune' order by code`.execute(db);
      const csv = [
        'unit_code,unit_version,period_start,element_code,category,value',
        ...codes.rows.map((u) => `${u.code},2025,${PERIOD},COMMUNICATION_EVENTS,total,2`),
      ].join('\n');
      const apiA = await signInOver(a.baseUrl, 'quan.tri', PASSWORD);
      const apiB = await signInOver(b.baseUrl, 'quan.tri', PASSWORD);
      const forms = (await (await apiB.get('/report-forms')).json()) as {
        items: { id: number; code: string }[];
      };
      const formId = forms.items.find((f) => f.code === 'GE_MONTHLY')!.id;
      const body = { formId, fileName: 'thang-9.csv', contentBase64: Buffer.from(csv).toString('base64') };

      const onA = apiA.post('/reports/import', body).then(
        (r) => r.status,
        () => 'connection lost' as const,
      );
      // the import's transaction is open and writing (it runs for seconds: one group at a time)
      for (let open = false, deadline = Date.now() + 60_000; !open;) {
        if (Date.now() > deadline) throw new Error('the import never started');
        const r = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and xact_start < now() - interval '300 ms'
          and query ilike '%report%'`.execute(db);
        open = r.rows[0]!.n > 0;
        if (!open) await new Promise((r) => setTimeout(r, 50));
      }
      const exited = new Promise((r) => a.child.once('exit', r));
      a.child.kill('SIGKILL');
      await exited;
      expect(await onA).toBe('connection lost');
      expect((await apiB.get('/auth/me')).status).toBe(200); // the other instance carries on

      // PostgreSQL ends the dead instance's session and rolls its transaction back
      for (let deadline = Date.now() + 30_000; ;) {
        const r = await sql<{ n: number }>`
        select count(*)::int as n from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(
          db,
        );
        if (r.rows[0]!.n === 0 || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(await counts()).toEqual({ reports: 0, values: 0, events: 0, audits: 0 });

      const again = await apiB.post('/reports/import', body);
      expect(again.status).toBe(200);
      const n = codes.rows.length;
      expect(await again.json()).toEqual({ reports: n, values: n, created: n });
      expect(await counts()).toEqual({ reports: n, values: n, events: n, audits: 1 });
    } finally {
      await handle.close();
      await a.stop();
      await b.stop();
      pg.stop();
    }
  },
);
