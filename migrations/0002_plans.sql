-- 0002: plans (Kế hoạch), the shared register of legal documents they cite, and their recipients.

-- One record per real document (Luật, Nghị định, Quyết định, Kế hoạch …), shared by all plans.
CREATE TABLE legal_document (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind        text NOT NULL,
  number      text,
  issued_on   date,
  issuer      text,
  title       text NOT NULL,
  search_key  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
-- Numbers restart every year and at every issuer ("31/KH-UBND" exists in many provinces): the
-- date tells them apart; an undated citation joins the dated record of the same number.
CREATE UNIQUE INDEX legal_document_number_idx ON legal_document (kind, number, coalesce(issued_on, DATE '0001-01-01'))
  WHERE number IS NOT NULL;
CREATE UNIQUE INDEX legal_document_title_idx ON legal_document (kind, search_key) WHERE number IS NULL;

CREATE TABLE plan (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id           integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id       integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  issuer_agency_id  integer REFERENCES agency (id) DEFERRABLE,
  status            text NOT NULL DEFAULT 'draft'
                    CHECK (status IN ('draft', 'submitted', 'issued', 'in_progress', 'closed')),
  doc_type          text NOT NULL DEFAULT 'KH',
  document_number   text,
  title             text NOT NULL,
  issuer_name       text,
  place             text,
  issued_on         date,
  signer_name       text,
  signer_position   text,
  legal_document_id integer REFERENCES legal_document (id) DEFERRABLE,
  source_text       text,
  parsed            jsonb NOT NULL DEFAULT '{}'::jsonb,
  search_key        text NOT NULL,
  created_by        integer REFERENCES app_user (id) DEFERRABLE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_unit_idx ON plan (unit_id);
CREATE INDEX plan_province_idx ON plan (province_id, status);

-- Documents a plan cites; `implements` marks those it carries out ("Thực hiện …", "Căn cứ …").
CREATE TABLE plan_reference (
  plan_id           integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE DEFERRABLE,
  legal_document_id integer NOT NULL REFERENCES legal_document (id) DEFERRABLE,
  implements        boolean NOT NULL DEFAULT false,
  province_id       integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  PRIMARY KEY (plan_id, legal_document_id)
);
CREATE INDEX plan_reference_document_idx ON plan_reference (legal_document_id);

CREATE TABLE plan_recipient (
  id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id     integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE DEFERRABLE,
  name        text NOT NULL,
  unit_id     integer REFERENCES admin_unit (id) DEFERRABLE,
  province_id integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  position    integer NOT NULL
);
CREATE INDEX plan_recipient_plan_idx ON plan_recipient (plan_id);
