-- Tell it by voice (issue #29): a voice note can be a case's story, a message on its thread, or
-- evidence beside a written story; a phone call is a way in like SMS or WhatsApp.

-- What a stored file is to its case: EVIDENCE (beside the story), STORY (the worker's spoken
-- account: the case's story), MESSAGE (a voice message on the thread, message_id its message).
ALTER TABLE evidence ADD COLUMN role VARCHAR(10) NOT NULL DEFAULT 'EVIDENCE';
ALTER TABLE evidence ADD COLUMN message_id BIGINT NULL;
CREATE INDEX ix_evidence_message ON evidence (message_id);

-- The story's kind: TEXT (the narrative) or VOICE (a STORY file; the narrative may be empty).
ALTER TABLE complaint ADD COLUMN story_kind VARCHAR(5) NOT NULL DEFAULT 'TEXT';

-- A machine transcription of a voice file, made by the organization's own speech-to-text server
-- when JORNADA_TRANSCRIBE_URL is set; sealed like the recording; shown marked as such.
CREATE TABLE evidence_transcript (
  evidence_id BIGINT NOT NULL,
  text_sealed LONGBLOB NULL,
  -- PENDING (to ask the server), DONE, FAILED (after the tries: the recording stays the story)
  state VARCHAR(10) NOT NULL,
  attempts INT NOT NULL DEFAULT 0,
  next_at DATETIME(6) NULL,
  engine VARCHAR(120) NULL,
  created_at DATETIME(6) NOT NULL,
  done_at DATETIME(6) NULL,
  PRIMARY KEY (evidence_id),
  CONSTRAINT fk_transcript_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);
CREATE INDEX ix_transcript_due ON evidence_transcript (state, next_at);
INSERT INTO job_lease (name, holder, held_until) VALUES ('transcriptions', NULL, NULL);
