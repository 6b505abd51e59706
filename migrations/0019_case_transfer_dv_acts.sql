-- 0019: issue 16, the case path — transfer between communes, domestic-violence acts, protective measures.

-- Acts of domestic violence as Law 13/2022/QH15 Article 3(1) lists them (points a–q), beside the
-- GBVIMS type: a coded multi-choice field, clear (statistics count by act), never free text.
ALTER TABLE gbv_case ADD COLUMN dv_acts text[] NOT NULL DEFAULT '{}';

-- A transfer of a case to another commune when the survivor moves. The sending supervisor asks,
-- with the survivor's consent to the transfer recorded; the receiving commune's supervisor accepts
-- (and assigns a worker) or declines. On acceptance the case's unit changes and the sending team's
-- assignments end (ownership moves, as in Primero); its history stays on the case.
CREATE TABLE case_transfer (
  id                   integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id              integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id          integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  from_unit_id         integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  to_unit_id           integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  status               text NOT NULL DEFAULT 'requested'
                         CHECK (status IN ('requested', 'accepted', 'declined', 'cancelled')),
  consent_granted      boolean NOT NULL CHECK (consent_granted),   -- no transfer without it
  consent_recorded_at  timestamptz NOT NULL DEFAULT now(),
  requested_by         integer REFERENCES app_user (id) DEFERRABLE,
  requested_at         timestamptz NOT NULL DEFAULT now(),
  decided_by           integer REFERENCES app_user (id) DEFERRABLE,
  decided_at           timestamptz,
  assigned_worker_id   integer REFERENCES app_user (id) DEFERRABLE
);
CREATE UNIQUE INDEX case_transfer_open_uq ON case_transfer (case_id) WHERE status = 'requested';
CREATE INDEX case_transfer_to_idx ON case_transfer (to_unit_id, status);

-- Protective measures (Law 13/2022 Art. 22–23; Decree 76/2023/NĐ-CP): for now the prohibition of
-- contact (cấm tiếp xúc) decisions, with who issued them and when they run. The decision's number and
-- the worker's notes are sealed (case_protection.details.<uid>).
CREATE TABLE case_protection (
  id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  uid          uuid NOT NULL UNIQUE,
  case_id      integer NOT NULL REFERENCES gbv_case (id) ON DELETE CASCADE DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  kind         text NOT NULL CHECK (kind IN ('prohibition_of_contact')),
  issuer       text NOT NULL CHECK (issuer IN ('commune_chair', 'court')),
  issued_on    date NOT NULL,
  starts_on    date NOT NULL,
  ends_on      date NOT NULL CHECK (ends_on >= starts_on),
  details_enc  text,
  created_by   integer REFERENCES app_user (id) DEFERRABLE,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_protection_case_idx ON case_protection (case_id, starts_on);
