import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { ParsedPlan } from './parser/parse-plan.ts';

let t: TestApp;
let planner: Client;
let approver: Client;
let planId: number;

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('duyet', [{ role: 'approver', unitCode: '33' }]);
  planner = await t.signIn('kh');
  approver = await t.signIn('duyet');
  const text = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'seeds', '004_c997f3a30d3ce80c.txt'),
    'utf8',
  );
  const parsed = (await planner.request('POST', '/api/v1/plans/parse', { text })).json<{
    parsed: ParsedPlan;
  }>().parsed;
  const created = await planner.request('POST', '/api/v1/plans', {
    unitId: await t.unitId('2025', '33'),
    title: parsed.document.title,
    issuerName: 'Ủy ban nhân dân tỉnh Hưng Yên',
    place: 'Hưng Yên',
    signerName: parsed.signer?.name ?? null,
    signerPosition: parsed.signer?.position ?? null,
    references: parsed.implements.map((r) => ({
      kind: r.kind,
      number: r.number,
      issuedOn: r.date,
      issuer: r.issuer,
      title: r.text,
      implements: true,
    })),
    recipients: parsed.recipients.filter((r) => !r.startsWith('Lưu')),
    sourceText: text,
  });
  planId = created.json<{ plan: { id: number } }>().plan.id;
  await approver.request('POST', `/api/v1/plans/${planId}/actions`, {
    action: 'issue',
    documentNumber: '31/KH-UBND',
    issuedOn: '2022-03-11',
  });
  await planner.request('POST', `/api/v1/plans/${planId}/tasks`, {
    tasks: parsed.assignments
      .filter((a) => a.role === 'lead')
      .slice(0, 3)
      .map((a) => ({ title: a.task, leadAgencyName: a.agency, dueDate: '2022-12-31' })),
  });
});
afterAll(async () => t.close());

it('exports the issued plan as .docx in the administrative format', async () => {
  const res = await planner.request('GET', `/api/v1/plans/${planId}/document.docx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toContain('Ke-hoach-31-KH-UBND.docx');
  const text = (await mammoth.extractRawText({ buffer: res.rawPayload })).value;
  for (const line of [
    'ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN',
    'Số: 31/KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Hưng Yên, ngày 11 tháng 3 năm 2022',
    'KẾ HOẠCH',
    'Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022',
    'Thực hiện Quyết định số 2232/QĐ-TTg ngày 28/12/2020 của Thủ tướng Chính phủ',
    'IV. TỔ CHỨC THỰC HIỆN',
    'Nơi nhận:',
    '- Bộ Lao động - Thương binh và Xã hội;',
    '- Lưu: VT.',
    'KT. CHỦ TỊCH',
    'PHÓ CHỦ TỊCH',
    'Trần Thị Bích Hằng',
  ]) {
    expect(text).toContain(line);
  }
});

it('exports the task list as .xlsx', async () => {
  const res = await planner.request('GET', `/api/v1/plans/${planId}/tasks.xlsx`);
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Nhiệm vụ')!;
  expect(ws.getRow(3).values).toEqual(
    expect.arrayContaining(['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Trạng thái']),
  );
  expect(ws.getRow(4).getCell(3).value).toBe('Sở Lao động - Thương binh và Xã hội');
  expect(ws.getRow(4).getCell(5).value).toBe('31/12/2022');
  expect(ws.rowCount).toBe(6);
});

it('refuses exports to users outside the unit', async () => {
  await t.createUser('ngoai', [{ role: 'viewer', unitCode: '01' }]);
  const outsider = await t.signIn('ngoai');
  expect((await outsider.request('GET', `/api/v1/plans/${planId}/document.docx`)).statusCode).toBe(404);
  expect((await outsider.request('GET', `/api/v1/plans/${planId}/tasks.xlsx`)).statusCode).toBe(404);
});
