/**
 * Figures have a value type with bounds (src/core/numbers/value-bounds.ts): a count is a whole
 * number up to 10.000.000 per commune report, a percent 0 … 100, money whole đồng; saving or
 * importing beyond them is refused at the field (VALUE_OUT_OF_RANGE; IMPORT_INVALID with row and
 * column), and imports read cells typed as text the Vietnamese way ("1.000" is a thousand).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TReportDetail } from './reports.schema.ts';

let t: TestApp;
let root: Client;
let reporter: Client;
let commune: number;
let formId: number;
let report: { id: number; version: number };

type Failure = { error: { code: string; details: { path: string; message: string }[] } };

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('bc.phuong', [{ role: 'reporter', unitCode: '11953' }]);
  root = await t.signIn('root');
  reporter = await t.signIn('bc.phuong');
  commune = await t.unitId('2025', '11953');
  for (const e of [
    { code: 'WOMEN_LEADER_SHARE', name: 'Tỷ lệ nữ lãnh đạo', nameEn: 'Women leaders', valueType: 'percent' },
    { code: 'GE_BUDGET', name: 'Kinh phí bình đẳng giới', nameEn: 'GE budget', valueType: 'money' },
  ])
    expect((await root.request('POST', '/api/v1/data-elements', e)).statusCode).toBe(201);
  const form = await root.request('POST', '/api/v1/report-forms', {
    code: 'GE_BOUNDS',
    name: 'Báo cáo thử giới hạn',
    nameEn: 'Bounds test report',
    periodType: 'quarterly',
    sections: [],
    fields: ['COMMUNICATION_EVENTS', 'WOMEN_LEADER_SHARE', 'GE_BUDGET', 'POPULATION'].map((elementCode) => ({
      elementCode,
    })),
    rules: [],
  });
  expect(form.statusCode, form.body).toBe(201);
  formId = form.json<{ form: { id: number } }>().form.id;
  const created = await reporter.request('POST', '/api/v1/reports', {
    formId,
    unitId: commune,
    periodStart: '2026-01-01',
  });
  report = created.json<{ report: TReportDetail }>().report;
});
afterAll(async () => t.close());

const save = (values: { elementCode: string; category?: string; value: number }[]) =>
  reporter.request('PUT', `/api/v1/reports/${report.id}`, {
    version: report.version,
    values: values.map((v) => ({ category: 'total', ...v })),
  });

describe('bounds of figures on save', () => {
  it('refuses 999999999 communication events in one ward, naming the field', async () => {
    const res = await save([{ elementCode: 'COMMUNICATION_EVENTS', value: 999_999_999 }]);
    expect(res.statusCode).toBe(422);
    expect(res.json<Failure>().error).toMatchObject({
      code: 'VALUE_OUT_OF_RANGE',
      details: [
        {
          path: 'values.COMMUNICATION_EVENTS|total',
          message: expect.stringMatching(/Tổng số: 999\.999\.999 vượt quá mức tối đa 10\.000\.000\.$/),
        },
      ],
    });
  });

  it('refuses 99999999999999999999 rather than keeping 100000000000000000000', async () => {
    // sent as the JSON text a client would send; JavaScript reads it as 1e20
    const res = await reporter.request(
      'PUT',
      `/api/v1/reports/${report.id}`,
      JSON.parse(
        `{"version": ${report.version}, "values": [{"elementCode": "COMMUNICATION_EVENTS", "category": "total", "value": 99999999999999999999}]}`,
      ) as object,
    );
    expect(res.json<Failure>().error.code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('refuses a percent above 100, money with decimals, a negative count', async () => {
    const res = await save([
      { elementCode: 'WOMEN_LEADER_SHARE', value: 100.5 },
      { elementCode: 'GE_BUDGET', value: 1500.5 },
      { elementCode: 'COMMUNICATION_EVENTS', value: -1 },
    ]);
    expect(res.json<Failure>().error.details.map((d) => d.message)).toEqual([
      'Tỷ lệ nữ lãnh đạo — Tổng số: 100,5 vượt quá mức tối đa 100%.',
      'Kinh phí bình đẳng giới — Tổng số: phải là số nguyên.',
      expect.stringMatching(/— Tổng số: không được âm\.$/),
    ]);
  });

  it('keeps figures within the bounds, and an element’s own maximum (a population)', async () => {
    const res = await save([
      { elementCode: 'COMMUNICATION_EVENTS', value: 10_000_000 },
      { elementCode: 'WOMEN_LEADER_SHARE', value: 3.5 },
      { elementCode: 'GE_BUDGET', value: 1_000_000_000_000 },
      { elementCode: 'POPULATION', value: 15_000_000 },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    report = res.json<{ report: TReportDetail }>().report;
    const fields = (await reporter.request('GET', `/api/v1/report-forms/${formId}`)).json<{
      form: { fields: { elementCode: string; valueType: string; maxValue: number | null }[] };
    }>().form.fields;
    expect(fields.map((f) => [f.elementCode, f.valueType, f.maxValue])).toEqual([
      ['COMMUNICATION_EVENTS', 'integer', null],
      ['WOMEN_LEADER_SHARE', 'percent', null],
      ['GE_BUDGET', 'money', null],
      ['POPULATION', 'integer', 200_000_000],
    ]);
  });
});

const importFile = (fileName: string, data: Buffer) =>
  reporter.request('POST', '/api/v1/reports/import', {
    formId,
    fileName,
    contentBase64: data.toString('base64'),
  });

const HEADER = ['unit_code', 'period_start', 'element_code', 'category', 'value'];
const row = (code: string, value: string) => ['11953', '2026-04-01', code, 'total', value];

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('so-lieu');
  for (const r of [HEADER, ...rows]) ws.addRow(r); // strings: cells typed as text
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const csv = (rows: string[][]) => Buffer.from([HEADER, ...rows].map((r) => r.join(';')).join('\n'));

async function importedValues(): Promise<string[]> {
  const list = (await reporter.request('GET', `/api/v1/reports?formId=${formId}`)).json<{
    items: { id: number; periodStart: string }[];
  }>().items;
  const april = list.find((r) => r.periodStart === '2026-04-01')!;
  const d = (await reporter.request('GET', `/api/v1/reports/${april.id}`)).json<{ report: TReportDetail }>();
  return d.report.values.map((v) => `${v.elementCode}=${v.value}`).sort();
}

describe('imports read numbers the Vietnamese way, within the bounds', () => {
  for (const [kind, make] of [
    ['csv', csv],
    ['xlsx', xlsx],
  ] as const)
    it(`reads "1.000" as a thousand and "3,5" as three and a half in ${kind} text cells`, async () => {
      const res = await importFile(
        `so-lieu.${kind}`,
        await make([row('COMMUNICATION_EVENTS', '1.000'), row('WOMEN_LEADER_SHARE', '3,5')]),
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(await importedValues()).toEqual(['COMMUNICATION_EVENTS=1000', 'WOMEN_LEADER_SHARE=3.5']);
    });

  it('refuses, by row and column, an ambiguous "1.5", 999.999.999 events, a percent of 120', async () => {
    for (const kind of ['csv', 'xlsx'] as const) {
      const rows = [
        row('COMMUNICATION_EVENTS', '999.999.999'),
        row('WOMEN_LEADER_SHARE', '1.5'),
        row('GE_BUDGET', '120'),
        row('WOMEN_LEADER_SHARE', '120'),
      ];
      const res = await importFile(`so-lieu.${kind}`, await (kind === 'csv' ? csv(rows) : xlsx(rows)));
      expect(res.statusCode).toBe(422);
      expect(res.json<Failure>().error).toMatchObject({
        code: 'IMPORT_INVALID',
        details: [
          {
            path: 'row 2: value',
            message:
              'Số cuộc truyền thông về bình đẳng giới — Tổng số: 999.999.999 vượt quá mức tối đa 10.000.000.',
          },
          {
            path: 'row 3: value',
            message:
              '"1.5" không rõ là số nào: dấu chấm tách hàng nghìn (1.500), dấu phẩy trước phần thập phân (1,5).',
          },
          { path: 'row 5: value', message: 'Tỷ lệ nữ lãnh đạo — Tổng số: 120 vượt quá mức tối đa 100%.' },
        ],
      });
    }
  });
});
