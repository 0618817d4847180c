-- Escalation (issue #11): the authorities a verified case can be referred to, seeded from
-- ../shared/reference/domain-reference.md section 4 ("Where complaints and referrals go"); the
-- categories each takes follow that section's jurisdiction lines and the legal hooks of section 6
-- (its portal category mapping). Nothing here is invented: where the reference gives no channel,
-- there is none (the packet is downloaded and filed by hand), and where it says [unverified],
-- verified is FALSE and the pages show it. ADMIN adds local offices (a WHD district office, a
-- consulate) with parent_id pointing at the authority they belong to.
CREATE TABLE authority (
  id BIGINT NOT NULL AUTO_INCREMENT,
  code VARCHAR(40) NOT NULL,
  name_es VARCHAR(200) NOT NULL,
  name_en VARCHAR(200) NOT NULL,
  -- complaint category codes, comma-separated (Category enum names)
  categories VARCHAR(1000) NOT NULL,
  -- the packet's language: es or en
  language VARCHAR(2) NOT NULL,
  -- the facts the authority asks for, in its order, separated by |
  info_required VARCHAR(4000) NOT NULL,
  -- the legal clocks (DeadlineRules codes) that bear on a referral to it, comma-separated
  clocks VARCHAR(400) NOT NULL,
  -- days without an answer after which a sent referral shows as due
  response_days INT NOT NULL DEFAULT 30,
  verified BOOLEAN NOT NULL,
  note VARCHAR(1000) NULL,
  source VARCHAR(1000) NOT NULL,
  parent_id BIGINT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_authority_code UNIQUE (code)
);

CREATE TABLE authority_channel (
  id BIGINT NOT NULL AUTO_INCREMENT,
  authority_id BIGINT NOT NULL,
  -- EMAIL, WEB_FORM, PHONE, POST, IN_PERSON
  kind VARCHAR(10) NOT NULL,
  address VARCHAR(300) NOT NULL,
  position INT NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_channel_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);
CREATE INDEX ix_channel_authority ON authority_channel (authority_id, position);

INSERT INTO authority (code, name_es, name_en, categories, language, info_required, clocks, response_days, verified, note, source, created_at) VALUES
('WHD', 'Departamento de Trabajo de EE. UU., División de Horas y Salarios (WHD)',
 'U.S. Department of Labor, Wage and Hour Division (WHD)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS,NO_CONTRACT_IN_OWN_LANGUAGE,BELOW_REQUIRED_WAGE,UNPAID_HOURS,ILLEGAL_DEDUCTIONS,LATE_PAY,NO_PAY_STATEMENT,THREE_FOURTHS_GUARANTEE,UNSAFE_HOUSING,CHARGED_FOR_HOUSING,NO_MEALS_OR_KITCHEN,TRANSPORT_NOT_PAID,UNSAFE_VEHICLE,INJURY_NOT_COVERED,NO_SANITATION,RETALIATION,BLACKLISTING',
 'en',
 'your name|address|phone (best times)|employer/agency name, address, phone|manager/owner name|type of work/duties|dates|how and when paid (cash/check/day)|pay rate|pay frequency|deductions|pay stubs|hours records|whether others affected',
 'FLSA,FLSA_WILLFUL,STATE_CONTRACT', 30, TRUE,
 'Complaints are confidential; field office contacts you within 2 business days; retaliation prohibited. Third-party complaints accepted.',
 'domain-reference.md section 4 (dol.gov/agencies/whd/contact/complaints; dol.gov/agencies/whd/contact/complaints/third-party); section 6 legal hooks: 20 CFR 655 subpart B, 29 CFR 501, 29 CFR 503, FLSA',
 CURRENT_TIMESTAMP(6)),
('OSHA', 'Administración de Seguridad y Salud Ocupacional (OSHA): queja de seguridad y salud',
 'OSHA: safety and health complaint',
 'UNSAFE_HOUSING,UNSAFE_VEHICLE,HEAT_WATER_SHADE,PESTICIDES,NO_SANITATION',
 'en',
 '*1 Establishment name|*2 Site street|*3 Site city|*4 Site state|*5 Site ZIP|6 Mailing address|7 Management official|8 Telephone|9 Type of business|*10 Hazard description incl. approx. number of employees exposed|*11 Hazard location (building/worksite)|*12 Condition brought to attention of (employer/other agency)|14 Do not reveal my name|Complainant contact|19 Representative information',
 '', 30, TRUE,
 'Online Notice of Alleged Safety or Health Hazards or form OSHA-7; 1-800-321-OSHA for emergencies, fatalities, imminent danger. State plans vary.',
 'domain-reference.md section 4 (omb.report/icr/201707-1218-003; OSHA-7 field numbering); section 6: 29 CFR 1910.142',
 CURRENT_TIMESTAMP(6)),
('OSHA_11C', 'OSHA, Programa de Protección a Denunciantes (sección 11(c))',
 'OSHA Whistleblower Protection Program (section 11(c))',
 'RETALIATION,BLACKLISTING',
 'en',
 'protected activity|employer knowledge|adverse action|causal link',
 'OSHA_11C', 30, TRUE,
 'Retaliation for safety complaints or injury reports; file within 30 days.',
 'domain-reference.md section 4 (OSHA 11(c) fact sheet)',
 CURRENT_TIMESTAMP(6)),
('EEOC', 'Comisión para la Igualdad de Oportunidades en el Empleo (EEOC)',
 'Equal Employment Opportunity Commission (EEOC)',
 'SEXUAL_HARASSMENT,DISCRIMINATION,RETALIATION',
 'en',
 'your name|address|phone|employer name, address, phone|number of employees (most laws need 15+)|basis (every basis that applies)|brief description of facts and dates|witnesses|documents',
 'EEOC,EEOC_FEPA', 30, TRUE,
 'Charges are not accepted by phone; a signed charge follows the intake interview. Request an interpreter in advance.',
 'domain-reference.md section 4 (eeoc.gov/field-office/jackson/charge)',
 CURRENT_TIMESTAMP(6)),
('OFLC', 'Oficina de Certificación Laboral Extranjera (OFLC, DOL ETA)',
 'DOL ETA Office of Foreign Labor Certification (OFLC)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS',
 'en',
 'case number (H-300-... or H-400-...)|employer|nature of violation',
 '', 30, FALSE,
 'Acts mainly on WHD findings and referrals (revocation, debarment: 20 CFR 655.181-182, 655.73); no worker complaint form found [unverified].',
 'domain-reference.md section 4 (govinfo 2024-29550)',
 CURRENT_TIMESTAMP(6)),
('SWA', 'Agencia Estatal de la Fuerza Laboral: sistema de quejas del Servicio de Empleo / Defensor Monitor Estatal',
 'State Workforce Agency, Employment Service Complaint System / State Monitor Advocate',
 'FAKE_JOB,MISREPRESENTED_TERMS,NO_CONTRACT_IN_OWN_LANGUAGE,BELOW_REQUIRED_WAGE,UNPAID_HOURS,ILLEGAL_DEDUCTIONS,LATE_PAY,UNSAFE_HOUSING,CHARGED_FOR_HOUSING,TRANSPORT_NOT_PAID',
 'en',
 '',
 '', 30, TRUE,
 'Complaints about a referred job / clearance order and employment-related law complaints against employers (20 CFR 658 subpart E); within 2 years of the alleged violation.',
 'domain-reference.md section 4 (dol.gov/agencies/eta/agriculture/monitor-advocate-system/resources)',
 CURRENT_TIMESTAMP(6)),
('DOS', 'Departamento de Estado de EE. UU. (consular / visas)',
 'U.S. Department of State (consular / visa)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS',
 'en',
 '',
 '', 30, TRUE,
 'Rights violations are reported to the consular officer at the visa interview (Wilberforce "Know Your Rights" pamphlet).',
 'domain-reference.md section 4 (travel.state.gov temporary-workers and Wilberforce pages)',
 CURRENT_TIMESTAMP(6)),
('TRAFFICKING_HOTLINE', 'Línea Nacional contra la Trata de Personas',
 'National Human Trafficking Hotline',
 'DOCUMENTS_TAKEN,THREATS,DEBT_BONDAGE,MOVEMENT_RESTRICTED,ISOLATION',
 'en',
 '',
 'TVPA', 30, TRUE,
 'Trafficking, forced labor, confinement in employer housing, document confiscation; anonymous; 200+ languages; 911 if in immediate danger.',
 'domain-reference.md section 4 (travel.state.gov Wilberforce; dol.gov/general/migrantworker/trafficking); section 6: TVPA 18 U.S.C. 1589/1595',
 CURRENT_TIMESTAMP(6)),
('MX_CONSULATE', 'Consulados de México (red consular de la SRE)',
 'Mexican consulates (SRE consular network)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS,NO_CONTRACT_IN_OWN_LANGUAGE,BELOW_REQUIRED_WAGE,UNPAID_HOURS,ILLEGAL_DEDUCTIONS,LATE_PAY,NO_PAY_STATEMENT,THREE_FOURTHS_GUARANTEE,UNSAFE_HOUSING,CHARGED_FOR_HOUSING,NO_MEALS_OR_KITCHEN,TRANSPORT_NOT_PAID,UNSAFE_VEHICLE,HEAT_WATER_SHADE,PESTICIDES,INJURY_NOT_COVERED,NO_SANITATION,DOCUMENTS_TAKEN,THREATS,DEBT_BONDAGE,MOVEMENT_RESTRICTED,ISOLATION,SEXUAL_HARASSMENT,DISCRIMINATION,RETALIATION,BLACKLISTING',
 'es',
 '',
 '', 30, TRUE,
 'Consular protection of Mexican nationals and labor-rights referrals (DOL Consular Partnership Program; EEOC MOU with the Embassy of Mexico). Add the nearest consulate as a local office.',
 'domain-reference.md section 4 (dol.gov/general/migrantworker/support)',
 CURRENT_TIMESTAMP(6)),
('STPS', 'Secretaría del Trabajo y Previsión Social (STPS, México)',
 'Mexico Secretaria del Trabajo y Prevision Social (STPS)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS',
 'es',
 '',
 '', 30, FALSE,
 'Regulates recruiters and placement agencies for work abroad (Ley Federal del Trabajo art. 28); no current complaint channel retrieved [unverified].',
 'domain-reference.md section 4 (fivecorridorsproject.org; Global Workers Justice Alliance, LFT art. 28)',
 CURRENT_TIMESTAMP(6)),
('PROFEDET', 'Procuraduría Federal de la Defensa del Trabajo (PROFEDET, México)',
 'PROFEDET (Procuraduria Federal de la Defensa del Trabajo, Mexico)',
 'RECRUITMENT_FEE,TRAVEL_VISA_COSTS_NOT_REIMBURSED,FAKE_JOB,MISREPRESENTED_TERMS',
 'es',
 '',
 '', 30, FALSE,
 'Free advice, conciliation and legal representation in federal labor matters (Reglamento PROFEDET art. 5; LFT arts. 527, 530); national phone not retrieved [unverified]; capacity may be reduced (2026).',
 'domain-reference.md section 4 (idconline.mx; eluniversal.com.mx 2026)',
 CURRENT_TIMESTAMP(6));

INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'WEB_FORM', 'https://www.dol.gov/agencies/whd/contact/complaints', 1 FROM authority WHERE code = 'WHD';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'PHONE', '1-866-487-9243', 2 FROM authority WHERE code = 'WHD';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'WEB_FORM', 'https://www.osha.gov (Online Notice of Alleged Safety or Health Hazards)', 1 FROM authority WHERE code = 'OSHA';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'PHONE', '1-800-321-6742', 2 FROM authority WHERE code = 'OSHA';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'WEB_FORM', 'https://www.osha.gov/whistleblower/WBComplaint.html', 1 FROM authority WHERE code = 'OSHA_11C';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'WEB_FORM', 'https://publicportal.eeoc.gov', 1 FROM authority WHERE code = 'EEOC';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'PHONE', '1-800-669-4000', 2 FROM authority WHERE code = 'EEOC';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'PHONE', '(202) 693-8200', 1 FROM authority WHERE code = 'OFLC';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'IN_PERSON', 'Any American Job Center / State Workforce Agency office', 1 FROM authority WHERE code = 'SWA';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'IN_PERSON', 'The consular officer at the visa interview', 1 FROM authority WHERE code = 'DOS';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'PHONE', '1-888-373-7888', 1 FROM authority WHERE code = 'TRAFFICKING_HOTLINE';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'EMAIL', 'help@humantraffickinghotline.org', 2 FROM authority WHERE code = 'TRAFFICKING_HOTLINE';
INSERT INTO authority_channel (authority_id, kind, address, position)
SELECT id, 'IN_PERSON', 'The nearest Mexican consulate', 1 FROM authority WHERE code = 'MX_CONSULATE';
