package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jornada.complaint.entity.CaseState;

/** One move of a case along the workflow: who, when, from where to where, and why. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private CaseState toState;

    @Column(length = 2000)
    private String reason;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(nullable = false)
    private Instant at;

    protected CaseEvent() {
        // JPA
    }

    public CaseEvent(Long complaintId, CaseState fromState, CaseState toState, String reason, Long staffId,
            Instant at) {
        this.complaintId = complaintId;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.staffId = staffId;
        this.at = at;
    }

    /** The history line of a move made by this staff member. */
    public static CaseEvent of(CaseFile.Move move, Long staffId) {
        return new CaseEvent(move.caseId(), move.from(), move.to(), move.reason(), staffId, move.at());
    }

    public CaseState getFromState() {
        return fromState;
    }

    public CaseState getToState() {
        return toState;
    }

    public String getReason() {
        return reason;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Instant getAt() {
        return at;
    }
}
