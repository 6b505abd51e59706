import { z } from 'zod';
import { NOTIFICATION_KINDS, NOTIFICATION_STAGES } from '../../core/db/schema-reminders.ts';
import { ZIsoDate } from '../units/units.schema.ts';

export const ZNotificationSchema = z.object({
  id: z.number().int(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** before: due soon; overdue: past its due date. */
  stage: z.enum(NOTIFICATION_STAGES),
  title: z.string(),
  detail: z.string(),
  dueDate: ZIsoDate,
  /** Where the web app shows the item, e.g. "#/reports/12" or "#/tasks/5". */
  link: z.string(),
  read: z.boolean(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotificationSchema>;

export const ZNotificationsResponseSchema = z.object({
  items: z.array(ZNotificationSchema),
  unread: z.number().int(),
});
export type TNotificationsResponse = z.infer<typeof ZNotificationsResponseSchema>;

export const ZNotificationIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ZNotificationSettingsSchema = z.object({
  /** Where reminder e-mails go; null: in-app only. */
  email: z.email().max(254).nullable(),
  /** true: one digest e-mail a day instead of one e-mail per reminder run. */
  digest: z.boolean(),
});
export type TNotificationSettings = z.infer<typeof ZNotificationSettingsSchema>;
