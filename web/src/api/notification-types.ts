/**
 * The notifications API (reminders, staff alerts, returned reports), typed from the server's zod
 * schemas (src/modules/notifications/notifications.schema.ts): one definition of each shape.
 */
export type {
  TNotification as AppNotification,
  TNotificationsResponse as NotificationList,
  TNotificationSettings as NotificationSettings,
} from '../../../src/modules/notifications/notifications.schema.ts';
