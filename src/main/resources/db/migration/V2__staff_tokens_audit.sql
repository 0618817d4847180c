-- Staff accounts, API tokens, the audit trail and the case history (issue #3).
CREATE TABLE staff_account (
  id BIGINT NOT NULL AUTO_INCREMENT,
  username VARCHAR(80) NOT NULL,
  role VARCHAR(20) NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE api_token (
  id BIGINT NOT NULL AUTO_INCREMENT,
  staff_id BIGINT NOT NULL,
  name VARCHAR(80) NOT NULL,
  token_hash VARCHAR(64) NOT NULL,
  role VARCHAR(20) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  revoked_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_token_staff FOREIGN KEY (staff_id) REFERENCES staff_account (id)
);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_entry (
  id BIGINT NOT NULL AUTO_INCREMENT,
  at DATETIME(6) NOT NULL,
  staff_id BIGINT NULL,
  actor VARCHAR(80) NOT NULL,
  action VARCHAR(40) NOT NULL,
  case_id BIGINT NULL,
  detail VARCHAR(500) NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_audit_case ON audit_entry (case_id, at);
CREATE INDEX ix_audit_at ON audit_entry (at);

CREATE TABLE case_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  from_state VARCHAR(20) NOT NULL,
  to_state VARCHAR(20) NOT NULL,
  reason VARCHAR(2000) NULL,
  staff_id BIGINT NOT NULL,
  at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_event_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_event_complaint ON case_event (complaint_id, at);

ALTER TABLE complaint ADD COLUMN assignee_id BIGINT NULL;
CREATE INDEX ix_complaint_assignee ON complaint (assignee_id, state);
