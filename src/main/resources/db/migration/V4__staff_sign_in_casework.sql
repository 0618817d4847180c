-- Staff sign-in (issue #3): password, TOTP second factor, soft lockout, recovery codes.
ALTER TABLE staff_account ADD COLUMN password_hash VARCHAR(200) NULL;
-- The TOTP secret, sealed with the data key (AES-GCM), like the complaint texts.
ALTER TABLE staff_account ADD COLUMN totp_sealed BLOB NULL;
-- The last TOTP time step accepted: a code is good once.
ALTER TABLE staff_account ADD COLUMN totp_last_step BIGINT NULL;
ALTER TABLE staff_account ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
ALTER TABLE staff_account ADD COLUMN locked_until DATETIME(6) NULL;

CREATE TABLE recovery_code (
  id BIGINT NOT NULL AUTO_INCREMENT,
  staff_id BIGINT NOT NULL,
  code_hash VARCHAR(64) NOT NULL,
  used_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_recovery_code UNIQUE (staff_id, code_hash),
  CONSTRAINT fk_recovery_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);

-- Internal notes on a case: staff only, the worker never sees them.
CREATE TABLE case_note (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  author VARCHAR(80) NOT NULL,
  text_sealed BLOB NOT NULL,
  at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_note_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_note_complaint ON case_note (complaint_id, at);

-- The verification checklist, one row per case once someone ticks an item.
CREATE TABLE case_checklist (
  complaint_id BIGINT NOT NULL,
  employer_identified BOOLEAN NOT NULL DEFAULT FALSE,
  recruiter_identified BOOLEAN NOT NULL DEFAULT FALSE,
  evidence_reviewed BOOLEAN NOT NULL DEFAULT FALSE,
  worker_reached BOOLEAN NOT NULL DEFAULT FALSE,
  corroborated BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (complaint_id),
  CONSTRAINT fk_checklist_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- Clocks an advocate marked not applicable, with the reason.
CREATE TABLE deadline_waiver (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  rule_code VARCHAR(40) NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  staff_id BIGINT NOT NULL,
  at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_waiver UNIQUE (complaint_id, rule_code),
  CONSTRAINT fk_waiver_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

-- Links between cases: RELATED both ways, DUPLICATE of a primary.
CREATE TABLE case_link (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  other_id BIGINT NOT NULL,
  kind VARCHAR(12) NOT NULL,
  staff_id BIGINT NOT NULL,
  at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_case_link UNIQUE (complaint_id, other_id),
  CONSTRAINT fk_link_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_link_other FOREIGN KEY (other_id) REFERENCES complaint (id)
);
CREATE INDEX ix_link_other ON case_link (other_id);

-- The nearest legal clock of a case, kept on the row so the queue can sort and filter by it
-- at a million cases ('9999-12-31' when the case has no clock).
ALTER TABLE complaint ADD COLUMN nearest_deadline DATE NOT NULL DEFAULT '9999-12-31';
CREATE INDEX ix_complaint_deadline_queue ON complaint (urgent DESC, nearest_deadline, received_at, id);
CREATE INDEX ix_complaint_state_deadline_queue ON complaint (state, urgent DESC, nearest_deadline, received_at, id);
CREATE INDEX ix_complaint_employer ON complaint (employer_name);
CREATE INDEX ix_complaint_recruiter ON complaint (recruiter_name);

-- Worker messages no staff member has opened yet (reset when staff view the case).
ALTER TABLE complaint ADD COLUMN unread_messages INT NOT NULL DEFAULT 0;
