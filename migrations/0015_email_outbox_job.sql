-- 0015: the e-mail outbox is sent by a job of its own, every minute (EMAIL_OUTBOX_INTERVAL_SECONDS),
-- so that a failed e-mail is tried again after its backoff (5, 10, 20 … minutes) and not only at
-- the next reminders run (hourly by default).
INSERT INTO scheduled_job (name) VALUES ('email_outbox') ON CONFLICT (name) DO NOTHING;
