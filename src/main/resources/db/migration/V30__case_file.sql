-- The case is one aggregate, owned by casework (issue #26): what staff do with a case (its state in
-- the workflow, who works it, the burst it is held in, its nearest legal clock, when it last ended)
-- leaves complaint, which keeps what the worker said, for case_file, one row per complaint
-- (casework.entity.CaseFile). urgent and received_at are the worker's facts, copied when the case
-- opens (they never change) because the queue sorts by them together with the state, the assignee
-- and the clock, and one index cannot span two tables. changed_at is kept by the database, as on
-- complaint (V18): the pattern views read the cases whose complaint or case_file row changed.
-- Runs on MySQL 8 / MariaDB and on H2 in MySQL mode: an index naming a column is dropped before
-- the column (H2 refuses to drop a column an index still names).
CREATE TABLE case_file (
  complaint_id BIGINT NOT NULL,
  state VARCHAR(20) NOT NULL,
  urgent BOOLEAN NOT NULL,
  received_at DATETIME(6) NOT NULL,
  assignee_id BIGINT NULL,
  held_burst VARCHAR(16) NULL,
  nearest_deadline DATE NOT NULL DEFAULT '9999-12-31',
  finished_at DATETIME(6) NULL,
  changed_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (complaint_id),
  CONSTRAINT fk_case_file_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);

INSERT INTO case_file (complaint_id, state, urgent, received_at, assignee_id, held_burst, nearest_deadline,
    finished_at, changed_at, version)
  SELECT id, state, urgent, received_at, assignee_id, held_burst, nearest_deadline, finished_at, changed_at, version
  FROM complaint;

-- Whose cases (V2); the queue's orders (V3, V4), per state, per assignee and by the nearest clock; held bursts (V8);
-- retention's ended cases (V19); the pattern views' changed rows (V18).
CREATE INDEX ix_case_file_assignee ON case_file (assignee_id, state);
CREATE INDEX ix_case_file_queue ON case_file (urgent DESC, received_at, complaint_id);
CREATE INDEX ix_case_file_state_queue ON case_file (state, urgent DESC, received_at, complaint_id);
CREATE INDEX ix_case_file_assignee_queue ON case_file (assignee_id, urgent DESC, received_at, complaint_id);
CREATE INDEX ix_case_file_deadline_queue ON case_file (urgent DESC, nearest_deadline, received_at, complaint_id);
CREATE INDEX ix_case_file_state_deadline_queue ON case_file (state, urgent DESC, nearest_deadline, received_at,
  complaint_id);
CREATE INDEX ix_case_file_state_received ON case_file (state, received_at);
CREATE INDEX ix_case_file_held ON case_file (held_burst, urgent, received_at);
CREATE INDEX ix_case_file_finished ON case_file (finished_at);
CREATE INDEX ix_case_file_changed ON case_file (changed_at);

DROP INDEX ix_complaint_assignee ON complaint;
DROP INDEX ix_complaint_state_received ON complaint;
DROP INDEX ix_complaint_state_queue ON complaint;
DROP INDEX ix_complaint_assignee_queue ON complaint;
DROP INDEX ix_complaint_deadline_queue ON complaint;
DROP INDEX ix_complaint_state_deadline_queue ON complaint;
DROP INDEX ix_complaint_held ON complaint;
DROP INDEX ix_complaint_finished ON complaint;
-- the directory links stay on complaint (V7); their indexes named the state too
DROP INDEX ix_complaint_employer_entity ON complaint;
DROP INDEX ix_complaint_recruiter_entity ON complaint;
CREATE INDEX ix_complaint_employer_entity ON complaint (employer_entity_id);
CREATE INDEX ix_complaint_recruiter_entity ON complaint (recruiter_entity_id);

ALTER TABLE complaint DROP COLUMN state;
ALTER TABLE complaint DROP COLUMN assignee_id;
ALTER TABLE complaint DROP COLUMN held_burst;
ALTER TABLE complaint DROP COLUMN nearest_deadline;
ALTER TABLE complaint DROP COLUMN finished_at;
