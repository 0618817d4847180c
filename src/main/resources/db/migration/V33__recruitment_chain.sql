-- The recruitment chain (issue #28): who recruited for whom, from every source.

-- A certification's key in the Foreign Labor Recruiter List: the last six digits of its case
-- number (reference section 2, "OFLC also publishes a Foreign Labor Recruiter List ... keyed to
-- the last 6 digits of the NPC case number", ivener.com 2016). Kept so the join is by index.
ALTER TABLE certification ADD COLUMN case_suffix VARCHAR(6) NULL;
UPDATE certification SET case_suffix = RIGHT(case_number, 6);
CREATE INDEX ix_cert_case_suffix ON certification (case_suffix);

-- A row of the Foreign Labor Recruiter List: a recruiter an employer disclosed for one case, and
-- the sub-recruiter (a person or entity working for it) when the row names one.
INSERT INTO directory_ids (name, next_val) VALUES ('recruiter_disclosure', 0);
CREATE TABLE recruiter_disclosure (
  id BIGINT NOT NULL,
  case_suffix VARCHAR(6) NOT NULL,
  -- The whole case number when the list gives it; the suffix alone otherwise.
  case_number VARCHAR(40) NULL,
  fiscal_year INT NULL,
  visa_class VARCHAR(5) NULL,
  recruiter_id BIGINT NOT NULL,
  sub_recruiter_id BIGINT NULL,
  -- The employer as the list names it, when it does (the link itself goes through the case).
  employer_name VARCHAR(300) NULL,
  -- SHA-256 of the suffix, year, visa class and the two names' keys: a re-import changes nothing.
  row_key VARCHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_recruiter_disclosure_row UNIQUE (row_key),
  CONSTRAINT fk_rdisc_recruiter FOREIGN KEY (recruiter_id) REFERENCES directory_entity (id),
  CONSTRAINT fk_rdisc_sub FOREIGN KEY (sub_recruiter_id) REFERENCES directory_entity (id)
);
CREATE INDEX ix_rdisc_suffix ON recruiter_disclosure (case_suffix);
CREATE INDEX ix_rdisc_recruiter ON recruiter_disclosure (recruiter_id);
CREATE INDEX ix_rdisc_sub ON recruiter_disclosure (sub_recruiter_id);

-- Staff curation of the chain: a link staff made (LINKED), or a link from any source staff
-- found wrong (UNLINKED, which hides it whatever the data says). One row per pair, the lower id
-- first; the latest decision stands. Who and why are in the audit trail.
CREATE TABLE chain_link (
  id BIGINT NOT NULL AUTO_INCREMENT,
  entry_a BIGINT NOT NULL,
  entry_b BIGINT NOT NULL,
  decision VARCHAR(10) NOT NULL,
  note VARCHAR(500) NULL,
  decided_by BIGINT NULL,
  decided_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_chain_link_pair UNIQUE (entry_a, entry_b),
  CONSTRAINT fk_chain_a FOREIGN KEY (entry_a) REFERENCES directory_entity (id),
  CONSTRAINT fk_chain_b FOREIGN KEY (entry_b) REFERENCES directory_entity (id)
);
CREATE INDEX ix_chain_link_b ON chain_link (entry_b);
