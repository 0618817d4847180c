-- Single-use views of the receipt page (issue #24): the report form's POST answers with a redirect
-- to /receipt?view=TOKEN, so Back or reload never posts the report again and the history holds
-- only a GET address that works once, within minutes. Only the token's SHA-256 is stored; the
-- receipt code is kept sealed under the data key (AES-GCM, key id inside the sealed bytes) only
-- until the view is shown or expires: the row is deleted when shown, expired rows by the next write.
CREATE TABLE receipt_view (
  token_hash CHAR(64) NOT NULL,
  -- epoch seconds after which the view opens nothing
  expires_at BIGINT NOT NULL,
  -- the receipt code, sealed; NULL when the code may no longer be shown (a repeated report)
  receipt_sealed VARBINARY(255) NULL,
  urgent BOOLEAN NOT NULL,
  repeated BOOLEAN NOT NULL,
  -- how many files the report kept
  files INT NOT NULL,
  -- what the form carried from other pages, field|noticeKey|kept;...: field names and bundle keys only, never a worker's words
  carried VARCHAR(500) NULL,
  PRIMARY KEY (token_hash)
);
CREATE INDEX ix_receipt_view_expires ON receipt_view (expires_at);
