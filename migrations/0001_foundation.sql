-- 0001: administrative units, lineage, agencies, users, roles, sessions, audit log, settings.
-- Runs unchanged on PostgreSQL 15+ and PGlite. Rows that will be aggregated carry province_id
-- (the province they belong to in their own version): the future distribution key.
-- Foreign keys are DEFERRABLE (checked immediately unless a restore defers them to commit).

CREATE TABLE admin_unit (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  version      text NOT NULL CHECK (version IN ('2024', '2025')),
  code         text NOT NULL,
  name         text NOT NULL,
  full_name    text NOT NULL,
  type         text NOT NULL,
  level        text NOT NULL CHECK (level IN ('province', 'district', 'commune')),
  parent_code  text,
  parent_id    integer REFERENCES admin_unit (id) DEFERRABLE,
  province_id  integer REFERENCES admin_unit (id) DEFERRABLE,
  district_id  integer REFERENCES admin_unit (id) DEFERRABLE,
  valid_from   date,
  valid_to     date,
  search_key   text NOT NULL,
  UNIQUE (version, code)
);
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
CREATE INDEX admin_unit_province_idx ON admin_unit (province_id);
CREATE INDEX admin_unit_district_idx ON admin_unit (district_id);
CREATE INDEX admin_unit_version_level_idx ON admin_unit (version, level);

-- Later changes of name or type that keep the code (e.g. Đồng Nai becomes a centrally-run city).
CREATE TABLE admin_unit_change (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id         integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  effective_date  date NOT NULL,
  full_name_before text NOT NULL,
  type_before     text NOT NULL,
  full_name_after text NOT NULL,
  type_after      text NOT NULL,
  resolution      text
);
CREATE INDEX admin_unit_change_unit_idx ON admin_unit_change (unit_id);

CREATE TABLE admin_unit_lineage (
  successor_id    integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  predecessor_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  part            text NOT NULL CHECK (part IN ('full', 'partial')),
  resolution      text,
  effective_date  date NOT NULL,
  PRIMARY KEY (successor_id, predecessor_id)
);
CREATE INDEX admin_unit_lineage_predecessor_idx ON admin_unit_lineage (predecessor_id);

CREATE TABLE agency (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name             text NOT NULL,
  kind             text NOT NULL,
  unit_id          integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id      integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  parent_agency_id integer REFERENCES agency (id) DEFERRABLE,
  is_active        boolean NOT NULL DEFAULT true,
  search_key       text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_unit_idx ON agency (unit_id);
CREATE INDEX agency_province_idx ON agency (province_id);

CREATE TABLE app_user (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL,
  full_name     text NOT NULL,
  password_hash text NOT NULL,
  agency_id     integer REFERENCES agency (id) DEFERRABLE,
  is_active     boolean NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username_idx ON app_user (lower(username));

CREATE TABLE role_assignment (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  role        text NOT NULL CHECK (role IN ('system_admin', 'unit_admin', 'planner', 'reporter',
                'approver', 'case_worker', 'case_supervisor', 'viewer')),
  unit_id     integer REFERENCES admin_unit (id) DEFERRABLE,
  province_id integer REFERENCES admin_unit (id) DEFERRABLE,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX role_assignment_unique_idx ON role_assignment (user_id, role, coalesce(unit_id, 0));

CREATE TABLE user_session (
  token_hash   text PRIMARY KEY,
  user_id      integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- Failed sign-ins, for the login rate limit shared by every app instance.
CREATE TABLE login_attempt (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username    text NOT NULL,
  ip          text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username_idx ON login_attempt (lower(username), at);
CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at);

CREATE TABLE audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor_id    integer REFERENCES app_user (id) DEFERRABLE,
  action      text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text,
  unit_id     integer REFERENCES admin_unit (id) DEFERRABLE,
  province_id integer REFERENCES admin_unit (id) DEFERRABLE,
  ip          text,
  user_agent  text,
  request_id  text,
  details     jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_province_idx ON audit_log (province_id, at);

CREATE TABLE system_setting (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
