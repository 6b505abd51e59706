/**
 * Issue 16: zip bombs under the upload cap — a .docx to /plans/parse and an .xlsx to
 * /reports/import that expand ~1000:1 — are refused quickly with FILE_UNPACKS_TOO_LARGE, whether
 * their central directory tells the truth (refused before unpacking) or lies (the worker's capped
 * inflation), while /api/health keeps answering; and no error body echoes a huge cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { zipBomb } from '../../../tests/integration/hostile/zip-bomb.ts';

const docxBomb = (mib: number, lie = false) => zipBomb('word/document.xml', mib, lie ? 1024 : undefined);
const xlsxBomb = (mib: number, lie = false) =>
  zipBomb('xl/worksheets/sheet1.xml', mib, lie ? 1024 : undefined);

let t: TestApp;
let viewer: Client;
let admin: Client;
let formId: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('xem', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  viewer = await t.signIn('xem');
  admin = await t.signIn('qt.tinh');
  const forms = (await admin.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
});
afterAll(async () => t.close());

const code = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code;
const parse = (file: Buffer) =>
  viewer.request('POST', '/api/v1/plans/parse', {
    fileName: 'ke-hoach.docx',
    contentBase64: file.toString('base64'),
  });
const importXlsx = (file: Buffer) =>
  admin.request('POST', '/api/v1/reports/import', {
    formId,
    fileName: 'so-lieu.xlsx',
    contentBase64: file.toString('base64'),
  });

describe('zip bombs', () => {
  it('refuses a .docx declaring 190 MiB at once, from its central directory', async () => {
    const bomb = docxBomb(190);
    expect(bomb.length).toBeLessThan(400 * 1024);
    const started = performance.now();
    const res = await parse(bomb);
    expect(res.statusCode).toBe(413);
    expect(code(res)).toBe('FILE_UNPACKS_TOO_LARGE');
    expect(res.rawPayload.length).toBeLessThan(2000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a .docx that lies about its size, unpacking off the event loop: health answers meanwhile', async () => {
    const pending = parse(docxBomb(100, true));
    const health = await t.anonymous().request('GET', '/api/health');
    expect(health.statusCode).toBe(200);
    const res = await pending;
    expect(res.statusCode).toBe(413);
    expect(code(res)).toBe('FILE_UNPACKS_TOO_LARGE');
  });

  it('refuses an .xlsx expanding to 100 MiB with a small body, declared or lying', async () => {
    for (const lie of [false, true]) {
      const res = await importXlsx(xlsxBomb(100, lie));
      expect(res.statusCode).toBe(413);
      expect(code(res)).toBe('FILE_UNPACKS_TOO_LARGE');
      expect(res.rawPayload.length).toBeLessThan(2000);
    }
  });

  it('refuses a text file holding more than a plan can (2 MB of text)', async () => {
    const res = await viewer.request('POST', '/api/v1/plans/parse', {
      fileName: 'ke-hoach.txt',
      contentBase64: Buffer.alloc(2_100_000, 0x61).toString('base64'),
    });
    expect(res.statusCode).toBe(413);
    expect(code(res)).toBe('FILE_TEXT_TOO_LONG');
  });

  it('never echoes a huge cell in the import’s error details', async () => {
    const huge = 'A'.repeat(500_000);
    const lines = [
      'unit_code,period_start,element_code,category,value',
      `${huge},2026-01-01,${huge},total,${huge}`,
    ];
    const res = await admin.request('POST', '/api/v1/reports/import', {
      formId,
      fileName: 'so-lieu.csv',
      contentBase64: Buffer.from(lines.join('\n')).toString('base64'),
    });
    expect(res.statusCode).toBe(422);
    expect(code(res)).toBe('IMPORT_INVALID');
    expect(res.rawPayload.length).toBeLessThan(5000);
    const { details } = res.json<{ error: { details: { message: string }[] } }>().error;
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d.message.length).toBeLessThan(300);
  });
});
