-- 0018: the case path a case worker and supervisor walk (issue 16, part 2; anchor Primero / GBVIMS+).
-- * Closure with approval: every step is an event of its own (case_closure): the worker's request
--   with its reason and checklist, the supervisor's sending back (with a sealed comment) or approval,
--   and a reopening (with its sealed reason). The case's state is gbv_case.status; a request is
--   pending while the case is open and its latest closure event is a request.
-- * Referral response times: each referral has the instant by which the provider should answer
--   (referral.response_due_at), from the defaults per service (referral_response_time; hours 0 means
--   "the same day": by the end of the civil day of sending in the configured zone).
-- * Follow-up plan: scheduled follow-ups (7, 30, 90 days after intake by default), each with its outcome.
-- Unanswered referrals past due and missed follow-ups are escalated to the case's supervisors by the
-- reminders job as notifications of kind 'case_escalation' (stage 'overdue'; subject_key
-- 'referral:<id>:response' or 'follow_up:<id>'); the texts carry the case code only.

CREATE TABLE case_closure (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid                uuid NOT NULL UNIQUE,
  case_id            integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id        integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  kind               text NOT NULL CHECK (kind IN ('request', 'send_back', 'approve', 'reopen')),
  close_reason       text CHECK (close_reason IN ('goals_met', 'survivor_request', 'transferred',
                       'moved_away', 'no_contact', 'deceased', 'other')),
  safety_plan_done   boolean,
  services_done      boolean,   -- services completed or declined
  survivor_informed  boolean,
  text_enc           text,      -- the supervisor's comment or the reason for reopening (sealed)
  by_user            integer REFERENCES app_user (id) DEFERRABLE,
  at                 timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_closure_case_idx ON case_closure (case_id, id);

-- Defaults of the time a provider has to answer a referral, per service (hours; 0: the same day).
CREATE TABLE referral_response_time (
  service  text PRIMARY KEY CHECK (service IN ('shelter', 'health', 'police', 'legal_aid', 'psychosocial',
             'livelihood', 'other')),
  hours    integer NOT NULL CHECK (hours >= 0 AND hours <= 2160)
);
INSERT INTO referral_response_time (service, hours) VALUES
  ('shelter', 0), ('health', 24), ('police', 24), ('legal_aid', 120), ('psychosocial', 72),
  ('livelihood', 168), ('other', 120);

ALTER TABLE referral ADD COLUMN response_due_at timestamptz;
CREATE INDEX referral_response_due_idx ON referral (response_due_at) WHERE status = 'sent';

CREATE TABLE case_follow_up (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid          uuid NOT NULL UNIQUE,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  due_on       date NOT NULL,
  outcome      text CHECK (outcome IN ('stable', 'needs_support', 'not_reached', 'declined')),
  done_on      date,
  note_enc     text,
  created_by   integer REFERENCES app_user (id) DEFERRABLE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  recorded_by  integer REFERENCES app_user (id) DEFERRABLE,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_follow_up_case_idx ON case_follow_up (case_id, due_on);
CREATE INDEX case_follow_up_due_idx ON case_follow_up (due_on) WHERE outcome IS NULL;

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('report_due', 'task_due', 'staff_alert', 'report_returned', 'case_escalation'));
