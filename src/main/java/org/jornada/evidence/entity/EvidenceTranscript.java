package org.jornada.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A machine transcription of a recording (V34, issue #29), asked of the organization's own
 * speech-to-text server ({@code JORNADA_TRANSCRIBE_URL}): PENDING until the server answers, DONE
 * with the text sealed, FAILED after {@link #TRIES} tries (the recording stays the story). Shown
 * to staff marked as a machine's, to be checked against the recording.
 */
@Entity
@Table(name = "evidence_transcript")
public class EvidenceTranscript {

    /** Tries before giving up. */
    public static final int TRIES = 4;

    public enum State { PENDING, DONE, FAILED }

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Column(name = "text_sealed")
    private byte[] textSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_at")
    private Instant nextAt;

    @Column(length = 120)
    private String engine;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected EvidenceTranscript() {
        // JPA
    }

    /** A recording to transcribe, due at once. */
    public static EvidenceTranscript pending(long evidenceId, Instant now) {
        EvidenceTranscript t = new EvidenceTranscript();
        t.evidenceId = evidenceId;
        t.state = State.PENDING;
        t.nextAt = now;
        t.createdAt = now;
        return t;
    }

    /** The server answered: the text (sealed by the caller) and which server made it. */
    public void done(byte[] sealedText, String engine, Instant now) {
        this.textSealed = sealedText;
        this.engine = engine;
        this.state = State.DONE;
        this.attempts++;
        this.nextAt = null;
        this.doneAt = now;
    }

    /** A try failed: again after a longer wait (1, 5, 30 minutes), or FAILED after the last try. */
    public void failed(Instant now) {
        attempts++;
        if (attempts >= TRIES) {
            state = State.FAILED;
            nextAt = null;
            doneAt = now;
        } else {
            nextAt = now.plus(backoff(attempts));
        }
    }

    static Duration backoff(int attempts) {
        return switch (attempts) {
            case 1 -> Duration.ofMinutes(1);
            case 2 -> Duration.ofMinutes(5);
            default -> Duration.ofMinutes(30);
        };
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public byte[] getTextSealed() {
        return textSealed;
    }

    public State getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAt() {
        return nextAt;
    }

    public String getEngine() {
        return engine;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
