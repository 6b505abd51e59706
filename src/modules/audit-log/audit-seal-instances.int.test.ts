/**
 * The sealing job through the scheduler (one log line per new seal), and, on PostgreSQL, several
 * instances sealing at the same moment while rows are written, and a transaction that commits its
 * audit row after rows with higher ids were sealed.
 */
import { testClock } from '../../../tests/support/test-clock.ts';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../core/auth/roles.ts';
import { loadConfig } from '../../core/config/config.ts';
import type { Database, DatabaseHandle } from '../../core/db/database.ts';
import type { DB } from '../../core/db/schema.ts';
import { createTestDatabase, testDatabaseKind } from '../../../tests/support/test-database.ts';
import { SchedulerRepository } from '../scheduler/scheduler.repository.ts';
import { runDueJobs } from '../scheduler/scheduler.ts';
import { AuditLogRepository, auditRow } from './audit-log.repository.ts';
import { AUDIT_SEAL_JOB, auditSealJob } from './audit-seal.job.ts';
import { AuditSealService } from './audit-seal.service.ts';

const actor = systemActor('seal-test');
const audit = (db: Database, action: string) =>
  new AuditLogRepository(db).insert(actor, { action, entityType: 'agency', entityId: 1 });

let h: DatabaseHandle & { url?: string };
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => h?.close());

describe('the sealing job', () => {
  it('runs under the scheduler and writes each new seal to the log, once', async () => {
    await audit(h.db, 'agency.create');
    await audit(h.db, 'agency.update');
    const lines: string[] = [];
    const job = auditSealJob(h.db, loadConfig({ AUDIT_SEAL_INTERVAL_SECONDS: '300' }), (m) => lines.push(m));
    expect(job.everySeconds).toBe(300);
    const clock = testClock();
    await new SchedulerRepository(h.db).dueNow(AUDIT_SEAL_JOB, clock.now());
    expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual([AUDIT_SEAL_JOB]);
    const [seal] = await new AuditSealService(h.db).sealNew(); // nothing left
    expect(seal).toBeUndefined();
    const last = (await new AuditSealService(h.db).verify()).lastSeal!;
    expect(lines).toEqual([`binhdang: audit seal ${last.id}: 2 rows, digest ${last.digest}`]);
    // not due again for five minutes
    expect(await runDueJobs(h.db, [job], 'instance-a', clock)).toEqual([]);
  });
});

// Several connections to one database: PGlite has one.
describe.skipIf(testDatabaseKind() !== 'postgres')('several instances on one PostgreSQL', () => {
  const instances: Kysely<DB>[] = [];
  beforeAll(() => {
    for (let i = 0; i < 4; i++)
      instances.push(
        new Kysely<DB>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: h.url, max: 3 }) }),
        }),
      );
  });
  afterAll(async () => Promise.all(instances.map((db) => db.destroy())));

  it('never seal a row twice nor skip one when they seal at the same moment as rows are written', async () => {
    const writers = instances.map(async (db, i) => {
      for (let n = 0; n < 40; n++) await audit(db, `test.write.${i}`);
    });
    const sealers = instances.map(async (db) => {
      const made = [];
      for (let n = 0; n < 8; n++) made.push(...(await new AuditSealService(db).sealNew(7)));
      return made;
    });
    await Promise.all(writers);
    const made = (await Promise.all(sealers)).flat();
    made.push(...(await new AuditSealService(h.db).sealNew(7)));
    const ids = made.map((s) => s.id).sort((a, b) => a - b);
    expect(new Set(ids).size).toBe(ids.length); // no seal number made twice
    const rows = await sql<{ seal_id: number; n: number }>`
      select seal_id, count(*)::int as n from audit_log group by seal_id order by seal_id`.execute(h.db);
    expect(rows.rows.find((r) => r.seal_id === null)).toBeUndefined();
    for (const s of made) expect(rows.rows.find((r) => r.seal_id === s.id)?.n).toBe(s.rowCount);
    const r = await new AuditSealService(h.db).verify();
    expect(r).toMatchObject({ ok: true, unsealedRows: 0, broken: null });
    expect(r.sealedRows).toBe(2 + 4 * 40);
  });

  it('seals an audit row committed after rows with higher ids were sealed', async () => {
    const [a, b] = instances;
    let lateId = '';
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const written = new Promise<void>((resolve) => (inserted = resolve));
    // a long import: its audit row takes an id now and becomes visible at commit
    const longImport = a!.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('audit_log')
        .values(auditRow(actor, { action: 'report.import', entityType: 'report', entityId: 1 }))
        .returning('id')
        .executeTakeFirstOrThrow();
      lateId = row.id;
      inserted();
      await held;
    });
    await written;
    const service = new AuditSealService(b!);
    try {
      await audit(b!, 'agency.update'); // a higher id, committed at once
      const [early] = await service.sealNew();
      expect(early).toMatchObject({ rowCount: 1 });
    } finally {
      release();
      await longImport;
    }
    const [late] = await service.sealNew();
    expect(late).toMatchObject({ rowCount: 1 });
    const seal = await h.db
      .selectFrom('audit_log')
      .select('seal_id')
      .where('id', '=', lateId)
      .executeTakeFirst();
    expect(seal?.seal_id).toBe(late!.id);
    expect(await service.verify()).toMatchObject({ ok: true, unsealedRows: 0 });
  });
});
