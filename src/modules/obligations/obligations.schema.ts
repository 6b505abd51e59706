import { z } from 'zod';
import { REPORT_STATUSES } from '../reports/reports.schema.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
export const FREQUENCIES = ['once', 'monthly', 'quarterly', 'semiannual', 'annual'] as const;

export const ZObligationSchema = z.object({
  id: z.number().int(),
  formId: z.number().int(),
  formName: z.string(),
  /** The receiving unit (a province): its communes report. */
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  frequency: z.enum(FREQUENCIES),
  /** 'MM-DD' days of the year, 'D' a day of the month, or 'YYYY-MM-DD' once (obligation-schedule.ts). */
  dueDays: z.array(z.string()),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate.nullable(),
  remindDays: z.number().int(),
  planId: z.number().int().nullable(),
  sourceText: z.string().nullable(),
  isActive: z.boolean(),
  /** The next due date from today, if any. */
  nextDue: ZIsoDate.nullable(),
});
export type TObligation = z.infer<typeof ZObligationSchema>;

export const ZCreateObligationRequestSchema = z.object({
  formId: z.number().int().positive(),
  unitId: z.number().int().positive(),
  title: z.string().trim().min(3).max(300),
  frequency: z.enum(FREQUENCIES),
  dueDays: z.array(z.string().trim().max(10)).min(1).max(2),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate.nullable().optional(),
  remindDays: z.number().int().min(0).max(60).default(7),
  planId: z.number().int().positive().nullable().optional(),
  sourceText: z.string().max(2000).nullable().optional(),
});
export type TCreateObligationRequest = z.infer<typeof ZCreateObligationRequestSchema>;

export const ZUpdateObligationRequestSchema = z.object({
  title: z.string().trim().min(3).max(300).optional(),
  dueDays: z.array(z.string().trim().max(10)).min(1).max(2).optional(),
  endsOn: ZIsoDate.nullable().optional(),
  remindDays: z.number().int().min(0).max(60).optional(),
  isActive: z.boolean().optional(),
});
export type TUpdateObligationRequest = z.infer<typeof ZUpdateObligationRequestSchema>;

export const ZObligationIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZListObligationsRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  planId: z.coerce.number().int().positive().optional(),
});
export const ZListObligationsResponseSchema = z.object({ items: z.array(ZObligationSchema) });
export const ZObligationResponseSchema = z.object({ obligation: ZObligationSchema });

export const ZSuggestionsRequestSchema = z.object({ planId: z.coerce.number().int().positive() });
export const ZSuggestionsResponseSchema = z.object({
  /** Why nothing can be created from this plan: not a province's plan, or no deadline found. */
  note: z.enum(['not_province', 'no_deadlines']).nullable(),
  items: z.array(
    ZCreateObligationRequestSchema.extend({
      formId: z.number().int().nullable(),
      /** Empty when the plan gives no day ("hằng tháng"): the user fills it in. */
      dueDays: z.array(z.string()),
      /** An obligation from this deadline exists already. */
      existingId: z.number().int().nullable(),
      to: z.string().nullable(),
    }),
  ),
});

export const ZDueItemSchema = z.object({
  obligationId: z.number().int(),
  title: z.string(),
  formId: z.number().int(),
  formName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  receiverName: z.string(),
  periodStart: ZIsoDate,
  periodLabel: z.string(),
  dueDate: ZIsoDate,
  reportId: z.number().int().nullable(),
  status: z.enum(REPORT_STATUSES).nullable(),
  /**
   * done: submitted or approved; returned: sent back by the receiver (to correct and send again);
   * overdue; remind: due within the reminder days; upcoming.
   */
  state: z.enum(['done', 'returned', 'overdue', 'remind', 'upcoming']),
  /** Why the receiver returned it (state returned). */
  returnReason: z.string().nullable(),
});
export type TDueItem = z.infer<typeof ZDueItemSchema>;
export const ZDueResponseSchema = z.object({ items: z.array(ZDueItemSchema) });
