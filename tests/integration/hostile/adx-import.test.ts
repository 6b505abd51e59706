/**
 * Hostile ADX end to end through POST /reports/import: entity bombs, XXE, other XML, truncated,
 * UTF-16, random bytes, deep nesting, SQL and script in codes, and mutated valid files. Every
 * answer is a result or a 4xx with a stable code, never a 500.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../support/test-app.ts';
import { laughs, mutatedAdx, ROOT } from './adx-inputs.ts';

describe('hostile ADX through the import route', () => {
  let t: TestApp;
  let importer: Client;
  let formId: number;
  beforeAll(async () => {
    t = await createTestApp();
    await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
    importer = await t.signIn('qt.tinh');
    const forms = (await importer.request('GET', '/api/v1/report-forms')).json<{
      items: { id: number; code: string }[];
    }>().items;
    formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  });
  afterAll(async () => t.close());

  const post = (fileName: string, data: Buffer | string) =>
    importer.request('POST', '/api/v1/reports/import', {
      formId,
      fileName,
      contentBase64: Buffer.from(data).toString('base64'),
    });
  const answer = (res: { statusCode: number; json: () => unknown }) =>
    [res.statusCode, (res.json() as { error?: { code: string } }).error?.code ?? 'ok'] as const;

  it.each([
    ['billion laughs', 'bomb.xml', laughs(), 422, 'ADX_INVALID'],
    [
      'XXE',
      'xxe.adx',
      `<!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${ROOT}</adx>`,
      422,
      'ADX_INVALID',
    ],
    [
      'another XML',
      'dhis2.xml',
      '<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"/>',
      422,
      'ADX_INVALID',
    ],
    ['truncated', 'cut.xml', `${ROOT}<group orgUnit="11953" period="2026-01-01/P6M">`, 422, 'ADX_INVALID'],
    ['UTF-16', 'utf16.xml', Buffer.from(`\ufeff${ROOT}</adx>`, 'utf16le'), 422, 'ADX_INVALID'],
    ['random bytes', 'rnd.xml', Buffer.from([0x3c, 0x00, 0xff, 0x9f, 0x3e]), 422, 'ADX_INVALID'],
    ['an empty ADX', 'empty.xml', `${ROOT}</adx>`, 400, 'IMPORT_EMPTY'],
    [
      'a deep nest',
      'deep.xml',
      `${ROOT}${'<group orgUnit="1" period="p">'.repeat(50_000)}`,
      422,
      'ADX_INVALID',
    ],
    [
      'unknown codes',
      'codes.xml',
      `${ROOT}<group orgUnit="'; DROP TABLE app_user;--" period="2026-01-01/P6M"><dataValue dataElement="&lt;script&gt;" value="1"/></group></adx>`,
      422,
      'IMPORT_INVALID',
    ],
  ])('answers %s with a stable 4xx code', async (_name, fileName, data, status, expected) => {
    expect(answer(await post(fileName, data))).toEqual([status, expected]);
  });

  it('answers mutated valid files with a result or a catalogued 4xx, never a 500', async () => {
    const allowed = ['ok', 'ADX_INVALID', 'IMPORT_INVALID', 'IMPORT_EMPTY', 'FILE_TOO_LARGE'];
    await fc.assert(
      fc.asyncProperty(mutatedAdx, async (text) => {
        const [status, code] = answer(await post('f.adx.xml', text || ' '));
        expect(status).toBeLessThan(500);
        expect(allowed).toContain(code);
      }),
      { numRuns: 60 },
    );
  });
});
