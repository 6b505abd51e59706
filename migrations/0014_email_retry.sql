-- 0014: reminder e-mails as rows of their own, retried with backoff. One row is one e-mail to one
-- user (the notifications it carries point at it through notification.email_id): an immediate
-- reminder e-mail, a daily digest or the staff alerts of one run. An instance sends a row only
-- after claiming it (claim_token, claimed_until, with one UPDATE … WHERE … FOR UPDATE SKIP LOCKED);
-- a failed try stores the SMTP error (addresses masked, never the e-mail's text) and the time of
-- the next try; after REMINDER_EMAIL_MAX_TRIES tries the row is 'failed' and shown to the
-- administrators ("Thư điện tử gửi không được"), who can send it again.
CREATE TABLE email_outbox (
  id               integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id          integer NOT NULL REFERENCES app_user (id) ON DELETE CASCADE DEFERRABLE,
  kind             text NOT NULL CHECK (kind IN ('reminder', 'digest', 'staff_alert')),
  -- the day a digest lists (its subject names it); null for the other kinds
  digest_day       date,
  -- pending: to send (tries > 0: retrying); cancelled: the user has no address or is inactive
  state            text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'cancelled')),
  tries            integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  claim_token      text,
  claimed_until    timestamptz,
  last_attempt_at  timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL,
  sent_at          timestamptz
);
CREATE INDEX email_outbox_due_idx ON email_outbox (next_attempt_at) WHERE state = 'pending';
CREATE INDEX email_outbox_trouble_idx ON email_outbox (id) WHERE state = 'failed' OR (state = 'pending' AND tries > 0);

ALTER TABLE notification ADD COLUMN email_id integer REFERENCES email_outbox (id) ON DELETE SET NULL DEFERRABLE;
CREATE INDEX notification_email_idx ON notification (email_id) WHERE email_id IS NOT NULL;
