-- Complaint intake (issue #2). Runs on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE TABLE complaint (
  id BIGINT NOT NULL AUTO_INCREMENT,
  receipt_hash VARCHAR(64) NOT NULL,
  submission_key VARCHAR(64) NULL,
  state VARCHAR(20) NOT NULL,
  urgent BOOLEAN NOT NULL,
  in_danger BOOLEAN NOT NULL,
  language VARCHAR(5) NOT NULL,
  visa_type VARCHAR(10) NOT NULL,
  employer_name VARCHAR(200) NULL,
  recruiter_name VARCHAR(200) NULL,
  worksite_state VARCHAR(2) NULL,
  started_on VARCHAR(7) NULL,
  ended_on VARCHAR(7) NULL,
  narrative_sealed MEDIUMBLOB NOT NULL,
  contact_channel VARCHAR(10) NOT NULL,
  contact_sealed BLOB NULL,
  consent_to_contact BOOLEAN NOT NULL,
  received_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_complaint_receipt UNIQUE (receipt_hash),
  CONSTRAINT uq_complaint_submission UNIQUE (submission_key)
);
CREATE INDEX ix_complaint_state_received ON complaint (state, received_at);
CREATE INDEX ix_complaint_urgent_received ON complaint (urgent, received_at);

CREATE TABLE complaint_category (
  complaint_id BIGINT NOT NULL,
  code VARCHAR(40) NOT NULL,
  PRIMARY KEY (complaint_id, code),
  CONSTRAINT fk_category_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_category_code ON complaint_category (code);

CREATE TABLE complaint_message (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  author VARCHAR(10) NOT NULL,
  text_sealed MEDIUMBLOB NOT NULL,
  sent_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_message_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_message_complaint ON complaint_message (complaint_id, sent_at);

CREATE TABLE evidence (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  size_bytes BIGINT NOT NULL,
  captured_at DATETIME(6) NULL,
  metadata_removed BOOLEAN NOT NULL,
  content_sealed LONGBLOB NOT NULL,
  received_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_evidence_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_evidence_complaint ON evidence (complaint_id);
