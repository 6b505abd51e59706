-- 0017: a commune is told when its report is returned. Such a notification has kind
-- 'report_returned' and stage 'alert'; its due_date is the report's due date (or the day it was
-- returned), its subject_key 'report:<id>:returned:<version>'.
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('report_due', 'task_due', 'staff_alert', 'report_returned'));
