package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A phone call in progress (issue #29), keyed by an HMAC of the provider's call id (the caller's
 * number is never read): its step, its state (sealed by the boundary), the case it reached, and when
 * it is forgotten if Twilio posts nothing more.
 */
@Entity
@Table(name = "channel_call")
public class PhoneCall {

    @Id
    @Column(name = "call_key", length = 64)
    private String key;

    @Column(nullable = false, length = 12)
    private String step;

    @Column(name = "state_sealed", nullable = false)
    private byte[] stateSealed;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PhoneCall() {
    }

    public PhoneCall(String key) {
        this.key = key;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Keeps where the call is, forgotten after {@code idle} without a step. */
    public void moveTo(String newStep, byte[] sealedState, Long caseId, Instant now, Duration idle) {
        step = newStep;
        stateSealed = sealedState;
        if (caseId != null) {
            complaintId = caseId;
        }
        updatedAt = now;
        expiresAt = now.plus(idle);
    }

    public String getKey() {
        return key;
    }

    public String getStep() {
        return step;
    }

    public byte[] getStateSealed() {
        return stateSealed;
    }

    public Long getComplaintId() {
        return complaintId;
    }
}
