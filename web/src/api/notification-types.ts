/** The notifications API (reminders), as the web app reads it. */
export interface AppNotification {
  id: number;
  kind: 'report_due' | 'task_due';
  stage: 'before' | 'overdue';
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
