/**
 * Access matrix: report forms, reports (with their exchange files), reporting obligations and
 * indicators. Rules from src/modules/reports/reports.policy.ts (read / enter / decide: decide only
 * from a unit above), form-builder.service.ts (system administrators), obligations.policy.ts and
 * obligation-due.service.ts, indicators.policy.ts.
 */
import { ALL_ROLES, READERS, scoped, signedIn, systemAdmin } from './rules.ts';
import type { Call, Entry, Relation, ScopedRole } from './types.ts';

const ENTER: readonly ScopedRole[] = ['unit_admin', 'reporter'];
const DECIDE: readonly ScopedRole[] = ['unit_admin', 'approver'];
const MANAGE_OBLIGATIONS: readonly ScopedRole[] = ['unit_admin', 'planner', 'approver'];
/** obligation-due.service.ts READ: no case roles. */
const DUE_READERS: readonly ScopedRole[] = ['unit_admin', 'planner', 'reporter', 'approver', 'viewer'];
/**
 * Obligations are received by provinces; obligations.policy.ts mayReadObligation lets a role at
 * the province or at one of its communes read them (below), not a province role asking about a
 * commune as if it received obligations (above: OBLIGATION_NOT_FOUND; a commune receives none).
 */
const OBLIGATION_READ: readonly Relation[] = ['same', 'below'];

export const FORM_DEFINITION = {
  code: 'MATRIX_CLUBS',
  name: 'Báo cáo quý về câu lạc bộ',
  nameEn: 'Quarterly report on clubs',
  periodType: 'quarterly',
  sections: [{ key: 'results', title: 'Kết quả', titleEn: 'Results' }],
  fields: [{ elementCode: 'MATRIX_MEMBERS', group: 'Câu lạc bộ', required: true }],
  rules: [],
};

const report = (key: 'draftReport' | 'submittedReport') => (c: Call) => ({ id: c.site[key] });
const unitQuery = (c: Call) => `unitId=${c.site.unit}`;
const form = (c: Call) => ({ id: c.fx.builtForm });
const indicator = (c: Call) => ({ id: c.fx.indicator });

