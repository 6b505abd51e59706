-- 0009: GBV case management (issue 5). The most sensitive data in the system.
-- Columns ending in _enc hold AES-256-GCM ciphertext made by the application (src/core/crypto) with
-- keys kept outside the database; nothing identifying a survivor is stored in clear. Clear columns
-- are the anonymous facts statistics need (type, sex, age group, commune, dates, risk).
-- Every table carries province_id (scope filter, future distribution key) and every row that has
-- ciphertext carries its own uid, bound into the ciphertext so it cannot be moved to another row.

CREATE TABLE gbv_case (
  id                    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid                   uuid NOT NULL UNIQUE,
  code                  text NOT NULL UNIQUE,          -- 'VV-33-2026-00012': no identifying content
  unit_id               integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,  -- the recording unit (2025)
  province_id           integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  status                text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  channel               text NOT NULL CHECK (channel IN ('hotline', 'trusted_address', 'police', 'health',
                          'womens_union', 'self_report', 'school', 'community', 'other')),
  detected_on           date NOT NULL,
  incident_on           date,
  incident_unit_id      integer REFERENCES admin_unit (id) DEFERRABLE,            -- commune of the incident
  gbv_type              text NOT NULL CHECK (gbv_type IN ('rape', 'sexual_assault', 'physical_assault',
                          'forced_marriage', 'denial_of_resources', 'psychological_emotional_abuse', 'non_gbv')),
  domestic_violence     boolean NOT NULL DEFAULT false,
  trafficking           boolean NOT NULL DEFAULT false,
  perpetrator_relation  text NOT NULL DEFAULT 'unknown' CHECK (perpetrator_relation IN ('intimate_partner',
                          'former_partner', 'family_member', 'acquaintance', 'stranger', 'other', 'unknown')),
  risk_level            text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high', 'critical')),
  needs                 text[] NOT NULL DEFAULT '{}',
  survivor_sex          text NOT NULL CHECK (survivor_sex IN ('female', 'male', 'other')),
  survivor_age_group    text NOT NULL CHECK (survivor_age_group IN ('age:0-15', 'age:16-59', 'age:60+', 'unknown')),
  pseudonym             text NOT NULL,                 -- generated, e.g. 'NBL-7K3Q'; never a real name
  survivor_name_enc     text,
  survivor_contact_enc  text,                          -- phone, address
  survivor_birth_enc    text,
  incident_place_enc    text,                          -- the exact place
  perpetrator_enc       text,                          -- name, description
  description_enc       text,                          -- what happened, in the worker's words
  close_reason          text CHECK (close_reason IN ('goals_met', 'survivor_request', 'transferred',
                          'moved_away', 'no_contact', 'deceased', 'other')),
  closed_at             timestamptz,
  created_by            integer REFERENCES app_user (id) DEFERRABLE,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  version               integer NOT NULL DEFAULT 1
);
CREATE INDEX gbv_case_unit_idx ON gbv_case (province_id, unit_id, detected_on);

-- Who may see a case: its assigned case workers and its supervisor, and nobody else.
CREATE TABLE case_assignment (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  user_id      integer NOT NULL REFERENCES app_user (id) DEFERRABLE,
  role         text NOT NULL CHECK (role IN ('case_worker', 'case_supervisor')),
  assigned_by  integer REFERENCES app_user (id) DEFERRABLE,
  assigned_at  timestamptz NOT NULL DEFAULT now(),
  ended_at     timestamptz
);
CREATE UNIQUE INDEX case_assignment_active_uq ON case_assignment (case_id, user_id) WHERE ended_at IS NULL;
CREATE INDEX case_assignment_user_idx ON case_assignment (user_id) WHERE ended_at IS NULL;

