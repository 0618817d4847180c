-- The message channel (issue #27). A case filed by SMS or WhatsApp says so (complaint.channel,
-- 'WEB' for the form and the API). A conversation is keyed by an HMAC of the sender's number,
-- never the number: its step and the answers so far (sealed), the case it is attached to, and when
-- it expires (2 hours idle by default). Photos and voice notes sent before the report is filed
-- wait sealed in channel_media. channel_seen answers a provider's retry of the same message once
-- (the message id's SHA-256, kept 2 days). channel_case keeps, per case that came by message, what
-- replying needs without a number: the medium, the last message in (WhatsApp's 24-hour window),
-- whether the worker asked to be told of replies, the replies already given in the chat, and those
-- the worker was already told of by a content-free notice.
ALTER TABLE complaint ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'WEB';

CREATE TABLE channel_conversation (
  conversation_key VARCHAR(64) NOT NULL,
  provider VARCHAR(16) NOT NULL,
  medium VARCHAR(10) NOT NULL,
  step VARCHAR(12) NOT NULL,
  draft_sealed LONGBLOB NULL,
  complaint_id BIGINT NULL,
  updated_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  PRIMARY KEY (conversation_key)
);
CREATE INDEX ix_channel_conversation_expires ON channel_conversation (expires_at);

CREATE TABLE channel_media (
  id BIGINT NOT NULL AUTO_INCREMENT,
  conversation_key VARCHAR(64) NOT NULL,
  content_sealed LONGBLOB NOT NULL,
  kept_at DATETIME(6) NOT NULL,
  PRIMARY KEY (id)
);
CREATE INDEX ix_channel_media_conversation ON channel_media (conversation_key);

CREATE TABLE channel_seen (
  provider VARCHAR(16) NOT NULL,
  message_key VARCHAR(64) NOT NULL,
  seen_at DATETIME(6) NOT NULL,
  PRIMARY KEY (provider, message_key)
);
CREATE INDEX ix_channel_seen_at ON channel_seen (seen_at);

CREATE TABLE channel_case (
  complaint_id BIGINT NOT NULL,
  provider VARCHAR(16) NOT NULL,
  medium VARCHAR(10) NOT NULL,
  last_inbound_at DATETIME(6) NOT NULL,
  wants_notice BOOLEAN NOT NULL,
  replies_upto DATETIME(6) NULL,
  notified_upto DATETIME(6) NULL,
  PRIMARY KEY (complaint_id)
);

-- One node at a time takes advocates' replies to the workers' channels (channel.boundary.ReplyDelivery).
INSERT INTO job_lease (name, holder, held_until) VALUES ('channel-replies', NULL, NULL);
