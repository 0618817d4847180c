-- Escalation (issue #11), second part.
-- Notes an advocate marks "for the referral" go into the packet; the others never leave the case.
ALTER TABLE case_note ADD COLUMN for_referral BOOLEAN DEFAULT FALSE NOT NULL;

-- The preparer's note to the approver, and the packet as approved: frozen (sealed, it may carry
-- the worker's contact when the worker said yes) so that what is sent is what was approved.
ALTER TABLE referral ADD COLUMN note VARCHAR(1000) NULL;
ALTER TABLE referral ADD COLUMN packet_sha256 CHAR(64) NULL;
ALTER TABLE referral ADD COLUMN packet_sealed LONGBLOB NULL;

-- A timeline step's kind: PREPARED, SUBMITTED, APPROVED, RETURNED, MAIL_QUEUED, MAIL_WRITTEN,
-- SENT, ACKNOWLEDGED, RESPONSE, OUTCOME.
ALTER TABLE referral_event ADD COLUMN kind VARCHAR(12) NULL;
UPDATE referral_event SET kind = CASE WHEN to_state = 'DRAFT' THEN 'PREPARED' ELSE to_state END;

-- The mail outbox: one mail per topic (referral:12), its MIME sealed, its Message-ID kept from
-- the first attempt to the last; claimed by one node at a time (claimed_by, claimed_until).
-- QUEUED, SENDING, SENT, WRITTEN (no SMTP server: an .eml file in the data folder), REJECTED.
CREATE TABLE mail_outbox (
  id BIGINT NOT NULL AUTO_INCREMENT,
  topic VARCHAR(60) NOT NULL,
  message_id VARCHAR(200) NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  mime_sealed LONGBLOB NOT NULL,
  state VARCHAR(8) NOT NULL,
  attempts INT NOT NULL,
  next_attempt_at DATETIME(6) NOT NULL,
  claimed_by VARCHAR(40) NULL,
  claimed_until DATETIME(6) NULL,
  last_error VARCHAR(300) NULL,
  queued_at DATETIME(6) NOT NULL,
  done_at DATETIME(6) NULL,
  file_name VARCHAR(120) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_outbox_topic UNIQUE (topic),
  CONSTRAINT uq_outbox_message UNIQUE (message_id)
);
CREATE INDEX ix_outbox_due ON mail_outbox (state, next_attempt_at);
