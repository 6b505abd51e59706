/**
 * Kysely table types of the scheduler and reminders (migrations/0011_reminders.sql,
 * 0013_staff_alerts.sql, 0014_email_retry.sql).
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export const NOTIFICATION_KINDS = [
  'report_due',
  'task_due',
  'staff_alert',
  'report_returned',
  'case_escalation',
] as const;
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
  /** The e-mail that carries it (email_outbox), once one was made. */
  email_id: number | null;
}

export const EMAIL_KINDS = ['reminder', 'digest', 'staff_alert'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export const EMAIL_STATES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type EmailState = (typeof EMAIL_STATES)[number];

export interface EmailOutboxTable {
  id: Generated<number>;
  user_id: number;
  kind: EmailKind;
  digest_day: DateOnly | null;
  state: ColumnType<EmailState, EmailState | undefined, EmailState>;
  tries: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  claim_token: string | null;
  claimed_until: Timestamp | null;
  last_attempt_at: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
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
  email_outbox: EmailOutboxTable;
}
