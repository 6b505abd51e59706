import { z } from 'zod';
import { PERIOD_TYPES } from './periods.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export const REPORT_ACTIONS = ['submit', 'return', 'approve', 'reopen'] as const;

export const ZReportSchema = z.object({
  id: z.number().int(),
  formId: z.number().int(),
  formCode: z.string(),
  formName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  provinceId: z.number().int(),
  periodType: z.enum(PERIOD_TYPES),
  periodStart: ZIsoDate,
  periodEnd: ZIsoDate,
  periodLabel: z.string(),
  dueDate: ZIsoDate.nullable(),
  status: z.enum(REPORT_STATUSES),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  version: z.number().int(),
  /** Not submitted by its due date (or submitted after it). */
  late: z.boolean(),
});
export type TReport = z.infer<typeof ZReportSchema>;

export const ZReportValueSchema = z.object({
  elementCode: z.string().min(1).max(60),
  category: z.string().min(1).max(40),
  value: z.number().finite().nullable(),
});

export const ZReportDetailSchema = ZReportSchema.extend({
  values: z.array(ZReportValueSchema.extend({ value: z.number() })),
  narrative: z.record(z.string(), z.string()),
  events: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      actorName: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  /** What the caller may do now (for the buttons). */
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    return: z.boolean(),
    approve: z.boolean(),
    reopen: z.boolean(),
  }),
});
export type TReportDetail = z.infer<typeof ZReportDetailSchema>;

export const ZReportIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZListReportsRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  formId: z.coerce.number().int().positive().optional(),
  periodStart: ZIsoDate.optional(),
  status: z.enum(REPORT_STATUSES).optional(),
});
export const ZListReportsResponseSchema = z.object({ items: z.array(ZReportSchema) });
export const ZReportResponseSchema = z.object({ report: ZReportDetailSchema });

export const ZCreateReportRequestSchema = z.object({
  formId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  periodStart: ZIsoDate,
  dueDate: ZIsoDate.nullable().optional(),
  /** The reporting obligation the report answers; its schedule gives the due date when none is given. */
  obligationId: z.number().int().positive().nullable().optional(),
});
export type TCreateReportRequest = z.infer<typeof ZCreateReportRequestSchema>;

export const ZSaveReportRequestSchema = z.object({
  version: z.number().int().positive(),
  values: z.array(ZReportValueSchema).max(2000),
  narrative: z.record(z.string().max(60), z.string().max(20_000)).default({}),
});
export type TSaveReportRequest = z.infer<typeof ZSaveReportRequestSchema>;

export const ZReportActionRequestSchema = z.object({
  action: z.enum(REPORT_ACTIONS),
  reason: z.string().trim().max(2000).optional(),
});
export type TReportActionRequest = z.infer<typeof ZReportActionRequestSchema>;

export const ZSummaryRequestSchema = z.object({
  formId: z.coerce.number().int().positive(),
  periodStart: ZIsoDate,
  /** The receiving unit (a province, or a commune); omitted: the whole country. */
  unitId: z.coerce.number().int().positive().optional(),
});
export const ZSummaryResponseSchema = z.object({
  unitName: z.string(),
  periodLabel: z.string(),
  /** The lower units that report to this one, with the state of their report. */
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      reportId: z.number().int().nullable(),
      status: z.enum(REPORT_STATUSES).nullable(),
      submittedAt: z.string().nullable(),
      dueDate: ZIsoDate.nullable(),
      /** null for a province in the national view: see `progress`. */
      timeliness: z.enum(['on_time', 'late', 'missing', 'not_due']).nullable(),
      /** The national view: the province's communes and how many have submitted and been approved. */
      progress: z
        .object({ expected: z.number().int(), submitted: z.number().int(), approved: z.number().int() })
        .nullable(),
    }),
  ),
  totals: z.object({
    expected: z.number().int(),
    submitted: z.number().int(),
    approved: z.number().int(),
    onTime: z.number().int(),
  }),
  /** Approved numbers summed over the unit's subtree (2024 units counted through the lineage). */
  /** value null (suppressed) where a count of survivors would be shown or given away (docs/CASES.md). */
  sums: z.array(
    z.object({
      elementCode: z.string(),
      category: z.string(),
      value: z.number().nullable(),
      suppressed: z.boolean(),
    }),
  ),
});
export type TSummary = z.infer<typeof ZSummaryResponseSchema>;
