-- Urgent reports reach someone at once (issue #27): the on-call list an ADMIN keeps and the notices
-- sent from it. channel owns both (channel.entity.OnCall, channel.entity.UrgentNotice).
-- An on-call entry: a case-working staff account, the mail address and the optional phone (E.164)
-- the notices go to, sealed with the data key (purposes on_call.mail, on_call.phone);
-- the medium of the phone (SMS, WHATSAPP); the language of the notice (es, en); the days a shift
-- starts (bit 0 Monday ... bit 6 Sunday) and its hours in the organization's time zone, as minutes
-- of the day: from_minute >= to_minute crosses midnight (equal: 24 hours).
CREATE TABLE on_call (
  id BIGINT NOT NULL AUTO_INCREMENT,
  staff_account_id BIGINT NOT NULL,
  mail_sealed VARBINARY(600) NOT NULL,
  phone_sealed VARBINARY(200) NULL,
  medium VARCHAR(10) NULL,
  language VARCHAR(2) NOT NULL,
  days INT NOT NULL,
  from_minute INT NOT NULL,
  to_minute INT NOT NULL,
  active BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_on_call_staff FOREIGN KEY (staff_account_id) REFERENCES staff_account (id)
);

-- One notice per urgent case, on-call entry and route (MAIL through the outbox, TEXT through a
-- provider): PENDING, SENT or FAILED (a text retried at next_at, 1, 2, 4 ... minutes, 8 attempts).
-- last_error never carries a worker's words. Removing an entry removes its notices.
CREATE TABLE urgent_notice (
  id BIGINT NOT NULL AUTO_INCREMENT,
  complaint_id BIGINT NOT NULL,
  on_call_id BIGINT NOT NULL,
  route VARCHAR(4) NOT NULL,
  state VARCHAR(7) NOT NULL,
  attempts INT NOT NULL,
  next_at DATETIME(6) NULL,
  last_error VARCHAR(300) NULL,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_urgent_notice UNIQUE (complaint_id, on_call_id, route),
  CONSTRAINT fk_urgent_notice_complaint FOREIGN KEY (complaint_id) REFERENCES complaint (id),
  CONSTRAINT fk_urgent_notice_on_call FOREIGN KEY (on_call_id) REFERENCES on_call (id) ON DELETE CASCADE
);
CREATE INDEX ix_urgent_notice_due ON urgent_notice (state, next_at);
CREATE INDEX ix_urgent_notice_created ON urgent_notice (created_at);

-- One node of a cluster looks for new urgent cases at a time.
INSERT INTO job_lease (name, holder, held_until) VALUES ('urgent-notices', NULL, NULL);
