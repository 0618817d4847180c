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
 * Staff asked the worker whether one authority may get their name and how to reach them. The
 * worker answers once; the answer, its time and the authority are kept, and never change. Staff may
 * ask again; the worker's latest answer for an authority is the one that counts ({@link #decisive}).
 */
@Entity
@Table(name = "consent_request")
public class ConsentRequest {

    public enum Answer { YES, NO }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Column(name = "asked_by", nullable = false)
    private long askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private Answer answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ConsentRequest() {
        // JPA
    }

    public ConsentRequest(long complaintId, long authorityId, long askedBy, Instant askedAt) {
        this.complaintId = complaintId;
        this.authorityId = authorityId;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    /** Records the worker's answer; false (nothing changed) when it was already given. */
    public boolean answer(Answer given, Instant at) {
        if (answer != null || given == null) {
            return false;
        }
        answer = given;
        answeredAt = at;
        return true;
    }

    /**
     * The worker's answer that counts for this authority among the questions asked on one case: the
     * one given last (a question still waiting changes nothing; a "no" after a "yes" wins, and a
     * "yes" after a "no" too). Empty when the worker never answered.
     */
    public static java.util.Optional<ConsentRequest> decisive(java.util.List<ConsentRequest> asked, long authorityId) {
        return asked.stream().filter(c -> c.authorityId == authorityId && c.answer != null)
                .max(java.util.Comparator.comparing(ConsentRequest::getAnsweredAt)
                        .thenComparing(c -> c.id == null ? Long.MIN_VALUE : c.id));
    }

    /** Whether the worker's answer that counts for this authority is yes. */
    public static boolean saidYes(java.util.List<ConsentRequest> asked, long authorityId) {
        return decisive(asked, authorityId).map(c -> c.answer == Answer.YES).orElse(false);
    }

    public boolean isWaiting() {
        return answer == null;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Answer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
