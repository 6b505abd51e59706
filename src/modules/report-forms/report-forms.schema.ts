import { z } from 'zod';
import { PERIOD_TYPES } from '../reports/periods.ts';

export const ZReportFieldSchema = z.object({
  elementId: z.number().int(),
  elementCode: z.string(),
  name: z.string(),
  nameEn: z.string(),
  valueType: z.enum(['integer', 'number']),
  /** The categories to enter: 'total' first, then its parts (female, male, age groups …). */
  categories: z.array(z.string()),
  group: z.string().nullable(),
  required: z.boolean(),
});
export type TReportField = z.infer<typeof ZReportFieldSchema>;

export const ZReportRuleSchema = z.object({
  left: z.string(),
  leftCategory: z.string(),
  operator: z.enum(['<=', '=', '>=']),
  right: z.string(),
  rightCategory: z.string(),
  message: z.string(),
  messageEn: z.string(),
});
export type TReportRule = z.infer<typeof ZReportRuleSchema>;

export const ZReportFormSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  periodType: z.enum(PERIOD_TYPES),
  sections: z.array(z.object({ key: z.string(), title: z.string(), titleEn: z.string() })),
  shipped: z.boolean(),
});
export type TReportForm = z.infer<typeof ZReportFormSchema>;

export const ZReportFormDetailSchema = ZReportFormSchema.extend({
  fields: z.array(ZReportFieldSchema),
  rules: z.array(ZReportRuleSchema),
});
export type TReportFormDetail = z.infer<typeof ZReportFormDetailSchema>;

export const ZReportFormIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZListReportFormsResponseSchema = z.object({ items: z.array(ZReportFormSchema) });
export const ZReportFormResponseSchema = z.object({ form: ZReportFormDetailSchema });
