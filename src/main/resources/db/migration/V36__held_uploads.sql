-- Files a worker sent with the report form when the form came back with a question (a category not
-- ticked, a name to choose): the voice note and the photos or documents, already cleaned, kept
-- sealed under a SHA-256 of a random key that travels only in the form's hidden field, so the
-- worker does not record or choose them again. Deleted when the report is filed, when the worker
-- removes them, and 2 hours after they were sent (HeldUploads.KEPT_FOR) whatever happens. The sizes
-- are summed so that all the forms together never hold more than JORNADA_HELD_UPLOADS_MB.
CREATE TABLE held_upload (
  id BIGINT NOT NULL AUTO_INCREMENT,
  hold_key VARCHAR(64) NOT NULL,
  role VARCHAR(12) NOT NULL,
  content_sealed LONGBLOB NOT NULL,
  size_bytes INT NOT NULL,
  kept_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_held_upload_key ON held_upload (hold_key);
CREATE INDEX ix_held_upload_kept ON held_upload (kept_at);
