-- 0012: tamper evidence for the audit log (docs/SECURITY.md, residual risk 6). A seal covers every
-- audit row that carries its id and stores a SHA-256 digest chained to the previous seal's
-- (src/modules/audit-log/audit-seal.ts says exactly what is hashed). Rows are sealed by a scheduled
-- job, which writes each new digest to the application log so that a copy exists outside the
-- database. A row gets its seal when it is sealed, not by its id: a row whose transaction commits
-- late (a lower id than rows already sealed) is simply taken by the next seal.

CREATE TABLE audit_seal (
  -- 1, 2, 3…: assigned under the sealing lock, so a missing seal shows as a gap
  id           integer PRIMARY KEY CHECK (id > 0),
  sealed_at    timestamptz NOT NULL,
  row_count    integer NOT NULL CHECK (row_count > 0),
  -- the previous seal's digest (64 zeros for the first), and this seal's; lowercase hex
  prev_digest  text NOT NULL CHECK (prev_digest ~ '^[0-9a-f]{64}$'),
  digest       text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$')
);

ALTER TABLE audit_log ADD COLUMN seal_id integer REFERENCES audit_seal (id) DEFERRABLE;
-- the rows still to seal (seal_id is null), and a seal's rows in id order
CREATE INDEX audit_log_seal_idx ON audit_log (seal_id, id);

INSERT INTO scheduled_job (name) VALUES ('audit_seal');
