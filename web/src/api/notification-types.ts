/** The notifications API (reminders and staff alerts), as the web app reads it. */
export interface AppNotification {
  id: number;
  /** staff_alert: a case role granted, or a case worker's password reset or account re-activated. */
  kind: 'report_due' | 'task_due' | 'staff_alert';
  /** alert (staff alerts only): dueDate is the day of the change. */
  stage: 'before' | 'overdue' | 'alert';
  title: string;
  detail: string;
  dueDate: string;
  link: string;
  read: boolean;
  createdAt: string;
}

export interface NotificationList {
  items: AppNotification[];
  unread: number;
}

export interface NotificationSettings {
  email: string | null;
  digest: boolean;
}
