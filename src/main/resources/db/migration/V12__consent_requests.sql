-- Escalation (issue #11): the worker's consent to share their name with one authority. Staff ask
-- from the case page; the worker answers yes or no on /follow-up. An answer is final: a "no" can
-- never become a named referral (a new question to the same authority can be asked, and is a new
-- row with its own answer).
CREATE TABLE consent_request (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  authority_id BIGINT NOT NULL,
  asked_by BIGINT NOT NULL,
  asked_at DATETIME(6) NOT NULL,
  -- NULL while waiting, then YES or NO
  answer VARCHAR(3) NULL,
  answered_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_consent_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);
CREATE INDEX ix_consent_complaint ON consent_request (complaint_id, authority_id);
