/**
 * SQL injection on every GET parameter and every path parameter of the state-changing routes the
 * OpenAPI document lists, arbitrary CSV through the
 * report import, and hostile codes in the ADX export. Kysely binds every value as a parameter:
 * the payloads come back as normal answers or catalogued 4xx errors, and the tables survive.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, toAdx, type ValueRow } from '../../../src/modules/reports/report-files.ts';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.ts';

let t: TestApp;
let admin: Client;
let provinceAdmin: Client;
let formId: number;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  admin = await t.signIn('root');
  provinceAdmin = await t.signIn('qt.tinh');
  const forms = (await admin.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
});
afterAll(async () => t.close());

const PAYLOADS = [
  "' OR 1=1--",
  '1;DROP TABLE app_user',
  "1' ; DROP TABLE app_user; --",
  '%27',
  '1 OR 1=1',
  '\u2019 OR \u20181\u2019=\u20181',
  "'; SELECT pg_sleep(5); --",
  '\\',
  '1e309',
  '-1',
  'a\u0000b',
];

interface Operation {
  parameters?: { name: string; in: string }[];
}

describe('SQL injection', () => {
  it('answers classic payloads in every GET parameter without a 500, and app_user survives', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { get?: Operation }>;
    }>();
    const routes = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === 'query' || p.in === 'path'))
      .map(([path, ops]) => ({ path, params: ops.get!.parameters! }));
    expect(routes.length).toBeGreaterThan(10);
    let requests = 0;
    for (const { path, params } of routes) {
      for (const target of params.filter((p) => p.in === 'query' || p.in === 'path')) {
        for (const payload of PAYLOADS) {
          const value = (p: { name: string }) => encodeURIComponent(p === target ? payload : '1');
          const query = params.filter((p) => p.in === 'query').map((p) => `${p.name}=${value(p)}`);
          const url = `${path.replace(`{${target.name}}`, value(target)).replace(/\{\w+\}/g, '1')}?${query.join('&')}`;
          const res = await admin.request('GET', url);
          requests++;
          expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
          if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
            expect(res.json<{ error: { code: string } }>().error.code).toMatch(/^[A-Z_]+$/);
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    const users = await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(t.handle.db);
    expect(users.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('answers payloads in the path of every state-changing route without a 500', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    let requests = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const targets = ops[method]?.parameters?.filter((p) => p.in === 'path') ?? [];
        for (const target of targets)
          for (const payload of PAYLOADS) {
            const url = path
              .replace(`{${target.name}}`, encodeURIComponent(payload))
              .replace(/\{\w+\}/g, '1');
            const res = await admin.request(method.toUpperCase(), url, {});
            requests++;
            expect(res.statusCode, `${method} ${url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
          }
      }
    expect(requests).toBeGreaterThan(100);
    const users = await sql<{ n: number }>`select count(*)::int as n from app_user`.execute(t.handle.db);
    expect(users.rows[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('keeps payloads as data in text filters', async () => {
    for (const payload of PAYLOADS) {
      const res = await admin.request('GET', `/api/v1/users?q=${encodeURIComponent(payload)}`);
      expect(res.statusCode).toBeLessThan(500);
    }
  });
});

describe('arbitrary CSV through the report import', () => {
  const allowed = ['IMPORT_INVALID', 'IMPORT_EMPTY', 'FILE_UNREADABLE', 'FILE_TOO_LARGE', 'REPORT_LOCKED'];
  const header = fc.constantFrom(
    'unit_code,period_start,element_code,category,value',
    'unit_code;period_start;element_code;category;value',
    '',
  );
  const cell = fc.oneof(
    fc.constantFrom(
      '11953',
      '33',
      '2026-01-01',
      'COMMUNICATION_EVENTS',
      'total',
      'female',
      '12',
      '1.234',
      '-1',
    ),
    fc.constantFrom(...PAYLOADS),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );
  const csvText = fc
    .tuple(
      header,
      fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
      fc.constantFrom(',', ';', '\t'),
    )
    .map(([h, rows, sep]) => [h, ...rows.map((r) => r.join(sep))].join(rows.length % 2 ? '\r\n' : '\n'));

  it('answers any CSV with a result or a catalogued error, never a 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.string({ unit: 'binary', maxLength: 500 })), async (text) => {
        const res = await provinceAdmin.request('POST', '/api/v1/reports/import', {
          formId,
          fileName: 'so-lieu.csv',
          contentBase64: Buffer.from(text || ' ', 'utf8').toString('base64'),
        });
        if (res.statusCode === 200) return;
        expect(res.statusCode).toBeLessThan(500);
        expect(allowed).toContain(res.json<{ error: { code: string } }>().error.code);
      }),
      { numRuns: 120 },
    );
  });

  it('parseCsv never throws and gives records of strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        for (const r of parseCsv(text)) for (const v of Object.values(r)) expect(typeof v).toBe('string');
      }),
      { numRuns: 1000 },
    );
    // A quote that never closes swallows the rest of the file, in linear time.
    expect(parseCsv(`a,b\n"${'x,'.repeat(500_000)}`)).toHaveLength(1);
  });
});

describe('ADX export with hostile codes', () => {
  // Characters XML 1.0 allows (no C0 controls other than tab/newline/return; codes are validated
  // on entry, so these never reach the export).
  const xmlText = fc
    .string({ unit: 'grapheme', maxLength: 30 })
    .map((s) => s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, ''));
  const hostile = fc.oneof(xmlText, fc.constantFrom('"><script>x</script>', '\' & " < >', ']]>', '&amp;'));

  it('stays well-formed and gives back every value as written', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(hostile, hostile, hostile), { minLength: 1, maxLength: 5 }),
        hostile,
        (rows, form) => {
          const values: ValueRow[] = rows.map(([unit, element, value]) => ({
            unit_code: unit,
            unit_version: '2025',
            unit_name: '',
            period_start: '2026-01-01',
            element_code: element,
            element_name: '',
            category: 'total',
            value,
            status: '',
          }));
          const seen: Record<string, string>[] = [];
          const parser = new SaxesParser({ xmlns: false });
          parser.on('opentag', (tag) => seen.push(tag.attributes as Record<string, string>));
          parser.write(toAdx(values, form, 'semiannual', new Date(0)).toString('utf8')).close();
          const dataValues = seen.filter((a) => 'dataElement' in a);
          // Grouped by unit in the file, so compared as sorted lists.
          const sorted = (pairs: unknown[][]) => pairs.map((p) => JSON.stringify(p)).sort();
          expect(sorted(dataValues.map((a) => [a.dataElement, a.value]))).toEqual(
            sorted(
              rows.map(([, element, value]) => [element, value].map((s) => s.replace(/[\t\n\r]/g, ' '))),
            ),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
