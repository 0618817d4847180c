package org.jornada.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a referral's timeline: who moved it, from where to where, with what note. */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "referral_id", nullable = false)
    private long referralId;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 12)
    private ReferralState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 12)
    private ReferralState toState;

    @Column(length = 1000)
    private String note;

    protected ReferralEvent() {
        // JPA
    }

    public ReferralEvent(long referralId, Instant at, long staffId, ReferralState fromState, ReferralState toState,
            String note) {
        this.referralId = referralId;
        this.at = at;
        this.staffId = staffId;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public long getStaffId() {
        return staffId;
    }

    public ReferralState getFromState() {
        return fromState;
    }

    public ReferralState getToState() {
        return toState;
    }

    public String getNote() {
        return note;
    }
}
