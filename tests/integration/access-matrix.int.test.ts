/**
 * The authorization matrix, generated: every route of the app × every caller × how the caller's
 * unit stands to the target (tests/support/access-matrix/). Callers: anonymous, a national system
 * administrator, each other role at Hưng Yên (33) and at Phường Phố Hiến (11953), and on case
 * routes the case's assigned team. Relations: same unit, a unit above, a unit below, another
 * province. A cell is allowed unless the answer is 401, 403 FORBIDDEN or the route's not-found
 * code that hides a row (where the entry names who reads the row, a caller outside it must get the
 * not-found code, a caller inside it 403); a 5xx, a CSRF refusal or a request the route's schema refuses from the
 * anonymous caller (validation runs before the session hook) is a broken cell, not a verdict.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callerKey,
  cellLabel,
  cellsOf,
  createCallers,
  siteOf,
  type Caller,
} from '../support/access-matrix/actors.ts';
import { createFixtures } from '../support/access-matrix/fixtures.ts';
import { ENTRIES, HIDDEN_ROUTES } from '../support/access-matrix/index.ts';
import type { Cell, Entry, Fixtures, Params } from '../support/access-matrix/types.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let callers: Map<string, Caller>;
let fx: Fixtures;
/** Cells run so far (each one asserted). */
let executed = 0;

beforeAll(async () => {
  t = await createTestApp();
  callers = await createCallers(t);
  fx = await createFixtures(t, callers);
});
afterAll(async () => t.close());

const name = (e: Entry) => (e.variant ? `${e.route} (${e.variant})` : e.route);

type Verdict = 'allowed' | 'denied' | { broken: string };

function errorCode(res: LightMyRequestResponse): string | null {
  if (!String(res.headers['content-type'] ?? '').includes('json')) return null;
  try {
    return res.json<{ error?: { code?: string } }>().error?.code ?? null;
  } catch {
    return null;
  }
}

function judge(entry: Entry, cell: Cell, res: LightMyRequestResponse): Verdict {
  const code = errorCode(res);
  const broken = (why: string) => ({ broken: `${why}: ${res.statusCode} ${res.body.slice(0, 300)}` });
  if (res.statusCode >= 500) return broken('server error');
  if (code === 'CSRF_TOKEN_INVALID') return broken('CSRF refusal');
  if (cell.kind === 'anonymous' && code === 'VALIDATION_FAILED')
    return broken('the request fails the route schema, so no authorization was reached');
  if (res.statusCode === 401) return 'denied';
  const forbidden = res.statusCode === 403 && code === 'FORBIDDEN';
  const hidden = res.statusCode === 404 && code !== null && entry.hides?.includes(code) === true;
  if (entry.readers && cell.kind !== 'anonymous') {
    if (forbidden && !entry.readers(cell)) return broken('a row outside the read scope answers 403');
    if (hidden && entry.readers(cell)) return broken('a row the caller reads answers not found');
  }
  if (forbidden || hidden) return 'denied';
  if (entry.deniedWhen?.(res)) return 'denied';
  return 'allowed';
}

function fillPath(route: string, params: Params): string {
  const [, path] = route.split(' ') as [string, string];
  return path.replace(/:(\w+)/g, (_, key: string) => {
    if (params[key] === undefined) throw new Error(`${route}: no value for :${key}`);
    return encodeURIComponent(String(params[key]));
  });
}

async function runCell(entry: Entry, cell: Cell, tag: string) {
  const caller = callers.get(callerKey(cell))!;
  const client =
    entry.ownSession && caller.username !== null ? await t.signIn(caller.username) : caller.client;
  const call = { fx, site: fx.sites[siteOf(cell)], cell, userId: caller.userId, tag };
  const url = fillPath(entry.route, (await entry.params?.(call)) ?? {});
  const query = entry.query?.(call);
  const method = entry.route.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  const res = await client.request(method, query ? `${url}?${query}` : url, entry.body?.(call));
  if (entry.endsSessions && caller.username !== null) caller.client = await t.signIn(caller.username);
  if (process.env.MATRIX_DUMP)
    console.log(`DUMP ${name(entry)} | ${cellLabel(cell)} | ${res.statusCode} ${errorCode(res) ?? ''}`);
  return judge(entry, cell, res);
}

describe('the table', () => {
  it('names every route of the app, and only routes the app has', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const served = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    for (const hidden of HIDDEN_ROUTES) {
      const [method, url] = hidden.split(' ') as ['GET', string];
      expect(t.app.hasRoute({ method, url }), hidden).toBe(true);
    }
    const declared = new Set(ENTRIES.map((e) => e.route));
    const app = new Set([...served, ...HIDDEN_ROUTES]);
    expect(
      [...app].filter((r) => !declared.has(r)),
      'routes with no entry in the access matrix',
    ).toEqual([]);
    expect(
      [...declared].filter((r) => !app.has(r)),
      'entries for routes the app does not have',
    ).toEqual([]);
    expect(served.length).toBeGreaterThan(100);
  });
});

describe.each(ENTRIES.map((e, i) => [name(e), e, i] as const))('%s', (_, entry, index) => {
  it('allows exactly whom the table names', async () => {
    const cells = cellsOf(entry);
    const wrong: string[] = [];
    for (const [j, cell] of cells.entries()) {
      const expected = entry.rule(cell) ? 'allowed' : 'denied';
      const got = await runCell(entry, cell, `${index}x${j}`);
      executed += 1;
      if (got !== expected)
        wrong.push(`${cellLabel(cell)}: expected ${expected}, got ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    expect(cells.length).toBe(entry.team ? 32 : 30);
  });
});

describe('the matrix', () => {
  it('ran every cell of every entry', () => {
    const cells = ENTRIES.reduce((n, e) => n + cellsOf(e).length, 0);
    expect(executed).toBe(cells);
    expect(cells).toBeGreaterThan(3000);
  });
});
