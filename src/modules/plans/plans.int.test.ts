import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TPlanDetail } from './plans.schema.ts';

let t: TestApp;
let planner: Client;
let approver: Client;
let communePlanner: Client;
let viewer: Client;
let outsider: Client;
let province: number;
let commune: number;

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const seed = (f: string) => readFileSync(join(FIXTURES, 'seeds', f), 'utf8');

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('kh.tinh', [{ role: 'planner', unitCode: '33' }]);
  await t.createUser('duyet.tinh', [{ role: 'approver', unitCode: '33' }]);
  await t.createUser('kh.phuong', [{ role: 'planner', unitCode: '11953' }]);
  await t.createUser('xem.tinh', [{ role: 'viewer', unitCode: '33' }]);
  await t.createUser('kh.hanoi', [{ role: 'planner', unitCode: '01' }]);
  planner = await t.signIn('kh.tinh');
  approver = await t.signIn('duyet.tinh');
  communePlanner = await t.signIn('kh.phuong');
  viewer = await t.signIn('xem.tinh');
  outsider = await t.signIn('kh.hanoi');

  province = await t.unitId('2025', '33');
  commune = await t.unitId('2025', '11953');
});
afterAll(async () => t.close());

const planOf = (res: { json<T>(): T }) => res.json<{ plan: TPlanDetail }>().plan;

describe('plans', () => {
  it('parses an uploaded plan into a draft without saving anything', async () => {
    const res = await planner.request('POST', '/api/v1/plans/parse', {
      text: seed('004_c997f3a30d3ce80c.txt'),
    });
    expect(res.statusCode).toBe(200);
    const { parsed } = res.json<{ parsed: { document: { documentNumber: string } } }>();
    expect(parsed.document.documentNumber).toBe('31/KH-UBND');
    const b64 = await planner.request('POST', '/api/v1/plans/parse', {
      fileName: 'x.pdf',
      contentBase64: 'JVBERi0=',
    });
    expect(b64.json()).toMatchObject({ error: { code: 'FILE_UNREADABLE' } });
    const pdf = await planner.request('POST', '/api/v1/plans/parse', {
      fileName: 'ke-hoach-31.pdf',
      contentBase64: readFileSync(join(FIXTURES, 'pdf', '004.pdf')).toString('base64'),
    });
    expect(pdf.statusCode).toBe(200);
    expect(
      pdf.json<{ parsed: { document: { documentNumber: string } } }>().parsed.document.documentNumber,
    ).toBe('31/KH-UBND');
  });

  it('cascades: a commune plan implements the issued province plan, walked both ways through one register entry', async () => {
    const created = await planner.request('POST', '/api/v1/plans', {
      unitId: province,
      title: 'Kế hoạch thực hiện công tác bình đẳng giới năm 2026',
      issuerName: 'Ủy ban nhân dân tỉnh Hưng Yên',
      references: [
        {
          kind: 'Nghị quyết',
          number: '28/NQ-CP',
          issuedOn: '2021-03-03',
          issuer: 'Chính phủ',
          title: 'Chiến lược quốc gia về bình đẳng giới',
          implements: true,
        },
      ],
      recipients: ['UBND các xã, phường', 'Hội LHPN tỉnh'],
    });
    expect(created.statusCode).toBe(201);
    const provincial = planOf(created);
    expect(provincial).toMatchObject({
      status: 'draft',
      unitName: 'Tỉnh Hưng Yên',
      unitLevel: 'province',
      recipients: ['UBND các xã, phường', 'Hội LHPN tỉnh'],
    });

    expect(
      planOf(await planner.request('POST', `/api/v1/plans/${provincial.id}/actions`, { action: 'submit' }))
        .status,
    ).toBe('submitted');
    const noNumber = await approver.request('POST', `/api/v1/plans/${provincial.id}/actions`, {
      action: 'issue',
    });
    expect(noNumber.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    const issued = planOf(
      await approver.request('POST', `/api/v1/plans/${provincial.id}/actions`, {
        action: 'issue',
        documentNumber: '72/KH-UBND',
        issuedOn: '2026-04-09',
      }),
    );
    expect(issued).toMatchObject({ status: 'issued', documentNumber: '72/KH-UBND', issuedOn: '2026-04-09' });

    const text =
      'Thực hiện Kế hoạch số 72/KH-UBND ngày 09/4/2026 của UBND tỉnh Hưng Yên, UBND phường Phố Hiến xây dựng kế hoạch như sau:';
    const parsed = (await communePlanner.request('POST', '/api/v1/plans/parse', { text })).json<{
      parsed: { implements: { kind: string; number: string; date: string; issuer: string; text: string }[] };
    }>().parsed;
    const local = planOf(
      await communePlanner.request('POST', '/api/v1/plans', {
        unitId: commune,
        title: 'Kế hoạch thực hiện công tác bình đẳng giới năm 2026 trên địa bàn phường',
        references: parsed.implements.map((r) => ({
          kind: r.kind,
          number: r.number,
          issuedOn: r.date,
          issuer: r.issuer,
          title: r.text,
          implements: true,
        })),
        sourceText: text,
      }),
    );
    expect(local.implementsPlans).toEqual([
      expect.objectContaining({ id: provincial.id, documentNumber: '72/KH-UBND' }),
    ]);
    expect(planOf(await planner.request('GET', `/api/v1/plans/${provincial.id}`)).implementedBy).toEqual([
      expect.objectContaining({ id: local.id, unitName: 'Phường Phố Hiến' }),
    ]);
    const register = await t.handle.db
      .selectFrom('legal_document')
      .select('id')
      .where('number', '=', '72/KH-UBND')
      .execute();
    expect(register).toHaveLength(1);
  });

  it('lets only the right roles act, inside their units', async () => {
    const body = { unitId: province, title: 'Kế hoạch truyền thông về bình đẳng giới' };
    expect((await viewer.request('POST', '/api/v1/plans', body)).statusCode).toBe(403);
    expect((await outsider.request('POST', '/api/v1/plans', body)).statusCode).toBe(403);
    expect((await communePlanner.request('POST', '/api/v1/plans', body)).statusCode).toBe(403);
    const draft = planOf(await planner.request('POST', '/api/v1/plans', body));
    expect(
      (
        await planner.request('POST', `/api/v1/plans/${draft.id}/actions`, {
          action: 'issue',
          documentNumber: '80/KH-UBND',
          issuedOn: '2026-05-01',
        })
      ).statusCode,
    ).toBe(403);
    // another province is not told the plan exists
    expect((await outsider.request('GET', `/api/v1/plans/${draft.id}`)).statusCode).toBe(404);
    expect((await viewer.request('GET', `/api/v1/plans/${draft.id}`)).statusCode).toBe(200);
    const conflict = await approver.request('POST', `/api/v1/plans/${draft.id}/actions`, { action: 'close' });
    expect(conflict.json()).toMatchObject({ error: { code: 'PLAN_STATUS_CONFLICT' } });
    const listed = (await outsider.request('GET', '/api/v1/plans')).json<{ items: unknown[] }>();
    expect(listed.items).toHaveLength(0);
    const mine = (await viewer.request('GET', '/api/v1/plans?q=truyen%20thong')).json<{
      items: { id: number }[];
    }>();
    expect(mine.items.map((p) => p.id)).toEqual([draft.id]);
  });

  it('audits every change', async () => {
    const actions = (
      await t.handle.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'plan').execute()
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['plan.create', 'plan.submit', 'plan.issue']));
  });
});
