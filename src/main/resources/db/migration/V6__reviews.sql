-- Worker ratings and reviews of employers and recruiters (issue #4).
CREATE TABLE review (
  id BIGINT NOT NULL AUTO_INCREMENT,
  entity_id BIGINT NOT NULL,
  overall INT NOT NULL,
  paid_as_promised INT NULL,
  no_fees_charged INT NULL,
  housing INT NULL,
  safety INT NULL,
  respect INT NULL,
  honest_about_job INT NULL,
  -- Only the season (a year) is ever shown; the exact time is kept for burst detection only.
  season INT NOT NULL,
  text_sealed BLOB NULL,
  status VARCHAR(10) NOT NULL,
  reject_reason VARCHAR(500) NULL,
  -- The case of the receipt code the review came with (caps per receipt, the "verified worker"
  -- mark); never shown or sent anywhere public.
  complaint_id BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  moderated_by BIGINT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_review_entity FOREIGN KEY (entity_id) REFERENCES directory_entity (id)
);
CREATE INDEX ix_review_entity ON review (entity_id, status);
CREATE INDEX ix_review_status ON review (status, created_at);
CREATE INDEX ix_review_complaint ON review (complaint_id);
