-- Patterns (issue #12): the category groups a complaint touches, as a bit set (bit i = the i-th
-- CategoryGroup: RECRUITMENT 1, WAGES 2, HOUSING 4, TRANSPORT 8, HEALTH_SAFETY 16, COERCION 32,
-- DISCRIMINATION 64, RETALIATION 128, OTHER 256), so that the pattern views count per group in one
-- pass over complaint instead of joining complaint_category. Categories never change after filing.
ALTER TABLE complaint ADD COLUMN category_groups INT DEFAULT 0 NOT NULL;
UPDATE complaint SET category_groups = 0
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('RECRUITMENT_FEE', 'TRAVEL_VISA_COSTS_NOT_REIMBURSED', 'FAKE_JOB', 'MISREPRESENTED_TERMS', 'NO_CONTRACT_IN_OWN_LANGUAGE')) THEN 1 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('BELOW_REQUIRED_WAGE', 'UNPAID_HOURS', 'ILLEGAL_DEDUCTIONS', 'LATE_PAY', 'NO_PAY_STATEMENT', 'THREE_FOURTHS_GUARANTEE')) THEN 2 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('UNSAFE_HOUSING', 'CHARGED_FOR_HOUSING', 'NO_MEALS_OR_KITCHEN')) THEN 4 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('TRANSPORT_NOT_PAID', 'UNSAFE_VEHICLE')) THEN 8 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('HEAT_WATER_SHADE', 'PESTICIDES', 'INJURY_NOT_COVERED', 'NO_SANITATION')) THEN 16 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('DOCUMENTS_TAKEN', 'THREATS', 'DEBT_BONDAGE', 'MOVEMENT_RESTRICTED', 'ISOLATION')) THEN 32 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('SEXUAL_HARASSMENT', 'DISCRIMINATION')) THEN 64 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('RETALIATION', 'BLACKLISTING')) THEN 128 ELSE 0 END
  + CASE WHEN EXISTS (SELECT 1 FROM complaint_category g WHERE g.complaint_id = complaint.id AND g.code IN ('OTHER')) THEN 256 ELSE 0 END;
