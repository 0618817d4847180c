-- Escalation (issue #11): a referral of a case to one authority and its way from draft to outcome.
-- DRAFT -> SUBMITTED -> APPROVED (a supervisor who did not prepare it) or RETURNED (with a
-- comment, back to the preparer) -> SENT (the filing recorded, or the mail accepted) ->
-- ACKNOWLEDGED (the authority's reference) -> OUTCOME. Each step is a referral_event row.
CREATE TABLE referral (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  authority_id BIGINT NOT NULL,
  -- ANONYMOUS or NAMED (NAMED only with the worker's YES for this authority)
  identity VARCHAR(9) NOT NULL,
  with_evidence BOOLEAN NOT NULL,
  state VARCHAR(12) NOT NULL,
  prepared_by BIGINT NOT NULL,
  prepared_at DATETIME(6) NOT NULL,
  approved_by BIGINT NULL,
  sent_at DATETIME(6) NULL,
  -- EMAIL, WEB_FORM, PHONE, POST, IN_PERSON
  sent_how VARCHAR(10) NULL,
  authority_reference VARCHAR(120) NULL,
  -- INVESTIGATION_OPENED, BACK_WAGES_RECOVERED, DECLINED, REFERRED_ON
  outcome VARCHAR(24) NULL,
  outcome_amount DECIMAL(12, 2) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_referral_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);
CREATE INDEX ix_referral_complaint ON referral (complaint_id);
CREATE INDEX ix_referral_state ON referral (state, prepared_at);

CREATE TABLE referral_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  referral_id BIGINT NOT NULL,
  at DATETIME(6) NOT NULL,
  staff_id BIGINT NOT NULL,
  from_state VARCHAR(12) NULL,
  to_state VARCHAR(12) NOT NULL,
  note VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_event_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
);
CREATE INDEX ix_referral_event ON referral_event (referral_id, at);
