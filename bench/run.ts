/**
 * Benchmarks (speed goals live here, never in tests): reference-data load, unit search and lineage
 * on embedded PGlite, or on PostgreSQL when BENCH_DATABASE_URL is set (an empty database).
 * Prints one line per measurement: name, operations, mean, p50, p95 and p99 in milliseconds.
 * Then, when BENCH_DATABASE_URL is set or `--reporting` is given, the reporting benchmark
 * (bench/reporting.ts: bulk load, dashboard queries, approval → visible).
 */
import { openDatabase } from '../src/core/db/database.ts';
import { prepareDatabase } from '../src/app/bootstrap.ts';
import { systemActor } from '../src/core/auth/roles.ts';
import { UnitsService } from '../src/modules/units/units.service.ts';
import { UnitsRepository } from '../src/modules/units/units.repository.ts';
import { measure } from './measure.ts';

const url = process.env.BENCH_DATABASE_URL;
const handle = await openDatabase(url ? { databaseUrl: url } : { dataDir: 'memory://' });
await measure('migrate + load reference data', 1, () => prepareDatabase(handle));
const units = new UnitsService(handle.db);
const actor = systemActor('bench');
const queries = ['thai binh', 'hoa', 'phuong 1', 'ha noi', 'dong nai', 'xa tan', 'quyet thang', 'ba dinh'];
await measure('units search (2025)', 200, (i) =>
  units.search(actor, { q: queries[i % queries.length], version: '2025', limit: 50 }),
);
await measure('units search (2024)', 200, (i) =>
  units.search(actor, { q: queries[i % queries.length], version: '2024', limit: 50 }),
);
const hungYen = await new UnitsRepository(handle.db).findByCode('2025', '33');
await measure('unit lineage (province, 2 sources)', 200, () => units.lineage(actor, hungYen!.id));
await measure('unit on date (2024 view)', 200, () => units.onDate(actor, hungYen!.id, '2024-12-31'));
await handle.close();

const { readFileSync, readdirSync } = await import('node:fs');
const { parsePlan } = await import('../src/modules/plans/parser/parse-plan.ts');
const seedDir = new URL('../tests/fixtures/seeds/', import.meta.url);
for (const file of readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(new URL(file, seedDir), 'utf8');
  await measure(`plan parse ${file.slice(0, 20)} (goal < 20 ms)`, 50, async () => parsePlan(text));
}

if (process.env.BENCH_DATABASE_URL || process.argv.includes('--reporting')) {
  const { runReportingBench } = await import('./reporting.ts');
  await runReportingBench(process.argv.slice(2));
}
