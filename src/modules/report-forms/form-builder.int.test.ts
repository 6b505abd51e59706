import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../../../tests/support/test-app.ts';
import type { TReportFormDetail } from './report-forms.schema.ts';

let t: TestApp;
let root: Client;
let provinceAdmin: Client;
let commune: number;

const definition = {
  code: 'GE_QUARTERLY_CLUBS',
  name: 'Báo cáo quý về câu lạc bộ bình đẳng giới',
  nameEn: 'Quarterly report on gender-equality clubs',
  periodType: 'quarterly',
  sections: [{ key: 'results', title: 'Kết quả', titleEn: 'Results' }],
  fields: [
    { elementCode: 'CLUB_MEMBERS', group: 'Câu lạc bộ', required: true },
    { elementCode: 'CLUBS_ACTIVE', group: 'Câu lạc bộ' },
  ],
  rules: [
    {
      left: 'CLUB_MEMBERS',
      leftCategory: 'female',
      operator: '<=',
      right: 'CLUB_MEMBERS',
      rightCategory: 'total',
      message: 'Số hội viên nữ không lớn hơn tổng số.',
      messageEn: 'Female members cannot exceed all members.',
    },
  ],
};

beforeAll(async () => {
  t = await createTestApp();
  await t.createUser('root', [{ role: 'system_admin', unitCode: null }]);
  await t.createUser('qt.tinh', [{ role: 'unit_admin', unitCode: '33' }]);
  root = await t.signIn('root');
  provinceAdmin = await t.signIn('qt.tinh');
  commune = await t.unitId('2025', '11953');
});
afterAll(async () => t.close());

