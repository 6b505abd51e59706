-- 0006: periodic reporting (issue 4). Report forms (numeric fields bound to data elements, and
-- narrative sections), reporting obligations (who reports which form to whom, how often, due when,
-- often created from a plan's deadlines), reports with their workflow
-- (draft → submitted → returned | approved, reopened by the approver), and the data values they carry.

CREATE TABLE report_form (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code         text NOT NULL UNIQUE,              -- 'GE_ANNUAL', 'GE_SEMIANNUAL'
  name         text NOT NULL,
  name_en      text NOT NULL,
  period_type  text NOT NULL CHECK (period_type IN ('monthly', 'quarterly', 'semiannual', 'annual')),
  -- [{ "key": "results", "title": "Kết quả đạt được", "titleEn": "Results" }, …]
  sections     jsonb NOT NULL DEFAULT '[]',
  shipped      boolean NOT NULL DEFAULT false,    -- came with binhdang (seed/report-forms)
  is_active    boolean NOT NULL DEFAULT true,
  created_by   integer REFERENCES app_user (id) DEFERRABLE,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE report_form_field (
  form_id          integer NOT NULL REFERENCES report_form (id) ON DELETE CASCADE DEFERRABLE,
  data_element_id  integer NOT NULL REFERENCES data_element (id) DEFERRABLE,
  position         integer NOT NULL,
  group_title      text,                          -- a heading the field sits under on the form
  required         boolean NOT NULL DEFAULT false,
  PRIMARY KEY (form_id, data_element_id)
);

-- Validation rules across fields of a form: left (element, category) must be ≤ / = / ≥ right.
-- Per-element rules (female ≤ total, male ≤ total, categories sum to total) are built in.
CREATE TABLE report_form_rule (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  form_id          integer NOT NULL REFERENCES report_form (id) ON DELETE CASCADE DEFERRABLE,
  left_element_id  integer NOT NULL REFERENCES data_element (id) DEFERRABLE,
  left_category    text NOT NULL DEFAULT 'total',
  operator         text NOT NULL CHECK (operator IN ('<=', '=', '>=')),
  right_element_id integer NOT NULL REFERENCES data_element (id) DEFERRABLE,
  right_category   text NOT NULL DEFAULT 'total',
  message          text NOT NULL,                 -- Vietnamese, shown as is
  message_en       text NOT NULL
);

-- Who reports what to whom: every unit at `reporter_level` under `unit_id` reports `form_id` to
-- `unit_id` on the schedule. A plan's parsed deadline can create one (plan_id, source_text).
CREATE TABLE reporting_obligation (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  form_id         integer NOT NULL REFERENCES report_form (id) DEFERRABLE,
  unit_id         integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id     integer REFERENCES admin_unit (id) DEFERRABLE,  -- null when the nation receives
  reporter_level  text NOT NULL CHECK (reporter_level IN ('province', 'commune')),
  title           text NOT NULL,
  frequency       text NOT NULL CHECK (frequency IN ('once', 'monthly', 'quarterly', 'semiannual', 'annual')),
  -- Due dates: 'MM-DD' days of the year (annual: one; semiannual: two), a day of the month for
  -- monthly/quarterly ('D' as text), or one 'YYYY-MM-DD' for once.
  due_days        text[] NOT NULL,
  starts_on       date NOT NULL,
  ends_on         date,
  remind_days     integer NOT NULL DEFAULT 7 CHECK (remind_days BETWEEN 0 AND 60),
  plan_id         integer REFERENCES plan (id) ON DELETE SET NULL DEFERRABLE,
  source_text     text,
  is_active       boolean NOT NULL DEFAULT true,
  created_by      integer REFERENCES app_user (id) DEFERRABLE,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reporting_obligation_unit_idx ON reporting_obligation (unit_id);
CREATE INDEX reporting_obligation_plan_idx ON reporting_obligation (plan_id);

CREATE TABLE report (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  form_id         integer NOT NULL REFERENCES report_form (id) DEFERRABLE,
  obligation_id   integer REFERENCES reporting_obligation (id) ON DELETE SET NULL DEFERRABLE,
  unit_id         integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id     integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  period_type     text NOT NULL CHECK (period_type IN ('monthly', 'quarterly', 'semiannual', 'annual')),
  period_start    date NOT NULL,
  period_end      date NOT NULL,
  due_date        date,
  status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  -- { "results": "…", "difficulties": "…", "proposals": "…" } keyed by the form's sections
  narrative       jsonb NOT NULL DEFAULT '{}',
  submitted_at    timestamptz,
  submitted_by    integer REFERENCES app_user (id) DEFERRABLE,
  decided_at      timestamptz,
  decided_by      integer REFERENCES app_user (id) DEFERRABLE,
  return_reason   text,
  version         integer NOT NULL DEFAULT 1,     -- optimistic concurrency on save
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (form_id, unit_id, period_type, period_start)
);
CREATE INDEX report_province_period_idx ON report (province_id, period_start, status);
CREATE INDEX report_obligation_idx ON report (obligation_id, period_start);

-- The history of a report: every transition with who, when and why.
CREATE TABLE report_event (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  report_id   integer NOT NULL REFERENCES report (id) ON DELETE CASCADE DEFERRABLE,
  province_id integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    integer REFERENCES app_user (id) DEFERRABLE,
  action      text NOT NULL CHECK (action IN ('create', 'save', 'submit', 'return', 'approve', 'reopen', 'import')),
  reason      text
);
CREATE INDEX report_event_report_idx ON report_event (report_id, at);

-- One number: an element, a category ('total', 'female', 'male', 'female:15-24', …), a unit and a
-- period. `approved` is set in the transaction that approves the report (and cleared on reopen), so
-- the sums a province sees are fresh the moment a commune's report is approved.
-- `rollup_unit_id` is the 2025 commune (or province) the value counts under: the unit itself when it is
-- in force, else its successor through admin_unit_lineage (see docs/ARCHITECTURE.md, "Roll-up").
CREATE TABLE data_value (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  data_element_id  integer NOT NULL REFERENCES data_element (id) DEFERRABLE,
  category         text NOT NULL DEFAULT 'total',
  unit_id          integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  rollup_unit_id   integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id      integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  period_type      text NOT NULL CHECK (period_type IN ('monthly', 'quarterly', 'semiannual', 'annual')),
  period_start     date NOT NULL,
  value            numeric NOT NULL,
  report_id        integer REFERENCES report (id) ON DELETE CASCADE DEFERRABLE,
  approved         boolean NOT NULL DEFAULT false,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (data_element_id, category, unit_id, period_type, period_start)
);
CREATE INDEX data_value_rollup_idx
  ON data_value (data_element_id, period_type, period_start, province_id, rollup_unit_id) WHERE approved;
CREATE INDEX data_value_report_idx ON data_value (report_id);
