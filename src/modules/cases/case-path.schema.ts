/** Requests and answers of the case path: closure with approval, follow-ups, "needs attention". */
import { z } from 'zod';
import { CLOSURE_KINDS, FOLLOW_UP_OUTCOMES } from '../../core/db/schema-case-path.ts';
import { CLOSE_REASONS, SERVICES } from '../../core/db/schema-cases.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');

export const ZClosureRequestSchema = z.object({
  reason: z.enum(CLOSE_REASONS),
  safetyPlanDone: z.boolean(),
  /** Every service the survivor needed was completed or declined. */
  servicesDone: z.boolean(),
  /** Not needed when the reason is no_contact or deceased. */
  survivorInformed: z.boolean(),
});
export type TClosureRequest = z.infer<typeof ZClosureRequestSchema>;
export const ZClosureSendBackSchema = z.object({ comment: z.string().trim().min(3).max(2000) });
export const ZClosureApproveSchema = z.object({ comment: z.string().trim().max(2000).optional() });

export const ZClosureEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(CLOSURE_KINDS),
  reason: z.enum(CLOSE_REASONS).nullable(),
  safetyPlanDone: z.boolean().nullable(),
  servicesDone: z.boolean().nullable(),
  survivorInformed: z.boolean().nullable(),
  /** The supervisor's comment or the reason for reopening (opened for the team). */
  text: z.string().nullable(),
  byName: z.string().nullable(),
  at: z.string(),
});
export const ZClosureSchema = z.object({
  caseId: z.number().int(),
  status: z.enum(['open', 'closed']),
  /** open: no request waiting; pending: waiting for the supervisor; closed. */
  state: z.enum(['open', 'pending', 'closed']),
  abilities: z.object({ request: z.boolean(), decide: z.boolean(), reopen: z.boolean() }),
  history: z.array(ZClosureEventSchema),
});
export type TClosure = z.infer<typeof ZClosureSchema>;
export const ZClosureResponseSchema = z.object({ closure: ZClosureSchema });

export const ZFollowUpSchema = z.object({
  id: z.number().int(),
  dueOn: ZIsoDate,
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullable(),
  doneOn: ZIsoDate.nullable(),
  note: z.string().nullable(),
  missed: z.boolean(),
});
export type TFollowUp = z.infer<typeof ZFollowUpSchema>;
export const ZFollowUpsResponseSchema = z.object({
  items: z.array(ZFollowUpSchema),
  edit: z.boolean(),
});
export type TFollowUps = z.infer<typeof ZFollowUpsResponseSchema>;
export const ZFollowUpCreateSchema = z.object({ dueOn: ZIsoDate });
/** Either a new due date, or the outcome (with the day it was done and a sealed note). */
export const ZFollowUpUpdateSchema = z.object({
  dueOn: ZIsoDate.optional(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).optional(),
  doneOn: ZIsoDate.optional(),
  note: z.string().trim().max(4000).nullable().optional(),
});
export type TFollowUpUpdate = z.infer<typeof ZFollowUpUpdateSchema>;
export const ZFollowUpParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  followUpId: z.coerce.number().int().positive(),
});

export const ZAttentionItemSchema = z.object({
  caseId: z.number().int(),
  caseCode: z.string(),
  kind: z.enum(['referral_unanswered', 'referral_overdue', 'follow_up_missed', 'closure_pending']),
  /** The referral or follow-up (null for a closure request). */
  itemId: z.number().int().nullable(),
  service: z.enum(SERVICES).nullable(),
  /** When it was due: an instant for a referral's answer, a civil date otherwise. */
  dueAt: z.string(),
  myRole: z.enum(['case_worker', 'case_supervisor']),
});
export type TAttentionItem = z.infer<typeof ZAttentionItemSchema>;
export const ZAttentionResponseSchema = z.object({ items: z.array(ZAttentionItemSchema) });
export type TAttention = z.infer<typeof ZAttentionResponseSchema>;
