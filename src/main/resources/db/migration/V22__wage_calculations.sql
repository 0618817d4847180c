-- The wage check attached to a case (issue #14): what the worker entered, what the check answered
-- and the table rows it used, as JSON sealed with the data key like the narrative (it says what
-- one worker was paid). The total shortfall stays readable for the case page's line and counts.
-- Deleted with the evidence when the contact is erased, and when the case is anonymised.
CREATE TABLE wage_calculation (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  attached_at DATETIME(6) NOT NULL,
  -- WAGE_CHECK_PAGE, REPORT_FORM or API: how the worker attached it
  via VARCHAR(20) NOT NULL,
  total_shortfall DECIMAL(12, 2) NOT NULL,
  calculation_sealed MEDIUMBLOB NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_wage_calculation_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id)
);
CREATE INDEX ix_wage_calculation_complaint ON wage_calculation (complaint_id);
-- Each node reads the wage tables again when an ADMIN's import moved this counter.
INSERT INTO data_version (name, version) VALUES ('wage-tables', 0);
