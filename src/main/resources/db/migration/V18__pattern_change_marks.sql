-- Patterns (issue #12): the pattern views count from an in-memory copy of what they need of each
-- case (pattern.control.CaseFacts), brought up to date before each view by reading only the cases
-- changed since the last look. changed_at is kept by the database itself on every insert and
-- update, whichever code path writes (JPA, native SQL, a migration), so nothing can forget it.
ALTER TABLE complaint ADD COLUMN changed_at DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6) NOT NULL;
CREATE INDEX ix_complaint_changed ON complaint (changed_at);

-- Counters that a change no row mark can show bumps, so that every node reads the data again:
-- 'directory' after an import, a merge or a split (certifications and merged entries), 'cases'
-- whenever cases are deleted (none are yet; retention will).
CREATE TABLE data_version (
  name VARCHAR(40) NOT NULL,
  version BIGINT NOT NULL,
  PRIMARY KEY (name)
);
INSERT INTO data_version (name, version) VALUES ('directory', 0), ('cases', 0);
