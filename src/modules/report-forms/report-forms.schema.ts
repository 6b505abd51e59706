import { VALUE_TYPES } from '../../core/numbers/value-bounds.ts';
import { z } from 'zod';
import { PERIOD_TYPES } from '../reports/periods.ts';

export const ZReportFieldSchema = z.object({
  elementId: z.number().int(),
  elementCode: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** integer (a count), number, percent, money: their bounds in src/core/numbers/value-bounds.ts */
  valueType: z.enum(VALUE_TYPES),
  /** The element's own maximum; null: the value type's. */
  maxValue: z.number().nullable(),
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
  isActive: z.boolean(),
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

const ZCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,59}$/, 'Mã viết hoa không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ.');

/** What an administrator writes: the whole form (fields bound to data elements by code). */
export const ZFormDefinitionSchema = z.object({
  code: ZCode,
  name: z.string().trim().min(3).max(300),
  nameEn: z.string().trim().min(3).max(300),
  periodType: z.enum(PERIOD_TYPES),
  sections: z
    .array(
      z.object({
        key: z
          .string()
          .trim()
          .regex(/^[a-z][a-z0-9_]{0,39}$/),
        title: z.string().trim().min(1).max(200),
        titleEn: z.string().trim().min(1).max(200),
      }),
    )
    .max(20),
  fields: z
    .array(
      z.object({
        elementCode: z.string().trim().min(1).max(60),
        group: z.string().trim().max(200).nullable().default(null),
        required: z.boolean().default(false),
      }),
    )
    .min(1)
    .max(300),
  rules: z
    .array(
      z.object({
        left: z.string().trim().min(1),
        leftCategory: z.string().trim().default('total'),
        operator: z.enum(['<=', '=', '>=']),
        right: z.string().trim().min(1),
        rightCategory: z.string().trim().default('total'),
        message: z.string().trim().min(3).max(500),
        messageEn: z.string().trim().min(3).max(500),
      }),
    )
    .max(100)
    .default([]),
});
export type TFormDefinition = z.infer<typeof ZFormDefinitionSchema>;
export const ZFormActiveRequestSchema = z.object({ isActive: z.boolean() });

export const ZDataElementSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  disaggregation: z.enum(['none', 'sex', 'sex_age', 'sex_ethnicity']),
  valueType: z.enum(VALUE_TYPES),
  categories: z.array(z.string()),
  isActive: z.boolean(),
});
export const ZListDataElementsResponseSchema = z.object({ items: z.array(ZDataElementSchema) });
export const ZCreateDataElementRequestSchema = z.object({
  code: ZCode,
  name: z.string().trim().min(3).max(300),
  nameEn: z.string().trim().min(3).max(300),
  description: z.string().trim().max(2000).nullable().default(null),
  disaggregation: z.enum(['none', 'sex', 'sex_age', 'sex_ethnicity']).default('none'),
  valueType: z.enum(VALUE_TYPES).default('integer'),
});
export type TCreateDataElementRequest = z.infer<typeof ZCreateDataElementRequestSchema>;
