-- 0004: the cascade. When a plan is issued, the issuer names the lower units that must answer
-- with their own implementing plan, and by when. An answer is a plan of that unit (or below it)
-- that cites the issued plan as implemented.
CREATE TABLE plan_cascade (
  plan_id      integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE DEFERRABLE,
  unit_id      integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  province_id  integer NOT NULL REFERENCES admin_unit (id) DEFERRABLE,
  due_date     date,
  notified_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, unit_id)
);
CREATE INDEX plan_cascade_unit_idx ON plan_cascade (unit_id);
