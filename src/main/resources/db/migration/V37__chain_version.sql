-- Staff's chain decisions (issue #28: link, unlink) count a change of their own: every node reads
-- the recruitment chain it keeps a copy of (RecruitmentChain.supplies) again, and neither the
-- directory's name index nor the pattern views' copy of the cases, which a decision does not touch,
-- is rebuilt for it (they watch 'directory' and 'cases').
INSERT INTO data_version (name, version) VALUES ('chain', 0);