export const REPORT_ENTRIES: Entry[] = [
  { route: 'GET /api/v1/report-forms', rule: signedIn },
  { route: 'GET /api/v1/report-forms/:id', rule: signedIn, params: form },
  { route: 'GET /api/v1/data-elements', rule: signedIn },
  {
    route: 'POST /api/v1/report-forms',
    rule: systemAdmin,
    body: (c) => ({ ...FORM_DEFINITION, code: `M_${c.tag.toUpperCase()}` }),
  },
  { route: 'PUT /api/v1/report-forms/:id', rule: systemAdmin, params: form, body: () => FORM_DEFINITION },
  {
    route: 'POST /api/v1/report-forms/:id/active',
    rule: systemAdmin,
    params: form,
    body: () => ({ isActive: true }),
  },
  {
    route: 'POST /api/v1/data-elements',
    rule: systemAdmin,
    body: (c) => ({ code: `M_${c.tag.toUpperCase()}`, name: 'Chỉ tiêu thử', nameEn: 'Test element' }),
  },

  { route: 'GET /api/v1/reports', rule: signedIn },
  {
    route: 'POST /api/v1/reports',
    rule: scoped(ENTER),
    body: (c) => ({ formId: c.fx.monthlyForm, unitId: c.site.unit, periodStart: '2025-03-01' }),
  },
  {
    route: 'GET /api/v1/reports/summary',
    rule: scoped(READERS),
    query: (c) => `formId=${c.fx.monthlyForm}&periodStart=2025-02-01&unitId=${c.site.unit}`,
  },
  {
    // readers who may not read it are told it does not exist (reports.service.ts load)
    route: 'GET /api/v1/reports/:id',
    rule: scoped(READERS),
    hides: ['REPORT_NOT_FOUND'],
    params: report('draftReport'),
  },
  {
    route: 'PUT /api/v1/reports/:id',
    rule: scoped(ENTER),
    hides: ['REPORT_NOT_FOUND'],
    params: report('draftReport'),
    body: () => ({ version: 1, values: [], narrative: {} }),
  },
  {
    route: 'POST /api/v1/reports/:id/actions',
    variant: 'submit',
    rule: scoped(ENTER),
    hides: ['REPORT_NOT_FOUND'],
    params: report('draftReport'),
    body: () => ({ action: 'submit' }),
  },
  // a decision comes from a unit above the report's (not its own unit's approver)
  ...(['approve', 'return', 'reopen'] as const).map((action): Entry => ({
    route: 'POST /api/v1/reports/:id/actions',
    variant: action,
    rule: scoped(DECIDE, ['above']),
    hides: ['REPORT_NOT_FOUND'],
    params: report('submittedReport'),
    body: () => ({ action, reason: 'Thiếu số liệu' }),
  })),
  {
    route: 'GET /api/v1/reports/:id/activity-values',
    rule: scoped(READERS),
    hides: ['REPORT_NOT_FOUND'],
    params: report('draftReport'),
  },
  {
    route: 'GET /api/v1/reports/export',
    rule: scoped(READERS),
    query: (c) => `formId=${c.fx.semiannualForm}&periodStart=2025-01-01&unitId=${c.site.unit}&format=csv`,
  },
  {
    // a unit the caller may not enter for is a problem of its rows (report-import.service.ts)
    route: 'POST /api/v1/reports/import',
    rule: scoped(ENTER),
    body: (c) => ({
      formId: c.fx.semiannualForm,
      fileName: 'so-lieu.csv',
      contentBase64: Buffer.from(
        `unit_code,period_start,element_code,category,value\n${c.site.unitCode},2025-07-01,${c.fx.importField.code},${c.fx.importField.category},5\n`,
      ).toString('base64'),
    }),
    deniedWhen: (res) =>
      res.statusCode === 422 && res.body.includes('IMPORT_INVALID') && res.body.includes('không có quyền'),
  },

  {
    route: 'GET /api/v1/obligations',
    rule: scoped(ALL_ROLES, OBLIGATION_READ),
    hides: ['OBLIGATION_NOT_FOUND'],
    query: unitQuery,
  },
  {
    route: 'POST /api/v1/obligations',
    rule: scoped(MANAGE_OBLIGATIONS),
    body: (c) => ({
      formId: c.fx.semiannualForm,
      unitId: c.site.unit,
      title: `Báo cáo 6 tháng ${c.tag}`,
      frequency: 'semiannual',
      dueDays: ['06-15', '12-15'],
      startsOn: '2027-01-01',
    }),
  },
  {
    // the communes' reports due: asked about a commune (site P: a commune of Hưng Yên)
    route: 'GET /api/v1/obligations/due',
    rule: scoped(DUE_READERS),
    query: (c) => `unitId=${c.site.commune}`,
  },
  {
    route: 'GET /api/v1/obligations/suggestions',
    rule: scoped(ALL_ROLES, OBLIGATION_READ),
    hides: ['OBLIGATION_NOT_FOUND'],
    query: (c) => `planId=${c.site.plan}`,
  },
  {
    // site C's obligation is its province's (Hưng Yên): "above" is then a role at the same unit
    route: 'PATCH /api/v1/obligations/:id',
    rule: scoped(MANAGE_OBLIGATIONS),
    params: (c) => ({ id: c.site.obligation }),
    body: () => ({ remindDays: 5 }),
  },

  { route: 'GET /api/v1/programmes', rule: signedIn },
  { route: 'GET /api/v1/indicators', rule: signedIn },
  { route: 'GET /api/v1/indicators/:id', rule: signedIn, params: indicator },
  {
    route: 'GET /api/v1/indicators/values',
    rule: scoped(ALL_ROLES),
    query: (c) => `year=2025&${unitQuery(c)}`,
  },
  {
    route: 'GET /api/v1/indicators/:id/series',
    rule: scoped(ALL_ROLES),
    params: indicator,
    query: (c) => `from=2024&to=2025&${unitQuery(c)}`,
  },
  {
    route: 'GET /api/v1/indicators/:id/by-unit',
    rule: scoped(ALL_ROLES),
    params: indicator,
    query: (c) => `year=2025&${unitQuery(c)}`,
  },
  {
    route: 'PATCH /api/v1/indicators/:id',
    rule: systemAdmin,
    params: indicator,
    body: () => ({ note: 'Ghi chú' }),
  },
  {
    route: 'PUT /api/v1/indicators/:id/targets/:year',
    rule: systemAdmin,
    params: (c) => ({ id: c.fx.indicator, year: 2030 }),
    body: () => ({ comparator: '>=', value: 50, label: 'Ít nhất 50%' }),
  },
];
