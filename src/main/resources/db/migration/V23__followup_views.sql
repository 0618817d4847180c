-- Single-use views of the follow-up page (issue #24): every POST of /follow-up that shows a case
-- answers with a redirect to /follow-up?view=TOKEN, so the browser's history holds only a GET
-- address that works once, within minutes, and never the receipt code or a re-postable form.
-- Only the token's SHA-256 is stored; the row is deleted when the view is shown (on any node,
-- since it lives in the database) and rows past their expiry are deleted by the next write.
CREATE TABLE followup_view (
  token_hash CHAR(64) NOT NULL,
  -- the case shown; NULL when the view only says something (the report was deleted)
  complaint_id BIGINT NULL,
  -- epoch seconds after which the view opens nothing
  expires_at BIGINT NOT NULL,
  -- the bundle key of the line the page shows on top ("Message sent."), if any
  notice VARCHAR(64) NULL,
  -- problems with what was sent, field|key|arg;...: bundle keys and numbers, never a worker's text
  problems VARCHAR(500) NULL,
  PRIMARY KEY (token_hash)
);
CREATE INDEX ix_followup_view_expires ON followup_view (expires_at);
