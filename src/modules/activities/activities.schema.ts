import { z } from 'zod';
import { ACTIVITY_KINDS } from '../../core/db/schema-activities.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
const ZCount = z.number().int().min(0).max(10_000_000).nullable().optional();

export const ZActivityInputSchema = z.object({
  unitId: z.number().int().positive(),
  kind: z.enum(ACTIVITY_KINDS),
  subtype: z.string().trim().max(60).nullable().optional(),
  title: z.string().trim().min(3).max(500),
  startedOn: ZIsoDate,
  endedOn: ZIsoDate.nullable().optional(),
  taskId: z.number().int().positive().nullable().optional(),
  campaignId: z.number().int().positive().nullable().optional(),
  quantity: ZCount,
  reach: ZCount,
  participantsFemale: ZCount,
  participantsMale: ZCount,
  targetGroup: z.string().trim().max(300).nullable().optional(),
  members: ZCount,
  violations: ZCount,
  findings: z.string().trim().max(5000).nullable().optional(),
  note: z.string().trim().max(5000).nullable().optional(),
});
export type TActivityInput = z.infer<typeof ZActivityInputSchema>;

export const ZActivitySchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  subtype: z.string().nullable(),
  title: z.string(),
  startedOn: ZIsoDate,
  endedOn: ZIsoDate.nullable(),
  taskId: z.number().int().nullable(),
  taskTitle: z.string().nullable(),
  campaignId: z.number().int().nullable(),
  campaignName: z.string().nullable(),
  quantity: z.number().int().nullable(),
  reach: z.number().int().nullable(),
  participantsFemale: z.number().int().nullable(),
  participantsMale: z.number().int().nullable(),
  targetGroup: z.string().nullable(),
  members: z.number().int().nullable(),
  violations: z.number().int().nullable(),
  findings: z.string().nullable(),
  note: z.string().nullable(),
  attachments: z.array(z.object({ id: z.number().int(), fileName: z.string(), sizeBytes: z.number().int() })),
  /** What it adds to the periodic reports. */
  counts: z.array(z.object({ elementCode: z.string(), category: z.string(), value: z.number() })),
});
export type TActivity = z.infer<typeof ZActivitySchema>;

export const ZListActivitiesRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/)
    .optional(),
});
export const ZActivityIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZAttachmentParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  attachmentId: z.coerce.number().int().positive(),
});
export const ZAttachmentRequestSchema = z.object({
  fileName: z.string().min(1).max(200),
  contentBase64: z.string().min(1).max(14_000_000),
});
export const ZSuggestedValuesResponseSchema = z.object({
  items: z.array(
    z.object({
      elementCode: z.string(),
      category: z.string(),
      value: z.number(),
      activityIds: z.array(z.number().int()),
    }),
  ),
});
export const ZCalendarRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const ZCalendarResponseSchema = z.object({
  items: z.array(
    z.object({
      kind: z.enum(['campaign', 'report_due', 'task_due', 'activity']),
      title: z.string(),
      start: ZIsoDate,
      end: ZIsoDate.nullable(),
      link: z.string().nullable(),
    }),
  ),
});
export const ZCampaignRequestSchema = z.object({
  unitId: z.number().int().positive(),
  name: z.string().trim().min(3).max(300),
  startsOn: ZIsoDate,
  endsOn: ZIsoDate.nullable().optional(),
});
