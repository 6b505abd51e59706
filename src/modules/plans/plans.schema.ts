import { z } from 'zod';
import { ZIsoDate } from '../units/units.schema.ts';

export const PLAN_STATUSES = ['draft', 'submitted', 'issued', 'in_progress', 'closed'] as const;
export const PLAN_ACTIONS = ['submit', 'return', 'issue', 'start', 'close'] as const;
export type TPlanAction = (typeof PLAN_ACTIONS)[number];

export const ZLegalDocumentInputSchema = z.object({
  kind: z.string().trim().min(2).max(60),
  number: z.string().trim().max(60).nullable(),
  issuedOn: ZIsoDate.nullable(),
  issuer: z.string().trim().max(200).nullable(),
  title: z.string().trim().min(2).max(1000),
  implements: z.boolean().default(false),
});
export type TLegalDocumentInput = z.infer<typeof ZLegalDocumentInputSchema>;

export const ZPlanReferenceSchema = ZLegalDocumentInputSchema.extend({ id: z.number().int() });

export const ZPlanLinkSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  documentNumber: z.string().nullable(),
  unitName: z.string(),
  status: z.enum(PLAN_STATUSES),
});

export const ZPlanSchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  /** The level of the plan's unit: a province plan cascades to its communes. */
  unitLevel: z.enum(['province', 'district', 'commune']),
  provinceId: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  docType: z.string(),
  documentNumber: z.string().nullable(),
  title: z.string(),
  issuerName: z.string().nullable(),
  place: z.string().nullable(),
  issuedOn: ZIsoDate.nullable(),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  createdAt: z.string(),
});
export type TPlan = z.infer<typeof ZPlanSchema>;

/** What the caller may do with the plan (plans.policy.ts): the page offers only these. */
export const ZPlanAbilitiesSchema = z.object({
  /** Add tasks, correct them, match them to agencies. */
  edit: z.boolean(),
  submit: z.boolean(),
  return: z.boolean(),
  issue: z.boolean(),
  start: z.boolean(),
  close: z.boolean(),
  /** Create an agency at the plan's unit ("Tạo và khớp"). */
  createAgency: z.boolean(),
});
export type TPlanAbilities = z.infer<typeof ZPlanAbilitiesSchema>;

export const ZPlanDetailSchema = ZPlanSchema.extend({
  references: z.array(ZPlanReferenceSchema),
  recipients: z.array(z.string()),
  /** Plans in binhdang that this plan implements, and those that implement it. */
  implementsPlans: z.array(ZPlanLinkSchema),
  implementedBy: z.array(ZPlanLinkSchema),
  parsed: z.unknown(),
  abilities: ZPlanAbilitiesSchema,
});
export type TPlanDetail = z.infer<typeof ZPlanDetailSchema>;

export const ZParsePlanRequestSchema = z.union([
  z.object({ text: z.string().min(1).max(2_000_000) }),
  z.object({ fileName: z.string().min(1).max(200), contentBase64: z.string().min(1).max(14_000_000) }),
]);
export const ZParsePlanResponseSchema = z.object({
  parsed: z.record(z.string(), z.unknown()),
  text: z.string(),
});

export const ZCreatePlanRequestSchema = z.object({
  unitId: z.number().int().positive(),
  title: z.string().trim().min(3).max(1000),
  docType: z.string().trim().min(1).max(10).default('KH'),
  documentNumber: z.string().trim().max(60).nullable().default(null),
  issuerName: z.string().trim().max(300).nullable().default(null),
  place: z.string().trim().max(100).nullable().default(null),
  issuedOn: ZIsoDate.nullable().default(null),
  signerName: z.string().trim().max(100).nullable().default(null),
  signerPosition: z.string().trim().max(100).nullable().default(null),
  references: z.array(ZLegalDocumentInputSchema).max(200).default([]),
  recipients: z.array(z.string().trim().min(1).max(300)).max(200).default([]),
  sourceText: z.string().max(2_000_000).nullable().default(null),
});
export type TCreatePlanRequest = z.infer<typeof ZCreatePlanRequestSchema>;

export const ZPlanActionRequestSchema = z.object({
  action: z.enum(PLAN_ACTIONS),
  documentNumber: z.string().trim().max(60).optional(),
  issuedOn: ZIsoDate.optional(),
  /** On issue: the lower units that must answer with their own plan (or all units under the issuer's). */
  answerUnitIds: z.array(z.number().int().positive()).max(4000).optional(),
  answerAllSubunits: z.boolean().optional(),
  answerDueDate: ZIsoDate.optional(),
});
export type TPlanActionRequest = z.infer<typeof ZPlanActionRequestSchema>;

export const ZCascadeResponseSchema = z.object({
  items: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      dueDate: ZIsoDate.nullable(),
      answered: z.boolean(),
      overdue: z.boolean(),
      answers: z.array(z.object({ id: z.number().int(), title: z.string(), status: z.enum(PLAN_STATUSES) })),
    }),
  ),
  answered: z.number().int(),
  expected: z.number().int(),
});
export const ZAwaitingResponseSchema = z.object({
  items: z.array(
    z.object({
      planId: z.number().int(),
      title: z.string(),
      documentNumber: z.string().nullable(),
      issuerUnit: z.string(),
      unitId: z.number().int(),
      unitName: z.string(),
      dueDate: ZIsoDate.nullable(),
    }),
  ),
});

export const ZListPlansRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZPlanIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZPlanResponseSchema = z.object({ plan: ZPlanDetailSchema });
export const ZListPlansResponseSchema = z.object({ items: z.array(ZPlanSchema) });
