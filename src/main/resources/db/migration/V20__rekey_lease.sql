-- Re-keying (issue #13): the job that re-seals values of retired data keys runs on one node at a time.
INSERT INTO job_lease (name, holder, held_until) VALUES ('rekey', NULL, NULL);
