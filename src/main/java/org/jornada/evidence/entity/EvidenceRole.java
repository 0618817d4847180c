package org.jornada.evidence.entity;

/** What a stored file is to its case (V34, issue #29). */
public enum EvidenceRole {
    /** A photo, document or recording beside the story. */
    EVIDENCE,
    /** The worker's spoken account: the case's story. */
    STORY,
    /** A voice message on the case's thread ({@code message_id}). */
    MESSAGE
}
