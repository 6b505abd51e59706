/**
 * Deadline day's pieces, shared by the load benchmark (bench/deadline-day.ts) and the fault test
 * (tests/integration/instance-kill.test.ts): every commune's draft, the submissions over several
 * instances (a failed connection is retried on another, as a load balancer would), and the check
 * that each report ended submitted exactly once with nothing half-written.
 */
import http from 'node:http';
import { sql } from 'kysely';
import type { Database } from '../../src/core/db/database.ts';

/** A signed-in instance of `binhdang serve`. */
export interface Endpoint {
  url: string;
  cookie: string;
  csrf: string;
}

/** Draft reports of every 2025 commune for a form and period, each with one figure. */
export async function drafts(
  db: Database,
  formCode: string,
  type: string,
  start: string,
  end: string,
): Promise<number[]> {
  const rows = await sql<{ id: number }>`
    insert into report (form_id, unit_id, province_id, period_type, period_start, period_end)
    select f.id, u.id, u.province_id, ${type}, ${start}::date, ${end}::date
    from admin_unit u, report_form f
    where u.version = '2025' and u.level = 'commune' and f.code = ${formCode}
    returning id`.execute(db);
  await sql`
    insert into data_value (data_element_id, category, unit_id, rollup_unit_id, province_id, period_type, period_start, value, report_id)
    select e.id, 'total', r.unit_id, r.unit_id, r.province_id, r.period_type, r.period_start, 3, r.id
    from report r, data_element e
    where e.code = 'COMMUNICATION_EVENTS' and r.id = any(${rows.rows.map((r) => r.id)})`.execute(db);
  return rows.rows.map((r) => r.id);
}

export type Result = { ms: number; status: number };

// node:http with keep-alive: the load generator shares the two cores, and fetch costs it more CPU.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
function post(inst: Endpoint, path: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${inst.url}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: inst.cookie,
          'x-csrf-token': inst.csrf,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Submits every report, `concurrency` at a time, round-robin over the instances still alive. */
export async function submitAll(
  ids: number[],
  instances: Endpoint[],
  alive: () => Endpoint[],
  concurrency: number,
  onAnswer: () => void = () => undefined,
): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const worker = async (w: number) => {
    while (next < ids.length) {
      const id = ids[next++]!;
      for (let attempt = 0; ; attempt++) {
        const live = alive();
        const inst = live[(w + attempt) % live.length] ?? instances[0]!;
        const t0 = performance.now();
        try {
          const status = await post(inst, `/api/v1/reports/${id}/actions`, '{"action":"submit"}');
          results.push({ ms: performance.now() - t0, status });
          onAnswer();
          break;
        } catch {
          // the instance died under us: retry on another, as a load balancer would
          results.push({ ms: performance.now() - t0, status: 0 });
          if (attempt > 5) break;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return results;
}

export async function check(db: Database, ids: number[]) {
  const r = await sql<{ submitted: number; events: number; audits: number; half: number }>`
    select
      (select count(*)::int from report where id = any(${ids}) and status = 'submitted') as submitted,
      (select count(*)::int from report_event where report_id = any(${ids}) and action = 'submit') as events,
      (select count(*)::int from audit_log where action = 'report.submit' and entity_id = any(${ids.map(String)})) as audits,
      (select count(*)::int from report where id = any(${ids})
        and ((status = 'submitted') <> (submitted_at is not null))) as half`.execute(db);
  return r.rows[0]!;
}

/**
 * Submits every report at a fixed arrival rate (open loop: request i leaves at i/rate seconds,
 * whatever the answers before it), round-robin over the instances. Latency counts from the moment a
 * request was due to leave, so a server falling behind shows in it (no coordinated omission).
 */
export async function submitAtRate(ids: number[], instances: Endpoint[], rate: number): Promise<Result[]> {
  const results: Result[] = [];
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < ids.length; i++) {
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const inst = instances[i % instances.length]!;
    pending.push(
      post(inst, `/api/v1/reports/${ids[i]!}/actions`, '{"action":"submit"}').then(
        (status) => void results.push({ ms: performance.now() - due, status }),
        () => void results.push({ ms: performance.now() - due, status: 0 }),
      ),
    );
  }
  await Promise.all(pending);
  return results;
}
