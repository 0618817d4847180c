package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;

/**
 * A case's working life, beside what the worker said ({@link Complaint}, same id): where it is in
 * the workflow, who works it, the burst it is held in, its nearest legal clock, when it last ended
 * (V30). The rules are its methods, plain Java, so a unit test drives a whole life
 * ({@code CaseLifeTest}); services persist the {@link Move} a move hands back as its
 * {@link CaseEvent}.
 *
 * <p>{@code urgent} and {@code receivedAt} are the worker's facts copied when the case opens (they
 * never change): the queue sorts by them together with the state, the assignee and the clock, which
 * one index of this table serves.
 *
 * <pre>
 * CaseFile file = CaseFile.open(complaint, dueOn);
 * file.moveTo(CaseState.TRIAGED, null, false, now);   // a Move, or IllegalTransitionException
 * </pre>
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    /** What the column keeps when the case has no clock, so that the queue sorts it last. */
    public static final LocalDate NO_DEADLINE = LocalDate.of(9999, 12, 31);

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseState state;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "assignee_id")
    private Long assigneeId;

    /** The burst this complaint arrived in, held apart from the queue; null when not held. */
    @Column(name = "held_burst", length = 16)
    private String heldBurst;

    /** The nearest legal clock, kept for the queue's sort and filter; {@link #NO_DEADLINE} when none. */
    @Column(name = "nearest_deadline", nullable = false)
    private LocalDate nearestDeadline = NO_DEADLINE;

    /** When the case last became CLOSED or RESOLVED (null while open): retention counts from it. */
    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    /** One move along the workflow, for the case's history ({@link CaseEvent#of}). */
    public record Move(Long caseId, CaseState from, CaseState to, String reason, Instant at) {
    }

    protected CaseFile() {
        // JPA
    }

    /**
     * A new case, RECEIVED, for a complaint about to be stored: its id is given once the complaint
     * has one ({@link #numbered}).
     */
    public static CaseFile open(Complaint complaint, LocalDate nearestDeadline) {
        CaseFile file = new CaseFile();
        file.complaintId = complaint.getId();
        file.state = CaseState.RECEIVED;
        file.urgent = complaint.isUrgent();
        file.receivedAt = Objects.requireNonNull(complaint.getReceivedAt(), "receivedAt");
        file.setNearestDeadline(nearestDeadline);
        return file;
    }

    /** Takes the id its complaint was stored under. */
    public void numbered(long id) {
        if (complaintId != null && complaintId != id) {
            throw new IllegalStateException("case " + complaintId + " cannot become " + id);
        }
        complaintId = id;
    }

    /**
     * Moves the case along the workflow. A case becomes VERIFIED only with the verification
     * checklist done or a written reason; closing, marking a duplicate and reopening need a
     * reason too. A case that ends (CLOSED, RESOLVED) keeps when, what retention counts from;
     * reopened, it forgets it.
     *
     * @throws IllegalTransitionException naming the states allowed from here
     * @throws IllegalArgumentException when the move needs a reason and has none
     */
    public Move moveTo(CaseState target, String reason, boolean checklistDone, Instant at) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(state, target);
        }
        boolean needsReason = target == CaseState.VERIFIED && !checklistDone || target == CaseState.CLOSED
                || target == CaseState.DUPLICATE || state == CaseState.CLOSED || state == CaseState.DUPLICATE;
        if (needsReason && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A reason is required to move a case from " + state + " to " + target);
        }
        CaseState previous = state;
        state = target;
        finishedAt = target == CaseState.CLOSED || target == CaseState.RESOLVED ? at : null;
        return new Move(complaintId, previous, target, reason, at);
    }

    /** Marks the case a duplicate of another (the link itself is a {@link CaseLink}). */
    public Move markDuplicateOf(long primaryId, String reason, Instant at) {
        if (Objects.equals(complaintId, primaryId)) {
            throw new IllegalArgumentException("A case is not a duplicate of itself");
        }
        return moveTo(CaseState.DUPLICATE, reason == null || reason.isBlank() ? "Duplicate of case " + primaryId
                : reason.strip(), false, at);
    }

    /** Assigns the case to a staff member (take, assign, reassign); null puts it back, unassigned. */
    public void assignTo(Long staffId) {
        this.assigneeId = staffId;
    }

    /**
     * Whether this staff member may work the case: anyone who sees all cases; else unassigned or
     * theirs, and not held apart as a possible flood (only who sees all cases releases those, so a
     * related-case link or a typed address does not take one past the supervisor).
     */
    public boolean workableBy(long staffId, boolean seesAllCases) {
        return seesAllCases || heldBurst == null && (assigneeId == null || assigneeId == staffId);
    }

    /**
     * Holds a complaint that arrived in a burst from one client apart from the triage queue: it is
     * stored and the worker can follow it up, but it is neither ranked nor shown among the others
     * (urgent or not) until a supervisor releases it.
     */
    public void hold(String burstId) {
        if (burstId == null || !burstId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("A burst id is 16 hex digits");
        }
        this.heldBurst = burstId;
    }

    /** Back into the triage queue, ranked as any other; the burst it was held in, or null when it was not held. */
    public String release() {
        String was = heldBurst;
        heldBurst = null;
        return was;
    }

    public void setNearestDeadline(LocalDate dueOn) {
        this.nearestDeadline = dueOn == null ? NO_DEADLINE : dueOn;
    }

    /** The nearest clock, or null when the case has none. */
    public LocalDate getNearestDeadline() {
        return NO_DEADLINE.equals(nearestDeadline) ? null : nearestDeadline;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public CaseState getState() {
        return state;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public String getHeldBurst() {
        return heldBurst;
    }

    public boolean isHeld() {
        return heldBurst != null;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