describe('report forms built by an administrator', () => {
  let form: TReportFormDetail;

  it('adds a data element (system admin only), refusing a taken code', async () => {
    const body = {
      code: 'CLUB_MEMBERS',
      name: 'Số hội viên câu lạc bộ',
      nameEn: 'Club members',
      disaggregation: 'sex',
    };
    expect((await provinceAdmin.request('POST', '/api/v1/data-elements', body)).statusCode).toBe(403);
    expect((await root.request('POST', '/api/v1/data-elements', body)).statusCode).toBe(201);
    const again = await root.request('POST', '/api/v1/data-elements', body);
    expect(again.json()).toMatchObject({ error: { code: 'CODE_TAKEN' } });
    const list = await provinceAdmin.request('GET', '/api/v1/data-elements');
    const el = list
      .json<{ items: { code: string; categories: string[] }[] }>()
      .items.find((e) => e.code === 'CLUB_MEMBERS');
    expect(el?.categories).toEqual(['total', 'female', 'male']);
  });

  it('builds a form, naming every problem of a wrong one', async () => {
    const wrong = await root.request('POST', '/api/v1/report-forms', {
      ...definition,
      periodType: 'semiannual',
      fields: [...definition.fields, { elementCode: 'NOPE' }, { elementCode: 'CLUBS_ACTIVE' }],
      rules: [{ ...definition.rules[0], rightCategory: 'age:0-15' }],
    });
    expect(wrong.statusCode).toBe(400);
    const paths = wrong.json<{ error: { code: string; details: { path: string; message: string }[] } }>()
      .error;
    expect(paths.code).toBe('FORM_INVALID');
    // CLUBS_ACTIVE is on the shipped six-monthly form already: it would be counted twice
    expect(paths.details.map((d) => d.path)).toEqual([
      'fields.1.elementCode',
      'fields.2.elementCode',
      'fields.3.elementCode',
      'rules.0.rightCategory',
    ]);
    expect((await provinceAdmin.request('POST', '/api/v1/report-forms', definition)).statusCode).toBe(403);
    const ok = await root.request('POST', '/api/v1/report-forms', definition);
    expect(ok.statusCode).toBe(201);
    form = ok.json<{ form: TReportFormDetail }>().form;
    expect(form).toMatchObject({
      code: 'GE_QUARTERLY_CLUBS',
      periodType: 'quarterly',
      shipped: false,
      isActive: true,
    });
    expect(form.fields.map((f) => [f.elementCode, f.required])).toEqual([
      ['CLUB_MEMBERS', true],
      ['CLUBS_ACTIVE', false],
    ]);
  });

  it('is used at once: its rule stops a bad report', async () => {
    const created = await provinceAdmin.request('POST', '/api/v1/reports', {
      formId: form.id,
      unitId: commune,
      periodStart: '2026-04-01',
    });
    const report = created.json<{ report: { id: number; version: number } }>().report;
    await provinceAdmin.request('PUT', `/api/v1/reports/${report.id}`, {
      version: report.version,
      values: [
        { elementCode: 'CLUB_MEMBERS', category: 'total', value: 10 },
        { elementCode: 'CLUB_MEMBERS', category: 'female', value: 12 },
      ],
    });
    const submit = await provinceAdmin.request('POST', `/api/v1/reports/${report.id}/actions`, {
      action: 'submit',
    });
    expect(submit.json()).toMatchObject({ error: { code: 'REPORT_INVALID' } });
  });

  it('keeps elements with data on the form and its code, and can be switched off', async () => {
    const drop = await root.request('PUT', `/api/v1/report-forms/${form.id}`, {
      ...definition,
      fields: [definition.fields[1]],
      rules: [],
    });
    expect(drop.json()).toMatchObject({
      error: { code: 'FORM_FIELD_IN_USE', details: [{ message: 'CLUB_MEMBERS' }] },
    });
    const period = await root.request('PUT', `/api/v1/report-forms/${form.id}`, {
      ...definition,
      periodType: 'annual',
    });
    expect(period.json()).toMatchObject({ error: { code: 'FORM_INVALID' } });
    const renamed = await root.request('PUT', `/api/v1/report-forms/${form.id}`, {
      ...definition,
      name: 'Báo cáo quý về câu lạc bộ',
      fields: [definition.fields[0]],
      rules: [],
    });
    expect(renamed.json<{ form: TReportFormDetail }>().form).toMatchObject({
      name: 'Báo cáo quý về câu lạc bộ',
    });
    const off = await root.request('POST', `/api/v1/report-forms/${form.id}/active`, { isActive: false });
    expect(off.json<{ form: TReportFormDetail }>().form.isActive).toBe(false);
    const active = await provinceAdmin.request('GET', '/api/v1/report-forms');
    expect(active.json<{ items: { code: string }[] }>().items.map((f) => f.code)).not.toContain(
      'GE_QUARTERLY_CLUBS',
    );
    const newReport = await provinceAdmin.request('POST', '/api/v1/reports', {
      formId: form.id,
      unitId: commune,
      periodStart: '2026-07-01',
    });
    expect(newReport.json()).toMatchObject({ error: { code: 'REPORT_FORM_NOT_FOUND' } });
    const all = await root.request('GET', '/api/v1/report-forms?all=true');
    expect(all.json<{ items: { code: string }[] }>().items.map((f) => f.code)).toContain(
      'GE_QUARTERLY_CLUBS',
    );
  });
  it('refuses the same figure in a second form’s report (it would count twice)', async () => {
    const other = await root.request('POST', '/api/v1/report-forms', {
      ...definition,
      code: 'GE_QUARTERLY_CLUBS_2',
      fields: [definition.fields[0]],
      rules: [],
    });
    expect(other.statusCode).toBe(201);
    const formId = other.json<{ form: TReportFormDetail }>().form.id;
    const created = await provinceAdmin.request('POST', '/api/v1/reports', {
      formId,
      unitId: commune,
      periodStart: '2026-04-01',
    });
    const report = created.json<{ report: { id: number; version: number } }>().report;
    const save = await provinceAdmin.request('PUT', `/api/v1/reports/${report.id}`, {
      version: report.version,
      values: [{ elementCode: 'CLUB_MEMBERS', category: 'total', value: 3 }],
    });
    expect(save.statusCode).toBe(409);
    expect(save.json()).toMatchObject({ error: { code: 'VALUE_IN_OTHER_REPORT' } });
  });
});
