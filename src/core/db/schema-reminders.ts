/** Kysely table types of the scheduler and reminders (migrations/0011_reminders.sql, 0013_staff_alerts.sql). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export const NOTIFICATION_KINDS = ['report_due', 'task_due', 'staff_alert'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const NOTIFICATION_STAGES = ['before', 'overdue', 'alert'] as const;
export type NotificationStage = (typeof NOTIFICATION_STAGES)[number];

export interface ScheduledJobTable {
  name: string;
  next_run_at: Timestamp;
  lease_owner: string | null;
  lease_until: Timestamp | null;
  last_run_at: Timestamp | null;
  last_error: string | null;
}

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: NotificationKind;
  subject_key: string;
  due_date: DateOnly;
  stage: NotificationStage;
  title: string;
  detail: string;
  link: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface UserNotificationSettingTable {
  user_id: number;
  digest: Generated<boolean>;
  updated_at: Timestamp;
}

export interface NotificationDigestTable {
  user_id: number;
  day: DateOnly;
  sent_at: Timestamp;
}

export interface ReminderTables {
  scheduled_job: ScheduledJobTable;
  notification: NotificationTable;
  user_notification_setting: UserNotificationSettingTable;
  notification_digest: NotificationDigestTable;
}