-- Consent per purpose; the latest record of a purpose is in force.
CREATE TABLE case_consent (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  purpose      text NOT NULL CHECK (purpose IN ('statistics', 'referral:shelter', 'referral:health',
                 'referral:police', 'referral:legal_aid', 'referral:psychosocial', 'referral:livelihood',
                 'referral:other')),
  granted      boolean NOT NULL,
  recorded_by  integer REFERENCES app_user (id) DEFERRABLE,
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_consent_case_idx ON case_consent (case_id, purpose, recorded_at);

-- Service directory: trusted addresses / shelters, health, police, legal aid, psychosocial support,
-- hotlines, Women's Union clubs. A private host's address is sealed: only case workers of the area open it.
CREATE TABLE service_provider (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid                  uuid NOT NULL UNIQUE,
  name                 text NOT NULL,
  kind                 text NOT NULL CHECK (kind IN ('trusted_address', 'shelter', 'one_stop_centre', 'health',
                         'police', 'legal_aid', 'psychosocial', 'hotline', 'womens_union_club',
                         'social_assistance', 'other')),
  services             text[] NOT NULL DEFAULT '{}',   -- shelter, health, police, legal_aid, psychosocial, livelihood, other
  unit_id              integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,   -- where it is (2025)
  province_id          integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  covers_province      boolean NOT NULL DEFAULT false,  -- serves the whole province, not only its commune
  capacity             integer CHECK (capacity IS NULL OR capacity >= 0),
  phone                text,                            -- public contact
  address              text,                            -- public address (null for a private host)
  private_host         boolean NOT NULL DEFAULT false,
  private_address_enc  text,
  is_active            boolean NOT NULL DEFAULT true,
  created_by           integer REFERENCES app_user (id) DEFERRABLE,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_provider_area_idx ON service_provider (province_id, unit_id);

CREATE TABLE referral (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid           uuid NOT NULL UNIQUE,
  case_id       integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id   integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  provider_id   integer NOT NULL REFERENCES service_provider (id) DEFERRABLE,
  service       text NOT NULL CHECK (service IN ('shelter', 'health', 'police', 'legal_aid', 'psychosocial',
                  'livelihood', 'other')),
  status        text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'declined', 'completed', 'revoked')),
  due_on        date,
  note_enc      text,
  sent_by       integer REFERENCES app_user (id) DEFERRABLE,
  sent_at       timestamptz NOT NULL DEFAULT now(),
  responded_at  timestamptz,
  completed_at  timestamptz,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_case_idx ON referral (case_id);

-- Follow-up contacts and the case plan's actions; the words are sealed.
CREATE TABLE case_note (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid          uuid NOT NULL UNIQUE,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  kind         text NOT NULL CHECK (kind IN ('follow_up', 'plan_action')),
  on_date      date NOT NULL,                   -- the visit's date, or the action's due date
  method       text CHECK (method IN ('visit', 'phone', 'meeting', 'other')),
  done         boolean NOT NULL DEFAULT false,  -- plan actions
  text_enc     text NOT NULL,
  created_by   integer REFERENCES app_user (id) DEFERRABLE,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_note_case_idx ON case_note (case_id, kind, on_date);

-- Every read of a case (and every export and break-glass access), shown on the case.
CREATE TABLE case_access (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  user_id      integer REFERENCES app_user (id) DEFERRABLE,
  action       text NOT NULL CHECK (action IN ('view', 'export', 'break_glass')),
  reason       text,
  ip           text,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_access_case_idx ON case_access (case_id, at);

-- Break-glass accesses, alerted to the case's supervisor and to system administrators (who see
-- that it happened, never the case).
CREATE TABLE case_alert (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  kind         text NOT NULL CHECK (kind IN ('break_glass')),
  user_id      integer REFERENCES app_user (id) DEFERRABLE,
  reason       text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now(),
  acknowledged_by integer REFERENCES app_user (id) DEFERRABLE,
  acknowledged_at timestamptz
);

-- A temporary grant made by break-glass: lets one supervisor read one case until it expires.
CREATE TABLE case_grant (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  user_id     integer NOT NULL REFERENCES app_user (id) DEFERRABLE,
  expires_at  timestamptz NOT NULL
);
CREATE INDEX case_grant_idx ON case_grant (case_id, user_id, expires_at);

-- Rapid reports (báo cáo nhanh) to the level above: only the anonymised payload, built from clear
-- columns; the receiving unit never reaches the case.
CREATE TABLE rapid_report (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id          integer REFERENCES gbv_case (id) ON DELETE SET NULL DEFERRABLE,
  from_unit_id     integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  to_unit_id       integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id      integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  payload          jsonb NOT NULL,
  sent_by          integer REFERENCES app_user (id) DEFERRABLE,
  sent_at          timestamptz NOT NULL DEFAULT now(),
  acknowledged_by  integer REFERENCES app_user (id) DEFERRABLE,
  acknowledged_at  timestamptz
);
CREATE INDEX rapid_report_to_idx ON rapid_report (to_unit_id, sent_at);
