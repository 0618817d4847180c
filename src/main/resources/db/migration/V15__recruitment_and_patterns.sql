-- Patterns (issue #12). Where the worker was recruited: ISO 3166-2:MX (MX-GUA) or an ISO 3166-1
-- country code; and whether they asked to be contacted by a workers' organization (only with a
-- contact they agreed to). Both optional; unions see them only as suppressed counts.
ALTER TABLE complaint ADD COLUMN recruited_in VARCHAR(6) NULL;
ALTER TABLE complaint ADD COLUMN wants_organizing BOOLEAN DEFAULT FALSE NOT NULL;

-- The pattern views count the cases received in a period (V7 already indexes the directory links).
CREATE INDEX ix_complaint_received ON complaint (received_at);
