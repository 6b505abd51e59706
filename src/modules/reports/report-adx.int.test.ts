/**
 * ADX both ways through the API: the approved figures exported as ADX read back into the same rows
 * as the CSV export, and imported into reopened reports they restore every value (categories from
 * the SEX/AGE_GROUP attributes, the period from "2026-01-01/P6M"). An ADX whose period is not the
 * form's, or whose disaggregation is unknown, is refused naming the line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { parseAdx } from './report-adx.ts';
import { parseCsv } from './report-files.ts';
import type { TReportDetail } from './reports.schema.ts';

let t: TestApp;
let provinceAdmin: Client;
let approver: Client;
let province: number;
let formId: number;
const PERIOD = '2026-01-01';
const FIGURES = [
  ['11953', 'COMMUNICATION_EVENTS', 'total', '12'],
  ['11953', 'COMMUNICATION_PARTICIPANTS', 'total', '1234'],
  ['11953', 'COMMUNICATION_PARTICIPANTS', 'female', '800'],
  ['11953', 'COMMUNICATION_PARTICIPANTS', 'male', '400'],
  // counts of survivors of 5 and more: none hidden by the disclosure rule, so the round trip is whole
  ['11953', 'GBV_SURVIVORS_DETECTED', 'total', '25'],
  ['11953', 'GBV_SURVIVORS_DETECTED', 'female', '20'],
  ['11953', 'GBV_SURVIVORS_DETECTED', 'age:0-15', '5'],
  ['11953', 'GBV_SURVIVORS_DETECTED', 'age:16-59', '15'],
  ['11953', 'GBV_SURVIVORS_DETECTED', 'age:60+', '5'],
  ['13225', 'COMMUNICATION_EVENTS', 'total', '5'],
  ['13225', 'TRAINING_PARTICIPANTS', 'total', '30'],
  ['13225', 'TRAINING_PARTICIPANTS', 'female', '20'],
];

const importFile = (fileName: string, text: string) =>
  provinceAdmin.request('POST', '/api/v1/reports/import', {
    formId,
    fileName,
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  });
const csv = (rows: string[][]) =>
  [
    'unit_code,period_start,element_code,category,value',
    ...rows.map(([u, e, c, v]) => `${u},${PERIOD},${e},${c},${v}`),
  ].join('\n');
const exportUrl = (format: string) =>
  `/api/v1/reports/export?formId=${formId}&periodStart=${PERIOD}&unitId=${province}&format=${format}`;

async function reports() {
  const list = (await provinceAdmin.request('GET', `/api/v1/reports?formId=${formId}`)).json<{
    items: { id: number }[];
  }>().items;
  return Promise.all(
    list.map(
      async (r) =>
        (await provinceAdmin.request('GET', `/api/v1/reports/${r.id}`)).json<{ report: TReportDetail }>()
          .report,
    ),
  );
}
const valuesOf = (all: TReportDetail[]) =>
  all.flatMap((r) => r.values.map((v) => `${r.unitName}|${v.elementCode}|${v.category}=${v.value}`)).sort();
const act = async (who: Client, id: number, action: string) => {
  const res = await who.request('POST', `/api/v1/reports/${id}/actions`, { action, reason: 'kiểm tra ADX' });
  expect(res.statusCode, res.body).toBe(200);
};

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
  provinceAdmin = await t.signIn('qt.tinh');
  approver = await t.signIn('duyet.tinh');
  province = await t.unitId('2025', '33');
  const forms = (await provinceAdmin.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
  const res = await importFile('so-lieu.csv', csv(FIGURES));
  expect(res.statusCode, res.body).toBe(200);
  for (const r of await reports()) {
    await act(provinceAdmin, r.id, 'submit');
    await act(approver, r.id, 'approve');
  }
});
afterAll(async () => t.close());

describe('ADX import', () => {
  it('reads the exported ADX into the same rows as the CSV export', async () => {
    const adx = (await approver.request('GET', exportUrl('adx'))).body;
    const fromCsv = parseCsv((await approver.request('GET', exportUrl('csv'))).body);
    const core = (r: Record<string, string>) =>
      [r.unit_code, r.unit_version, r.period_start, r.element_code, r.category, r.value].join('|');
    expect(parseAdx(adx).map(core).sort()).toEqual(fromCsv.map(core).sort());
    expect(fromCsv).toHaveLength(FIGURES.length);
  });

  it('restores every value of reopened reports from the exported ADX', async () => {
    const adx = (await approver.request('GET', exportUrl('adx'))).body;
    const before = await reports();
    for (const r of before) await act(approver, r.id, 'reopen');
    // every figure overwritten, so only the ADX import can bring the values back
    const zeroed = await importFile('so-lieu.csv', csv(FIGURES.map(([u, e, c]) => [u!, e!, c!, '0'])));
    expect(zeroed.statusCode, zeroed.body).toBe(200);
    expect(valuesOf(await reports())).not.toEqual(valuesOf(before));
    const res = await importFile('ge_semiannual-2026-01-01-33.adx.xml', adx);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ reports: 2, created: 0, values: FIGURES.length });
    const after = await reports();
    expect(valuesOf(after)).toEqual(valuesOf(before));
    expect(after[0]!.events.map((e) => e.action)).toContain('import');
  });

  it('refuses a period of another length and an unknown disaggregation, naming the lines', async () => {
    const adx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<adx xmlns="urn:ihe:qrph:adx:2015">',
      `  <group orgUnit="11953" period="${PERIOD}/P1M" dataSet="GE_SEMIANNUAL">`,
      '    <dataValue dataElement="CLUBS_ACTIVE" value="3"/>',
      '  </group>',
      `  <group orgUnit="11953" period="${PERIOD}/P6M">`,
      '    <dataValue dataElement="CLUBS_ACTIVE" SEX="X" value="3"/>',
      '    <dataValue dataElement="CLUBS_ACTIVE" value="3.5"/>',
      '  </group>',
      '</adx>',
    ].join('\n');
    const res = await importFile('dhis2.xml', adx);
    expect(res.statusCode).toBe(422);
    const { error } = res.json<{ error: { code: string; details: { path: string; message: string }[] } }>();
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.map((d) => d.path)).toEqual(['line 4: period', 'line 7: category', 'line 8: value']);
    expect(error.details[1]!.message).toContain('SEX=X');
  });

  it('refuses a file that is not ADX with ADX_INVALID and the line', async () => {
    const res = await importFile(
      'x.xml',
      '<?xml version="1.0"?>\n<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"/>',
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: 'ADX_INVALID', details: [{ path: 'line 2' }] } });
  });

  it('refuses a file whose dataSet is another form’s with ADX_DATASET_MISMATCH (issue 16)', async () => {
    const adx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<adx xmlns="urn:ihe:qrph:adx:2015">',
      `  <group orgUnit="11953" period="${PERIOD}/P6M" dataSet="GBV_MONTHLY">`,
      '    <dataValue dataElement="CLUBS_ACTIVE" value="3"/>',
      '  </group>',
      '</adx>',
    ].join('\n');
    const res = await importFile('dhis2.xml', adx);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'ADX_DATASET_MISMATCH', details: [{ path: 'line 4: dataSet' }] },
    });
    expect(res.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toContain(
      'GE_SEMIANNUAL',
    );
  });
});
