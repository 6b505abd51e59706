-- 0010: activities (issue 6): what the work produces — communications, trainings and conferences,
-- contests, events and campaigns, initiatives and clubs, inspections, commendations, policy feedback,
-- legal-aid and counselling sessions, cadre work — each linked to the plan task it carries out, and
-- counted into the periodic reports' data (src/modules/activities/activity-elements.ts).
-- Campaigns and national days (recurring by month-day) make the calendar.

CREATE TABLE campaign (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text UNIQUE,                          -- shipped national days: 'WOMENS_DAY_8_3' …
  unit_id     integer REFERENCES admin_unit (id) DEFERRABLE,  -- null: national
  province_id integer REFERENCES admin_unit (id) DEFERRABLE,
  name        text NOT NULL,
  name_en     text NOT NULL DEFAULT '',
  -- Recurring every year: 'MM-DD' days; one-off: 'YYYY-MM-DD'.
  starts_on   text NOT NULL,
  ends_on     text,
  recurring   boolean NOT NULL DEFAULT true,
  created_by  integer REFERENCES app_user (id) DEFERRABLE,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE activity (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id              integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id          integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  kind                 text NOT NULL CHECK (kind IN ('communication', 'training', 'conference', 'contest',
                         'event', 'initiative', 'inspection', 'commendation', 'policy_feedback', 'legal_aid',
                         'counselling', 'cadre')),
  -- communication: news, broadcast, loudspeaker, leaflet, poster, video, online_post;
  -- initiative: established, maintained, replicated; others free
  subtype              text,
  title                text NOT NULL,
  started_on           date NOT NULL,
  ended_on             date,
  task_id              integer REFERENCES task (id) ON DELETE SET NULL DEFERRABLE,
  campaign_id          integer REFERENCES campaign (id) ON DELETE SET NULL DEFERRABLE,
  quantity             integer CHECK (quantity IS NULL OR quantity >= 0),   -- items, sessions, issues, people appointed
  reach                integer CHECK (reach IS NULL OR reach >= 0),         -- people reached / views
  participants_female  integer CHECK (participants_female IS NULL OR participants_female >= 0),
  participants_male    integer CHECK (participants_male IS NULL OR participants_male >= 0),
  target_group         text,
  members              integer CHECK (members IS NULL OR members >= 0),     -- clubs
  violations           integer CHECK (violations IS NULL OR violations >= 0), -- inspections: handled
  findings             text,
  note                 text,
  created_by           integer REFERENCES app_user (id) DEFERRABLE,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_unit_idx ON activity (province_id, unit_id, started_on);
CREATE INDEX activity_task_idx ON activity (task_id);

CREATE TABLE activity_attachment (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  activity_id  integer NOT NULL REFERENCES activity (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  file_name    text NOT NULL,
  media_type   text NOT NULL,
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  uploaded_by  integer REFERENCES app_user (id) DEFERRABLE,
  uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX activity_attachment_idx ON activity_attachment (activity_id);
