import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import { parseCsv, parseXlsx } from './report-files.ts';
import type { TReportDetail, TSummary } from './reports.schema.ts';

let t: TestApp;
let provinceAdmin: Client;
let approver: Client;
let outsider: Client;
let province: number;
let formId: number;
const PERIOD = '2026-01-01';

const csv = (lines: string[]) => ({
  formId,
  fileName: 'so-lieu.csv',
  contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
});

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
  await t.createUser('bc.hanoi', [{ role: 'reporter', unitCode: '01' }]);
  provinceAdmin = await t.signIn('qt.tinh');
  approver = await t.signIn('duyet.tinh');
  outsider = await t.signIn('bc.hanoi');
  province = await t.unitId('2025', '33');
  const forms = (await provinceAdmin.request('GET', '/api/v1/report-forms')).json<{
    items: { id: number; code: string }[];
  }>().items;
  formId = forms.find((f) => f.code === 'GE_SEMIANNUAL')!.id;
});
afterAll(async () => t.close());

describe('importing figures', () => {
  it('refuses the whole file when one row is wrong, naming each row', async () => {
    const res = await provinceAdmin.request(
      'POST',
      '/api/v1/reports/import',
      csv([
        'unit_code,period_start,element_code,category,value',
        `11953,${PERIOD},COMMUNICATION_EVENTS,total,12`,
        `99999,${PERIOD},COMMUNICATION_EVENTS,total,3`,
        `11953,${PERIOD},NO_SUCH,total,3`,
        `11953,2026-02-01,COMMUNICATION_EVENTS,total,3`,
        `11953,${PERIOD},COMMUNICATION_PARTICIPANTS,age:0-15,3`,
        `11953,${PERIOD},TRAINING_COURSES,total,2.5`,
        `00004,${PERIOD},TRAINING_COURSES,total,1`,
      ]),
    );
    expect(res.statusCode).toBe(422);
    const { error } = res.json<{ error: { code: string; details: { path: string; message: string }[] } }>();
    expect(error.code).toBe('IMPORT_INVALID');
    expect(error.details.map((d) => d.path)).toEqual([
      'row 3: unit_code',
      'row 4: element_code',
      'row 5: period_start',
      'row 6: category',
      'row 7: value',
      'row 8: unit_code',
    ]);
    const list = await provinceAdmin.request('GET', `/api/v1/reports?formId=${formId}`);
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('fills drafts for several communes in one go (Vietnamese Excel’s ; and 1.234 too)', async () => {
    const res = await provinceAdmin.request(
      'POST',
      '/api/v1/reports/import',
      csv([
        'unit_code;period_start;element_code;category;value;unit_name',
        `11953;${PERIOD};COMMUNICATION_EVENTS;total;12;Phường Phố Hiến`,
        `11953;${PERIOD};COMMUNICATION_PARTICIPANTS;total;1.234;Phường Phố Hiến`,
        `11953;${PERIOD};COMMUNICATION_PARTICIPANTS;female;800;`,
        `13225;${PERIOD};COMMUNICATION_EVENTS;total;5;Phường Thái Bình`,
      ]),
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ reports: 2, created: 2, values: 4 });
    const list = (await provinceAdmin.request('GET', `/api/v1/reports?formId=${formId}`)).json<{
      items: { id: number; status: string; unitName: string }[];
    }>().items;
    expect(list.map((r) => [r.unitName, r.status])).toEqual([
      ['Phường Phố Hiến', 'draft'],
      ['Phường Thái Bình', 'draft'],
    ]);
    // a second file adds to the figures already there
    await provinceAdmin.request(
      'POST',
      '/api/v1/reports/import',
      csv(['unit_code,period_start,element_code,category,value', `11953,${PERIOD},CLUBS_ACTIVE,total,4`]),
    );
    const pho = list.find((r) => r.unitName === 'Phường Phố Hiến')!;
    const detail = (await provinceAdmin.request('GET', `/api/v1/reports/${pho.id}`)).json<{
      report: TReportDetail;
    }>().report;
    expect(detail.values.map((v) => `${v.elementCode}|${v.category}=${v.value}`).sort()).toEqual([
      'CLUBS_ACTIVE|total=4',
      'COMMUNICATION_EVENTS|total=12',
      'COMMUNICATION_PARTICIPANTS|female=800',
      'COMMUNICATION_PARTICIPANTS|total=1234',
    ]);
    expect(detail.events.map((e) => e.action)).toContain('import');
    // approve both, then an import into an approved report is refused
    for (const r of list) {
      const d = (await provinceAdmin.request('GET', `/api/v1/reports/${r.id}`)).json<{
        report: TReportDetail;
      }>();
      await provinceAdmin.request('POST', `/api/v1/reports/${r.id}/actions`, { action: 'submit' });
      const ok = await approver.request('POST', `/api/v1/reports/${r.id}/actions`, { action: 'approve' });
      expect(ok.statusCode, JSON.stringify(d.report.status)).toBe(200);
    }
    const locked = await provinceAdmin.request(
      'POST',
      '/api/v1/reports/import',
      csv(['unit_code,period_start,element_code,category,value', `11953,${PERIOD},CLUBS_ACTIVE,total,5`]),
    );
    expect(locked.json()).toMatchObject({ error: { code: 'REPORT_LOCKED' } });
  });

  it('refuses an import for units outside the importer', async () => {
    const res = await outsider.request(
      'POST',
      '/api/v1/reports/import',
      csv(['unit_code,period_start,element_code,category,value', `11953,${PERIOD},CLUBS_ACTIVE,total,5`]),
    );
    expect(res.json()).toMatchObject({ error: { code: 'IMPORT_INVALID' } });
  });
});

describe('exporting figures', () => {
  const url = (format: string) =>
    `/api/v1/reports/export?formId=${formId}&periodStart=${PERIOD}&unitId=${province}&format=${format}`;

  it('gives the approved values as CSV and XLSX that import back', async () => {
    const res = await approver.request('GET', url('csv'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('ge_semiannual-2026-01-01-33.csv');
    const rows = parseCsv(res.body);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({ unit_code: '11953', element_code: 'COMMUNICATION_EVENTS', value: '12' });
    const xlsx = await approver.request('GET', url('xlsx'));
    const back = await parseXlsx(xlsx.rawPayload);
    expect(back.map((r) => r.value)).toEqual(rows.map((r) => r.value));
  });

  it('gives ADX that DHIS2 reads: one group per unit, disaggregations as attributes', async () => {
    const res = await approver.request('GET', url('adx'));
    expect(res.body).toContain('<adx xmlns="urn:ihe:qrph:adx:2015"');
    expect(res.body).toContain('<group orgUnit="11953" period="2026-01-01/P6M" dataSet="GE_SEMIANNUAL">');
    expect(res.body).toContain('<dataValue dataElement="COMMUNICATION_PARTICIPANTS" SEX="F" value="800"/>');
    expect(res.body.match(/<group /g)).toHaveLength(2);
  });

  it('gives the consolidated report as .docx with the sums and completeness', async () => {
    const res = await approver.request('GET', url('docx'));
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('6 tháng đầu năm 2026');
    expect(xml).toContain('Số cuộc truyền thông về bình đẳng giới');
    expect(xml).toContain('Tổng số: 17');
    expect(xml).toMatch(/2\/\d+ đơn vị đã gửi báo cáo/);
    const summary = (
      await approver.request(
        'GET',
        `/api/v1/reports/summary?formId=${formId}&periodStart=${PERIOD}&unitId=${province}`,
      )
    ).json<TSummary>();
    expect(summary.totals.approved).toBe(2);
  });

  it('keeps other provinces out', async () => {
    expect((await outsider.request('GET', url('csv'))).statusCode).toBe(403);
  });
});
