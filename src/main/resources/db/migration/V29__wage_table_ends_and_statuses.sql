-- Wage tables: each row's last day in force, statuses checked again, and the OEWS-based AK/DC
-- figures out of the Farm Labor Survey tables (issue #25, rules 7 and 10). Every fact is from
-- ../shared/reference/domain-reference.md (DR) and ../shared/reference/aewr-2026.md (AEWR26).
-- Runs on MariaDB and on H2 in MySQL mode (the embedded default): plain ALTER/UPDATE/INSERT, date
-- literals as strings like V21, subqueries only on the table not being written to.
-- effective_to: the last day the row is in force; NULL = open-ended (no later figure is known).
-- A yearly AEWR row ends the day before the next year's table takes effect in its state, so a
-- state missing from the next table is a gap on those days, never last year's figure.
-- Known gaps (rule 7): no row is invented for them. The check can tell them from the rows:
-- a state with no minimum-wage row in force on a day, but with another such row (earlier or later)
-- above the federal 7.25, has a higher state floor that is missing (CA, WA, AZ, MI, NY before
-- 2026-01-01; OR before 2025-07-01 and after 2026-06-30; FL before 2025-09-30); a state with no
-- minimum-wage row at all was not researched (AEWR26 4 covers 13 states). An AEWR kind with rows
-- for other states in force on a day but none for this state is a missing figure. The list of
-- gaps is in docs/wage-check.md, "Known gaps in the tables".
-- Statuses: every V21 row was read against both files; where they disagree the more cautious
-- status is kept (direct < secondary < inferred < unverified). Changed here:
--   AEWR-2025 WA 19.82: secondary -> inferred. DR 1b says "verified (washingtonpolicy.org;
--     freshplaza.com)", but AEWR26 3 says "WA 2025: not found directly ... WA shares the Pacific
--     region with OR ... so WA is inferred at 19.82".
--   AEWR-2024 AK 18.02, DC 20.72 and AEWR-2025 AK 19.52, DC 22.23: secondary -> unverified, and
--     moved to the new table AEWR-OEWS-AK-DC. They are OEWS-based (DR 1c "AK 18.02 (OEWS), DC 20.72
--     (OEWS)"; DR 1b "N/A in FLS notice (OEWS-based; mobilefarmware lists 19.52)" and "... 22.23";
--     AEWR26 3 "AK has no Farm Labor Survey rate"), so the FLS notices their tables cite
--     (88 FR 86677, 89 FR 101628) do not list them; OEWS-based AEWRs for AK and DC come from other
--     notices (DR 1e: 90 FR 30988, Jul 11 2025), which the references did not retrieve. One source
--     (mobilefarmware.com), no DOL table, no dates of their own: unverified.
-- Kept, the rows where a reader might expect a change:
--   AEWR-2025 MI 18.15 stays unverified (DR 1b "verified-expected"; AEWR26 3 "18.15 or 18.18
--     [conflict, unverified]"). MN and WI 18.15 stay secondary (DR 1b "verified-expected", ginpress.org;
--     not in AEWR26): same FLS region as MI, whose figure is contested by UFW's 18.18.
--   AEWR-2025 MS 14.83 stays inferred (DR 1b "inferred (Delta = AR/LA)"; AEWR26 3 a "secondary/
--     low-quality" rewrite): inferred is the more cautious.
--   AEWR-2025 NM, NY, TX, OR stay secondary (DR 1b "verified" from tcga.org, Cornell, FreshPlaza:
--     trade, extension and news sources, AEWR26 3 lists them as found directly by those sources).
--   AEWR-2025 NC, SC, VA, MN, WI stay secondary (DR 1b "verified-expected": ginpress.org's FLS
--     release before the FR notice).
--   AEWR-2025 AL..ME (flag.dol.gov) stay direct (DR 1b "verified" flag.dol.gov; AEWR26 3 "the
--     flag.dol.gov table copy cuts off at Maine"). The 20 region-mate rows (MD ... WY) match AEWR26 3
--     figure by figure and stay inferred (MS: see above).
--   AEWR-2023 (15 rows) stay direct (DR 1d: dol.gov's AEWR page). AEWR-2024 (25 rows after the move)
--     stay secondary (DR 1c: mobilefarmware.com, ginpress.org, tcga.org, goodfruit.com).
--   IFR Skill I OR 15.25 and Skill II CA 18.71 stay unverified (AEWR26 1b "some counties ...
--     unverified"; 1c "[secondary, unverified]"); the other IFR, housing-adjustment rows stay
--     secondary (AEWR26 1b-1d). Range 2058.31 and 1986.76 stay direct (DR 1b: 89 FR 101630).
--     Federal 7.25 stays direct (AEWR26 4: DOL WHD publication).
--   State minimums stay secondary (AEWR26 4, secondary compilations). NY 16.00: AEWR26 4 notes
--     WorldatWork's "$15.50 -> $16.50" but calls it garbled and gives 16.00 from hortonpllc.com and
--     the Governor's announcement; kept secondary. OR 15.05 and NY 16.00 are the standard rates: the
--     county tiers (OR 16.30 Portland metro, 14.05 non-urban; NY 17.00 NYC, Long Island, Westchester)
--     stay in the note.
ALTER TABLE wage_rate ADD COLUMN effective_to DATE NULL;

-- 2023 AEWR (DR 1d) ends the day before the 2024 AEWR took effect on Jan 1 2024 (DR 1c).
UPDATE wage_rate SET effective_to = '2023-12-31'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-2023');

-- 2024 AEWR ends the day before the 2025 AEWR took effect: Dec 16 2024 in most states, Dec 30 2024
-- in the 17 states of the Kansas v. DOL injunction (DR 1b "Effective dates"; AEWR26 3).
UPDATE wage_rate SET effective_to = CASE
    WHEN state IN ('AR', 'FL', 'GA', 'ID', 'IN', 'IA', 'KS', 'LA', 'MO', 'MT', 'NE', 'ND', 'OK', 'SC', 'TN',
        'TX', 'VA') THEN '2024-12-29'
    ELSE '2024-12-15' END
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-2024');

-- 2025 AEWR rows stay open: job orders filed before Oct 2 2025 keep them for the life of the
-- contract, and no later Farm Labor Survey rate exists (AEWR26 2; DR 0: the FLS was discontinued).

-- Range (herding) AEWR: 1,986.76 a month before Jan 1 2025, 2,058.31 from then (DR 1b). The 2026
-- range notice was delayed (AEWR26 1a): 2,058.31 stays open.
UPDATE wage_rate SET effective_to = '2024-12-31'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'RANGE-2025') AND rate = 1986.76;

-- State minimums with a known end (AEWR26 4): FL 14.00 applies to Sep 29 2026 (15.00 from Sep 30
-- 2026: "FL: 14.00 applies 1 Jan-29 Sep 2026 and 15.00 from 30 Sep 2026"); OR's standard 15.05 runs
-- to Jun 30 2026 ("The 2025 tiers above run to 30 Jun 2026"; "the 1 Jul 2026 inflation adjustment
-- was not found": a gap from Jul 1 2026). The others have no known end: CA, WA, AZ, MI, NY from
-- Jan 1 2026 and FL 15.00 have no later figure; GA, NC, TX, LA, KY, ID equal the federal 7.25.
UPDATE wage_rate SET effective_to = '2026-09-29'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'MIN-WAGE-STATE-2026') AND state = 'FL'
    AND effective_from = '2025-09-30';
UPDATE wage_rate SET effective_to = '2026-06-30',
    note = 'standard rate to Jun 30 2026; 16.30 Portland metro, 14.05 non-urban counties; the Jul 1 2026 adjustment is not in the tables (aewr-2026.md 4)'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'MIN-WAGE-STATE-2026') AND state = 'OR'
    AND effective_from = '2025-07-01';

-- WA 2025: inferred (AEWR26 3), see the status list above.
UPDATE wage_rate SET status = 'inferred',
    source = 'Pacific region-mate OR 19.82 (FreshPlaza; RFD-TV); region WA/OR per Capital Press 2019 (aewr-2026.md 3: WA not found directly); washingtonpolicy.org, freshplaza.com per domain-reference.md 1b'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-2025') AND state = 'WA';

-- The OEWS-based AK and DC figures get a table of their own (next free id: an ADMIN's import may
-- already hold 10), same kind and rule version, same dates and ends as the yearly FLS rows they
-- were listed with. The newer OEWS notice (DR 1e: 90 FR 30988, Jul 11 2025) was not retrieved:
-- the 2025 rows stay open, unverified.
INSERT INTO wage_table (id, code, kind, rule_version, name, effective_from, source)
  SELECT COALESCE(MAX(id), 0) + 1, 'AEWR-OEWS-AK-DC', 'AEWR', '2023_METHOD',
    'AEWR for AK and DC, areas without a Farm Labor Survey rate: OEWS-based figures, not in the FLS notices (88 FR 86677, 89 FR 101628); the OEWS notices themselves (e.g. 90 FR 30988, Jul 11 2025) were not retrieved',
    '2024-01-01',
    'mobilefarmware.com/support/wams/aewr (Nov 22 2023 and Dec 16 2024 versions), per domain-reference.md 1b, 1c, 1e and aewr-2026.md 3 (unverified: one secondary source)'
  FROM wage_table;
UPDATE wage_rate SET table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-OEWS-AK-DC'),
    effective_to = '2024-12-15', status = 'unverified',
    source = 'mobilefarmware.com (Nov 22 2023; OEWS-based: not in the FLS notice 88 FR 86677)',
    note = 'OEWS-based (domain-reference.md 1c); the dates follow the FLS table it was listed with, not an OEWS notice'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-2024') AND state IN ('AK', 'DC');
UPDATE wage_rate SET table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-OEWS-AK-DC'),
    status = 'unverified',
    source = 'mobilefarmware.com (Dec 16 2024; OEWS-based: "N/A in FLS notice" 89 FR 101628, domain-reference.md 1b)',
    note = 'OEWS-based; the Jul 11 2025 OEWS notice (90 FR 30988, domain-reference.md 1e) may replace it: its figures are not in the tables'
  WHERE table_id = (SELECT id FROM wage_table WHERE code = 'AEWR-2025') AND state IN ('AK', 'DC');
UPDATE wage_table SET source = 'mobilefarmware.com; ginpress.org; tcga.org; goodfruit.com (partial: 25 states; AK and DC moved to AEWR-OEWS-AK-DC by V29)'
  WHERE code = 'AEWR-2024';
