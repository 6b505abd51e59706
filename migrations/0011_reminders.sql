-- 0011: reminders. A database-backed scheduler (a job is claimed by one instance at a time through
-- a lease), in-app notifications whose unique dedupe key guarantees that two instances never create
-- (nor e-mail) the same reminder twice, users' e-mail addresses and their digest setting.

ALTER TABLE app_user ADD COLUMN email text;

CREATE TABLE scheduled_job (
  name         text PRIMARY KEY,
  next_run_at  timestamptz NOT NULL DEFAULT now(),
  lease_owner  text,
  lease_until  timestamptz,
  last_run_at  timestamptz,
  last_error   text
);
INSERT INTO scheduled_job (name) VALUES ('reminders');

CREATE TABLE notification (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id      integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  kind         text NOT NULL CHECK (kind IN ('report_due', 'task_due')),
  -- what the reminder is about: 'obligation:<id>:unit:<id>:<period start>' or 'task:<id>'
  subject_key  text NOT NULL,
  due_date     date NOT NULL,
  stage        text NOT NULL CHECK (stage IN ('before', 'overdue')),
  title        text NOT NULL,
  detail       text NOT NULL,
  link         text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  read_at      timestamptz,
  emailed_at   timestamptz,
  CONSTRAINT notification_dedupe UNIQUE (user_id, kind, subject_key, due_date, stage)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

CREATE TABLE user_notification_setting (
  user_id     integer PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  digest      boolean NOT NULL DEFAULT false,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One daily digest per user and day, whichever instance gets there first.
CREATE TABLE notification_digest (
  user_id  integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  day      date NOT NULL,
  sent_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, day)
);
