-- Complaint floods (issue #8): complaints that arrive in a burst from one client are stored (the
-- worker gets a receipt and can follow up) but held apart from the triage queue until a
-- supervisor releases or closes them. held_burst groups one burst: a random id drawn when the
-- burst starts, never derived from the client's address. NULL = not held.
ALTER TABLE complaint ADD COLUMN held_burst VARCHAR(16) NULL;
CREATE INDEX ix_complaint_held ON complaint (held_burst, urgent, received_at);
