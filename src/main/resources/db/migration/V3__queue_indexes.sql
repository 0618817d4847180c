-- The triage queue sorts urgent first, then oldest: indexes in that order (descending indexes
-- are honoured by MySQL 8, MariaDB 10.8+ and H2), plain and per state.
CREATE INDEX ix_complaint_queue ON complaint (urgent DESC, received_at, id);
CREATE INDEX ix_complaint_state_queue ON complaint (state, urgent DESC, received_at, id);
CREATE INDEX ix_complaint_assignee_queue ON complaint (assignee_id, urgent DESC, received_at, id);
