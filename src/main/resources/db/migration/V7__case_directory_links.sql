-- Staff link a case to the directory entries it is about, during verification (issue #4). The
-- worker's typed names stay as they were; these are the staff's reading of them.
ALTER TABLE complaint ADD COLUMN employer_entity_id BIGINT NULL;
ALTER TABLE complaint ADD COLUMN recruiter_entity_id BIGINT NULL;
CREATE INDEX ix_complaint_employer_entity ON complaint (employer_entity_id, state);
CREATE INDEX ix_complaint_recruiter_entity ON complaint (recruiter_entity_id, state);
