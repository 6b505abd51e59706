-- 0003: tasks assigned by plans to a lead agency (chủ trì) with partner agencies (phối hợp),
-- their progress updates and evidence files.

CREATE TABLE task (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id           integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE DEFERRABLE,
  province_id       integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  unit_id           integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  title             text NOT NULL,
  lead_agency_id    integer REFERENCES agency (id) DEFERRABLE,
  lead_agency_name  text NOT NULL,
  due_date          date,
  frequency         text NOT NULL DEFAULT 'once'
                    CHECK (frequency IN ('once', 'monthly', 'quarterly', 'semiannual', 'annual')),
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  progress          integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  search_key        text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_plan_idx ON task (plan_id);
CREATE INDEX task_lead_idx ON task (lead_agency_id);
CREATE INDEX task_province_due_idx ON task (province_id, due_date);

CREATE TABLE task_partner (
  task_id      integer NOT NULL REFERENCES task (id) ON DELETE CASCADE DEFERRABLE,
  agency_name  text NOT NULL,
  agency_id    integer REFERENCES agency (id) DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  PRIMARY KEY (task_id, agency_name)
);

CREATE TABLE task_update (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id      integer NOT NULL REFERENCES task (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  author_id    integer REFERENCES app_user (id) DEFERRABLE,
  at           timestamptz NOT NULL DEFAULT now(),
  progress     integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  status       text NOT NULL,
  note         text NOT NULL
);
CREATE INDEX task_update_task_idx ON task_update (task_id, at);

-- Evidence is kept in the database (one backup holds everything); size and type are checked.
CREATE TABLE task_evidence (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  task_id      integer NOT NULL REFERENCES task (id) ON DELETE CASCADE DEFERRABLE,
  update_id    integer REFERENCES task_update (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  file_name    text NOT NULL,
  media_type   text NOT NULL,
  size_bytes   integer NOT NULL,
  sha256       text NOT NULL,
  content      bytea NOT NULL,
  uploaded_by  integer REFERENCES app_user (id) DEFERRABLE,
  uploaded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_evidence_task_idx ON task_evidence (task_id);
