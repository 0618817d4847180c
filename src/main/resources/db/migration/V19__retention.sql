-- Retention and deletion (issue #13). finished_at: when the case last became CLOSED or RESOLVED
-- (cleared when it is reopened), what the retention periods count from; contact_erased_at and
-- anonymised_at: when its contact (and evidence) or everything that could point at the worker was
-- deleted, by the retention job or at the worker's request. An anonymised case keeps only what
-- the pattern counts read: categories, dates to the month, states, visa, directory links.
ALTER TABLE complaint ADD COLUMN finished_at DATETIME(6) NULL;
ALTER TABLE complaint ADD COLUMN contact_erased_at DATETIME(6) NULL;
ALTER TABLE complaint ADD COLUMN anonymised_at DATETIME(6) NULL;
UPDATE complaint SET finished_at = (SELECT MAX(e.at) FROM case_event e WHERE e.complaint_id = complaint.id
  AND e.to_state IN ('CLOSED', 'RESOLVED')) WHERE state IN ('CLOSED', 'RESOLVED');
UPDATE complaint SET finished_at = received_at WHERE state IN ('CLOSED', 'RESOLVED') AND finished_at IS NULL;
CREATE INDEX ix_complaint_finished ON complaint (finished_at);

-- A job that must run on one node at a time takes the lease of its name for a while.
CREATE TABLE job_lease (
  name VARCHAR(40) NOT NULL,
  holder VARCHAR(80) NULL,
  held_until DATETIME(6) NULL,
  PRIMARY KEY (name)
);
INSERT INTO job_lease (name, holder, held_until) VALUES ('retention', NULL, NULL);
