/**
 * Benchmarks (speed goals live here, never in tests): reference-data load, unit search and lineage
 * on embedded PGlite, or on PostgreSQL when BENCH_DATABASE_URL is set (an empty database).
 * Prints one line per measurement: name, operations, mean and p95 in milliseconds.
 */
import { openDatabase } from '../src/core/db/database.ts';
import { prepareDatabase } from '../src/app/bootstrap.ts';
import { systemActor } from '../src/core/auth/roles.ts';
import { UnitsService } from '../src/modules/units/units.service.ts';
import { UnitsRepository } from '../src/modules/units/units.repository.ts';

async function measure(name: string, n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / n;
  const p95 = times[Math.floor(n * 0.95)] ?? mean;
  console.log(
    `${name.padEnd(34)} n=${String(n).padStart(4)}  mean=${mean.toFixed(2)}ms  p95=${p95.toFixed(2)}ms`,
  );
}

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
