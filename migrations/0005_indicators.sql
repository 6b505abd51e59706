-- 0005: the indicator catalogue (issue 4). Programmes (NQ 28/NQ-CP strategy, QĐ 2232, 1790, 45,
-- 101), their objectives, indicators with a formula over data elements, and targets per year.
-- Everything here is data shipped in seed/indicators/ and editable by a system administrator; a
-- wording or value the sources do not confirm is flagged `unconfirmed` (shared/framework.md).

CREATE TABLE programme (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code             text NOT NULL UNIQUE,          -- 'NSGE', 'GBV', 'COMM', 'DV', 'WPS'
  name             text NOT NULL,
  name_en          text NOT NULL,
  document_kind    text NOT NULL,                 -- 'Nghị quyết', 'Quyết định'
  document_number  text NOT NULL,                 -- '28/NQ-CP'
  issued_on        date,
  start_year       integer NOT NULL,
  end_year         integer NOT NULL,
  source           text,
  position         integer NOT NULL DEFAULT 0
);

CREATE TABLE objective (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id  integer NOT NULL REFERENCES programme (id) ON DELETE CASCADE DEFERRABLE,
  code          text NOT NULL UNIQUE,             -- 'NSGE-MT3'
  name          text NOT NULL,
  name_en       text NOT NULL,
  position      integer NOT NULL DEFAULT 0
);

-- What a unit counts and reports: a number, optionally split by sex (and age group / ethnicity).
CREATE TABLE data_element (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code            text NOT NULL UNIQUE,           -- 'GBV_SURVIVORS_DETECTED'
  name            text NOT NULL,
  name_en         text NOT NULL,
  description     text,
  value_type      text NOT NULL DEFAULT 'integer' CHECK (value_type IN ('integer', 'number')),
  -- 'none': one value; 'sex': total, female, male; 'sex_age': also by age group; 'sex_ethnicity': also
  -- ethnic minority. Category keys are listed in src/modules/indicators/categories.ts.
  disaggregation  text NOT NULL DEFAULT 'none' CHECK (disaggregation IN ('none', 'sex', 'sex_age', 'sex_ethnicity')),
  -- How values of lower units combine: summed, or not combined (a rate reported as such).
  aggregation     text NOT NULL DEFAULT 'sum' CHECK (aggregation IN ('sum', 'none')),
  is_active       boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE indicator (
  id                       integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code                     text NOT NULL UNIQUE,  -- 'NSGE-3.2a'
  programme_id             integer NOT NULL REFERENCES programme (id) DEFERRABLE,
  objective_id             integer REFERENCES objective (id) DEFERRABLE,
  name                     text NOT NULL,
  name_en                  text NOT NULL,
  definition               text,
  -- 'percent' (numerator / denominator × 100), 'ratio' (× multiplier, e.g. 100 girls, 100,000
  -- live births), 'count' (numerator only), 'multiple' (numerator / denominator), 'milestone' (yes/no).
  unit                     text NOT NULL CHECK (unit IN ('percent', 'ratio', 'count', 'multiple', 'milestone')),
  numerator_element_id     integer REFERENCES data_element (id) DEFERRABLE,
  denominator_element_id   integer REFERENCES data_element (id) DEFERRABLE,
  -- The numerator's category to use (e.g. 'female' of all employed) when the same element gives both.
  numerator_category       text NOT NULL DEFAULT 'total',
  denominator_category     text NOT NULL DEFAULT 'total',
  multiplier               numeric NOT NULL DEFAULT 1,
  -- Which way is better: 'up' (reach at least), 'down' (at most), 'reach' (milestone).
  direction                text NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down', 'reach')),
  period_type              text NOT NULL DEFAULT 'annual'
                           CHECK (period_type IN ('monthly', 'quarterly', 'semiannual', 'annual', 'term')),
  disaggregations          text[] NOT NULL DEFAULT '{}',
  unconfirmed              boolean NOT NULL DEFAULT false,
  note                     text,
  source                   text,
  position                 integer NOT NULL DEFAULT 0,
  updated_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX indicator_programme_idx ON indicator (programme_id, position);

-- A target value for a year: national (unit_id null) or set by a province for itself.
CREATE TABLE indicator_target (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  indicator_id  integer NOT NULL REFERENCES indicator (id) ON DELETE CASCADE DEFERRABLE,
  unit_id       integer REFERENCES admin_unit (id) DEFERRABLE,
  year          integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- '>=', '<=', '>', '<', '=', '~' (about); value null for a milestone without a number.
  comparator    text NOT NULL DEFAULT '>=' CHECK (comparator IN ('>=', '<=', '>', '<', '=', '~')),
  value         numeric,
  label         text NOT NULL,                    -- as the source writes it: '≥ 27%', '1,7 lần'
  unconfirmed   boolean NOT NULL DEFAULT false,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX indicator_target_national_uq ON indicator_target (indicator_id, year) WHERE unit_id IS NULL;
CREATE UNIQUE INDEX indicator_target_unit_uq ON indicator_target (indicator_id, unit_id, year) WHERE unit_id IS NOT NULL;
