import { z } from 'zod';
import { ZIsoDate } from '../units/units.schema.ts';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export const TASK_FREQUENCIES = ['once', 'monthly', 'quarterly', 'semiannual', 'annual'] as const;

export const ZTaskSchema = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  unitId: z.number().int(),
  title: z.string(),
  leadAgencyId: z.number().int().nullable(),
  leadAgencyName: z.string(),
  partners: z.array(z.object({ agencyId: z.number().int().nullable(), agencyName: z.string() })),
  dueDate: ZIsoDate.nullable(),
  frequency: z.enum(TASK_FREQUENCIES),
  status: z.enum(TASK_STATUSES),
  progress: z.number().int(),
  overdue: z.boolean(),
});
export type TTask = z.infer<typeof ZTaskSchema>;

export const ZTaskDetailSchema = ZTaskSchema.extend({
  updates: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      authorName: z.string().nullable(),
      progress: z.number().int(),
      status: z.string(),
      note: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.number().int(),
      updateId: z.number().int().nullable(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number().int(),
      uploadedAt: z.string(),
    }),
  ),
  /** What the caller may do with the task (tasks.policy.ts): the page offers only these. */
  abilities: z.object({ edit: z.boolean(), report: z.boolean() }),
});
export type TTaskDetail = z.infer<typeof ZTaskDetailSchema>;

export const ZNewTaskSchema = z.object({
  title: z.string().trim().min(3).max(2000),
  leadAgencyName: z.string().trim().min(2).max(300),
  leadAgencyId: z.number().int().positive().nullable().optional(),
  partners: z.array(z.string().trim().min(2).max(300)).max(30).default([]),
  dueDate: ZIsoDate.nullable().default(null),
  frequency: z.enum(TASK_FREQUENCIES).default('once'),
});
export const ZCreateTasksRequestSchema = z.object({ tasks: z.array(ZNewTaskSchema).min(1).max(500) });
export type TNewTask = z.infer<typeof ZNewTaskSchema>;

export const ZEvidenceUploadSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000),
});
export const ZTaskUpdateRequestSchema = z.object({
  progress: z.number().int().min(0).max(100),
  status: z.enum(TASK_STATUSES),
  note: z.string().trim().min(1).max(5000),
  evidence: z.array(ZEvidenceUploadSchema).max(5).default([]),
});
export type TTaskUpdateRequest = z.infer<typeof ZTaskUpdateRequestSchema>;

export const ZListTasksRequestSchema = z.object({
  planId: z.coerce.number().int().positive().optional(),
  agencyId: z.coerce.number().int().positive().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  dueBefore: ZIsoDate.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export const ZTaskIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZPlanTasksParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZEvidenceParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  evidenceId: z.coerce.number().int().positive(),
});
export const ZListTasksResponseSchema = z.object({ items: z.array(ZTaskSchema) });
export const ZTaskResponseSchema = z.object({ task: ZTaskDetailSchema });

/** Corrections after import: confirm the lead agency (or a partner's), set the due date or title. */
export const ZUpdateTaskRequestSchema = z.object({
  title: z.string().trim().min(3).max(2000).optional(),
  leadAgencyId: z.number().int().positive().nullable().optional(),
  dueDate: ZIsoDate.nullable().optional(),
  frequency: z.enum(TASK_FREQUENCIES).optional(),
  partners: z
    .array(
      z.object({
        agencyName: z.string().trim().min(2).max(300),
        agencyId: z.number().int().positive().nullable(),
      }),
    )
    .max(30)
    .optional(),
});
export type TUpdateTaskRequest = z.infer<typeof ZUpdateTaskRequestSchema>;
