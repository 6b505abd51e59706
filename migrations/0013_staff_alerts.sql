-- 0013: staff alerts in the notifications. When a case role (case_worker, case_supervisor) is
-- granted, or a user holding one has their password reset by someone else or is re-activated, the
-- case supervisors of the area and the system administrators are told in-app and by e-mail
-- (docs/SECURITY.md, residual risk 4). Such a notification has kind 'staff_alert' and stage 'alert';
-- its due_date is the day of the change and its subject_key names the change
-- ('role:<role_assignment id>', 'user:<id>:password:<ms>.<random>', 'user:<id>:active:<ms>.<random>').
ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('report_due', 'task_due', 'staff_alert'));
ALTER TABLE notification DROP CONSTRAINT notification_stage_check;
ALTER TABLE notification ADD CONSTRAINT notification_stage_check
  CHECK (stage IN ('before', 'overdue', 'alert'));
