-- The phone line (issue #29): a call in progress, keyed by an HMAC of Twilio's CallSid (never the
-- caller's number, which the portal does not read): its step, its answers so far (language, what
-- happened, the story's recording address at the provider, the danger answer, the receipt code to
-- offer once more; all sealed), the case it reached, and when it is forgotten (15 minutes after the
-- last step; at once when the call ends).
CREATE TABLE channel_call (
  call_key VARCHAR(64) NOT NULL,
  step VARCHAR(12) NOT NULL,
  state_sealed LONGBLOB NOT NULL,
  complaint_id BIGINT NULL,
  updated_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (call_key)
);
CREATE INDEX ix_channel_call_expires ON channel_call (expires_at);
