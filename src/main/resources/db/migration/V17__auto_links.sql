-- Patterns (issue #12): a case counts for a directory entry once linked, by staff or on arrival when
-- the typed name's key equals exactly one entry's (casework's AutoLinks, a few seconds after
-- filing). Each case is looked at once: a link staff undo is never made again. Cases filed before
-- this version count as looked at (they are linked by staff, as before).
ALTER TABLE complaint ADD COLUMN auto_link_checked BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE complaint SET auto_link_checked = TRUE;
CREATE INDEX ix_complaint_auto_link ON complaint (auto_link_checked, id);
