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

/**
 * One step of a referral's timeline: what happened ({@link Kind}), who did it, from which state to
 * which (the same one for a response or the mail's progress), with what note.
 */
@Entity
@Table(name = "referral_event")
public class ReferralEvent {

    /** The staff id a step the worker took is recorded under (the timeline says "the worker"). */
    public static final long WORKER = 0L;

    /** What a step was. */
    public enum Kind {
        PREPARED, SUBMITTED, APPROVED, RETURNED, MAIL_QUEUED, MAIL_WRITTEN, SENT, ACKNOWLEDGED, RESPONSE, OUTCOME,
        /** The worker said no after a yes: an unsent named referral went back to a draft (by the worker, staff id 0). */
        NO_CONSENT,
        /** A mail of the referral was taken back before it left (the worker's no). */
        MAIL_DROPPED,
        /** A named draft made anonymous. */
        ANONYMISED,
        /** Staff asked the authority to disregard the worker's name, sent before the worker's no. */
        DISREGARD;

        /** The step that brought a referral into this state. */
        public static Kind of(ReferralState state) {
            return state == ReferralState.DRAFT ? PREPARED : valueOf(state.name());
        }
    }

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

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Kind kind;

    protected ReferralEvent() {
        // JPA
    }

    public ReferralEvent(long referralId, Kind kind, Instant at, long staffId, ReferralState fromState,
            ReferralState toState, String note) {
        this.referralId = referralId;
        this.kind = kind;
        this.at = at;
        this.staffId = staffId;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    /** What happened (older rows without a kind read as the state they reached). */
    public Kind getKind() {
        return kind != null ? kind : Kind.of(toState);
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
