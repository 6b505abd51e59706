/**
 * The data of the reporting benchmark (bench/reporting.ts): the 60 elements and the bench form, and
 * the bulk load of approved monthly values (and indicator years) for the units in scope.
 */
import { sql } from 'kysely';
import type { Database, DatabaseHandle } from '../src/core/db/database.ts';
import { report, stats } from './measure.ts';

export const ELEMENTS = 60;
export const FORM_CODE = 'BENCH_MONTHLY';
export const AIM_P50_MS = 50;
export const AIM_FRESH_MS = 1000;

export interface Scale {
  name: string;
  /** Province code (2025) whose communes report; null: every 2025 unit (provinces and communes). */
  provinceCode: string | null;
  years: number[];
}
export const SCALES: Record<string, Scale> = {
  small: { name: 'small', provinceCode: '33', years: [2025] },
  medium: { name: 'medium', provinceCode: null, years: [2025] },
  full: { name: 'full', provinceCode: null, years: [2021, 2022, 2023, 2024, 2025] },
};

/**
 * The throwaway server's settings (`--pg`): durable like production (the test defaults turn fsync
 * off), sized for the machine (a quarter of memory for shared buffers), room for a bulk load.
 */
export const PG_SETTINGS = {
  fsync: 'on',
  synchronous_commit: 'on',
  full_page_writes: 'on',
  shared_buffers: '6GB',
  effective_cache_size: '16GB',
  maintenance_work_mem: '1GB',
  work_mem: '32MB',
  max_wal_size: '16GB',
  checkpoint_timeout: '15min',
};

