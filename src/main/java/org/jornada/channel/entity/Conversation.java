package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message conversation, keyed by an HMAC of the sender's number (never the number): its step,
 * the answers so far (sealed by the boundary), the case it is attached to once filed or looked up,
 * and when it is forgotten if the worker says nothing more.
 */
@Entity
@Table(name = "channel_conversation")
public class Conversation {

    @Id
    @Column(name = "conversation_key", length = 64)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Medium medium;

    @Column(nullable = false, length = 12)
    private String step;

    @Column(name = "draft_sealed")
    private byte[] draftSealed;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected Conversation() {
    }

    public Conversation(String key, Provider provider, Medium medium) {
        this.key = key;
        this.provider = provider;
        this.medium = medium;
    }

    /** Whether the conversation was idle past its expiry at {@code now} (then it starts again). */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Keeps where the worker is, and forgets it all after {@code idle} without a message. */
    public void moveTo(String newStep, byte[] sealedDraft, Long caseId, Provider by, Medium on, Instant now,
            Duration idle) {
        step = newStep;
        draftSealed = sealedDraft;
        complaintId = caseId;
        provider = by;
        medium = on;
        updatedAt = now;
        expiresAt = now.plus(idle);
    }

    public String getKey() {
        return key;
    }

    public Provider getProvider() {
        return provider;
    }

    public Medium getMedium() {
        return medium;
    }

    public String getStep() {
        return step;
    }

    public byte[] getDraftSealed() {
        return draftSealed;
    }

    public Long getComplaintId() {
        return complaintId;
    }
}
