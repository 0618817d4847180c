-- The queue's name filter and related cases match names through the directory's name keys
-- (issue #9): accents, case, punctuation, little words and legal suffixes do not count
-- (org.jornada.platform.control.NameKey). Each case keeps the key of the employer and recruiter
-- names it was filed with; name_word lists, once per distinct key, the words of that key, so a
-- typed "agricola san jose" finds the keys holding every word (as a prefix) through an index,
-- then the cases through the key indexes. V10 (NameKeysBackfill) fills both for existing cases.
ALTER TABLE complaint ADD COLUMN employer_key VARCHAR(300) NULL;
ALTER TABLE complaint ADD COLUMN recruiter_key VARCHAR(300) NULL;
CREATE INDEX ix_complaint_employer_key ON complaint (employer_key);
CREATE INDEX ix_complaint_recruiter_key ON complaint (recruiter_key);

CREATE TABLE name_word (
  word VARCHAR(80) NOT NULL,
  name_key VARCHAR(300) NOT NULL,
  PRIMARY KEY (word, name_key)
);