/** Seeded pseudo-random numbers (mulberry32), so runs pick the same provinces and periods. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n: number) => String(n).padStart(2, '0');
export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export interface BenchSetup {
  formId: number;
  fields: { id: number; code: string }[];
}

/** The 60 elements (shipped ones first, then BENCH_E01…) and the monthly form bound to them. */
export async function setupForm(db: Database): Promise<BenchSetup> {
  // One form per element and period type: shipped elements already on an active monthly form
  // (GE_MONTHLY) stay off the bench form.
  const shipped = await db
    .selectFrom('data_element as e')
    .select(['e.id', 'e.code'])
    .where('e.code', 'not like', 'BENCH\\_%')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('report_form_field as ff')
            .innerJoin('report_form as rf', 'rf.id', 'ff.form_id')
            .select('ff.form_id')
            .whereRef('ff.data_element_id', '=', 'e.id')
            .where('rf.period_type', '=', 'monthly')
            .where('rf.is_active', '=', true)
            .where('rf.code', '<>', FORM_CODE),
        ),
      ),
    )
    .orderBy('e.id')
    .limit(ELEMENTS)
    .execute();
  const synthetic = ELEMENTS - shipped.length;
  if (synthetic > 0)
    await sql`
      insert into data_element (code, name, name_en, disaggregation)
      select 'BENCH_E' || lpad(g::text, 2, '0'), 'Chỉ tiêu thử nghiệm ' || g, 'Benchmark element ' || g, 'none'
      from generate_series(1, ${synthetic}) g
      on conflict (code) do nothing`.execute(db);
  const bench = await db
    .selectFrom('data_element')
    .select(['id', 'code'])
    .where('code', 'like', 'BENCH\\_E%')
    .orderBy('code')
    .limit(Math.max(0, synthetic))
    .execute();
  const fields = [...shipped, ...bench];
  await db
    .insertInto('report_form')
    .values({
      code: FORM_CODE,
      name: 'Báo cáo thử nghiệm hằng tháng (benchmark)',
      name_en: 'Benchmark monthly report',
      period_type: 'monthly',
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  const form = await db
    .selectFrom('report_form')
    .select('id')
    .where('code', '=', FORM_CODE)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('report_form_field')
    .values(fields.map((f, i) => ({ form_id: form.id, data_element_id: f.id, position: i + 1 })))
    .onConflict((oc) => oc.columns(['form_id', 'data_element_id']).doNothing())
    .execute();
  // The form as stored (a reused database keeps the fields it was loaded with).
  const stored = await db
    .selectFrom('report_form_field as f')
    .innerJoin('data_element as e', 'e.id', 'f.data_element_id')
    .select(['e.id', 'e.code'])
    .where('f.form_id', '=', form.id)
    .orderBy('f.position')
    .execute();
  return { formId: form.id, fields: stored };
}

/** The SQL condition on admin_unit `u` for the units in scope. */
export function unitScope(provinceId: number | null) {
  return provinceId === null
    ? sql<boolean>`u.version = '2025'`
    : sql<boolean>`u.version = '2025' and u.level = 'commune' and u.province_id = ${provinceId}`;
}

/** One month: a report per unit (random order, as they arrive) and its 60 approved values. */
export async function loadMonth(db: Database, formId: number, provinceId: number | null, month: string) {
  const r = await sql`
    with r as (
      insert into report (form_id, unit_id, province_id, period_type, period_start, period_end,
                          due_date, status, submitted_at, decided_at)
      select ${formId}, u.id, coalesce(u.province_id, u.id), 'monthly', ${month}::date,
             (${month}::date + interval '1 month' - interval '1 day')::date,
             (${month}::date + interval '1 month' + interval '4 days')::date,
             'approved', ${month}::date + interval '1 month 2 days', ${month}::date + interval '1 month 6 days'
      from admin_unit u
      where ${unitScope(provinceId)}
      order by random()
      returning id, unit_id, province_id
    )
    insert into data_value (data_element_id, category, unit_id, rollup_unit_id, province_id, period_type,
                            period_start, value, report_id, approved, updated_at)
    select f.data_element_id, 'total', r.unit_id, r.unit_id, r.province_id, 'monthly', ${month}::date,
           floor(random() * 100)::int, r.id, true, ${month}::date + interval '1 month 6 days'
    from r cross join report_form_field f
    where f.form_id = ${formId}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * One year of annual values of the (element, category) pairs the indicators read; one unit-year in
 * five has two semiannual rows instead (the indicators' fallback when a unit has no annual row).
 */
export async function loadIndicatorYear(db: Database, provinceId: number | null, year: number) {
  const r = await sql`
    insert into data_value (data_element_id, category, unit_id, rollup_unit_id, province_id, period_type,
                            period_start, value, report_id, approved)
    select p.element_id, p.category, u.id, u.id, coalesce(u.province_id, u.id), t.period_type,
           t.period_start, floor(random() * 1000)::int, null, true
    from admin_unit u
    cross join (
      select numerator_element_id as element_id, numerator_category as category
      from indicator where numerator_element_id is not null
      union
      select denominator_element_id, denominator_category
      from indicator where denominator_element_id is not null
    ) p
    cross join lateral (
      select 'annual' as period_type, make_date(${year}, 1, 1) as period_start where (u.id + ${year}) % 5 <> 0
      union all
      select 'semiannual', make_date(${year}, 1, 1) where (u.id + ${year}) % 5 = 0
      union all
      select 'semiannual', make_date(${year}, 7, 1) where (u.id + ${year}) % 5 = 0
    ) t
    where ${unitScope(provinceId)}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

export async function bulkLoad(
  handle: DatabaseHandle,
  setup: BenchSetup,
  provinceId: number | null,
  scale: Scale,
): Promise<void> {
  const { db } = handle;
  const months = scale.years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${pad(m + 1)}-01`));
  // Two months at a time on a server (two cores here); PGlite has one connection anyway.
  const workers = handle.kind === 'postgres' ? Number(process.env.BENCH_LOAD_WORKERS ?? 2) : 1;
  const queue = [...months];
  let rows = 0;
  let done = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let m = queue.shift(); m !== undefined; m = queue.shift()) {
        const n = await loadMonth(db, setup.formId, provinceId, m);
        rows += n;
        if (++done % 12 === 0)
          console.log(
            `  … ${done}/${months.length} months, ${fmt(rows)} values, ${((performance.now() - t0) / 1000).toFixed(0)} s`,
          );
      }
    }),
  );
  const monthly = performance.now() - t0;
  report(
    'bulk load monthly values',
    stats([monthly]),
    `rows=${fmt(rows)}  ${fmt(rows / (monthly / 1000))} rows/s  (and ${fmt(rows / setup.fields.length)} reports)`,
  );
  const t1 = performance.now();
  let annual = 0;
  for (const y of scale.years) annual += await loadIndicatorYear(db, provinceId, y);
  const annualMs = performance.now() - t1;
  report(
    'bulk load annual indicator values',
    stats([annualMs]),
    `rows=${fmt(annual)}  ${fmt(annual / (annualMs / 1000))} rows/s`,
  );
  const t2 = performance.now();
  await sql`vacuum (analyze) data_value`.execute(db);
  await sql`analyze report`.execute(db);
  report('vacuum analyze after load', stats([performance.now() - t2]));
  const total = performance.now() - t0;
  report(
    'bulk load total (with vacuum)',
    stats([total]),
    `rows=${fmt(rows + annual)}  ${fmt((rows + annual) / (total / 1000))} rows/s`,
  );
}
