-- The directory of employers, recruiters and agents built from public DOL data (issue #4).
-- Ids come from this table in blocks of 1,000 (JPA table generator), so that an import's inserts
-- can go to the database in batches; MySQL 8 has no sequences, and IDENTITY ids force one
-- round trip per row.
CREATE TABLE directory_ids (
  name VARCHAR(40) NOT NULL,
  next_val BIGINT NOT NULL,
  PRIMARY KEY (name)
);
INSERT INTO directory_ids (name, next_val) VALUES ('directory_entity', 0), ('certification', 0),
  ('enforcement_action', 0), ('debarment', 0);

CREATE TABLE directory_entity (
  id BIGINT NOT NULL,
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(300) NOT NULL,
  -- NameKey.of(name): accents, case, punctuation and legal suffixes removed, words sorted.
  match_key VARCHAR(300) NOT NULL,
  trade_name VARCHAR(300) NULL,
  city VARCHAR(120) NULL,
  state VARCHAR(2) NULL,
  country VARCHAR(80) NULL,
  fein VARCHAR(20) NULL,
  -- Set by a staff merge: the entry that stands for this one now (imports follow it). Not
  -- "merged_into": Connector/J 9.5 reads "..._into" in a SELECT list as SELECT ... INTO and
  -- refuses executeQuery ("cannot issue statements that do not produce result sets").
  survivor_id BIGINT NULL,
  -- Set by a staff split: imports never match other names onto this entry.
  pinned BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_directory_match ON directory_entity (kind, match_key, state);

-- OFLC disclosure rows: one labour certification case.
CREATE TABLE certification (
  id BIGINT NOT NULL,
  case_number VARCHAR(40) NOT NULL,
  visa_class VARCHAR(5) NOT NULL,
  fiscal_year INT NULL,
  status VARCHAR(60) NULL,
  employer_id BIGINT NOT NULL,
  agent_id BIGINT NULL,
  job_title VARCHAR(300) NULL,
  soc_code VARCHAR(20) NULL,
  crop VARCHAR(200) NULL,
  workers_requested INT NULL,
  workers_certified INT NULL,
  begin_date DATE NULL,
  end_date DATE NULL,
  wage_offer DECIMAL(10,2) NULL,
  wage_unit VARCHAR(20) NULL,
  worksite_state VARCHAR(2) NULL,
  worksite_county VARCHAR(100) NULL,
  -- How sure the name match of this row's employer is: 1 same name, 0.9 same key (NameKey).
  employer_match DECIMAL(4,3) NOT NULL DEFAULT 1.000,
  PRIMARY KEY (id),
  CONSTRAINT uq_certification_case UNIQUE (case_number),
  CONSTRAINT fk_cert_employer FOREIGN KEY (employer_id) REFERENCES directory_entity (id)
);
CREATE INDEX ix_cert_employer ON certification (employer_id, begin_date);
CREATE INDEX ix_cert_agent ON certification (agent_id);

-- WHD compliance actions (whd_whisard.csv).
CREATE TABLE enforcement_action (
  id BIGINT NOT NULL,
  case_id VARCHAR(40) NOT NULL,
  employer_id BIGINT NOT NULL,
  findings_start DATE NULL,
  findings_end DATE NULL,
  h2a_violations INT NOT NULL DEFAULT 0,
  h2b_violations INT NOT NULL DEFAULT 0,
  flsa_violations INT NOT NULL DEFAULT 0,
  back_wages DECIMAL(14,2) NOT NULL DEFAULT 0,
  penalties DECIMAL(14,2) NOT NULL DEFAULT 0,
  data_date DATE NULL,
  employer_match DECIMAL(4,3) NOT NULL DEFAULT 1.000,
  PRIMARY KEY (id),
  CONSTRAINT uq_enforcement_case UNIQUE (case_id),
  CONSTRAINT fk_enf_employer FOREIGN KEY (employer_id) REFERENCES directory_entity (id)
);
CREATE INDEX ix_enf_employer ON enforcement_action (employer_id);

-- OFLC debarment list.
CREATE TABLE debarment (
  id BIGINT NOT NULL,
  entity_id BIGINT NOT NULL,
  source_name VARCHAR(300) NOT NULL,
  start_date DATE NULL,
  end_date DATE NULL,
  violation VARCHAR(300) NULL,
  citation VARCHAR(120) NULL,
  row_key VARCHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_debarment_row UNIQUE (row_key),
  CONSTRAINT fk_debar_entity FOREIGN KEY (entity_id) REFERENCES directory_entity (id)
);
CREATE INDEX ix_debar_entity ON debarment (entity_id);
