package org.jornada.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * A worker's rating of an employer or recruiter: overall 1–5, optional aspects, the season, an
 * optional text (sealed until a moderator publishes it). Made without an account.
 */
@Entity
@Table(name = "review")
public class Review {

    /** The aspects a worker may rate, as the API names them. */
    public enum Aspect { paidAsPromised, noFeesCharged, housing, safety, respect, honestAboutJob }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(nullable = false)
    private int overall;

    @Column(name = "paid_as_promised")
    private Integer paidAsPromised;

    @Column(name = "no_fees_charged")
    private Integer noFeesCharged;

    @Column
    private Integer housing;

    @Column
    private Integer safety;

    @Column
    private Integer respect;

    @Column(name = "honest_about_job")
    private Integer honestAboutJob;

    @Column(nullable = false)
    private int season;

    @Column(name = "text_sealed")
    private byte[] textSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewStatus status;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    protected Review() {
        // JPA
    }

    public Review(long entityId, int overall, Map<Aspect, Integer> aspects, int season, byte[] textSealed,
            Long complaintId, ReviewStatus status, Instant createdAt) {
        this.entityId = entityId;
        this.overall = overall;
        this.paidAsPromised = aspects.get(Aspect.paidAsPromised);
        this.noFeesCharged = aspects.get(Aspect.noFeesCharged);
        this.housing = aspects.get(Aspect.housing);
        this.safety = aspects.get(Aspect.safety);
        this.respect = aspects.get(Aspect.respect);
        this.honestAboutJob = aspects.get(Aspect.honestAboutJob);
        this.season = season;
        this.textSealed = textSealed;
        this.complaintId = complaintId;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** A moderator publishes the review, with the text as redacted (sealed again by the caller). */
    public void publish(byte[] redactedSealed, long moderator) {
        if (status == ReviewStatus.PUBLISHED || status == ReviewStatus.REJECTED) {
            throw new IllegalStateException("Already moderated");
        }
        this.textSealed = redactedSealed;
        this.status = ReviewStatus.PUBLISHED;
        this.moderatedBy = moderator;
    }

    public void reject(String reason, long moderator) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        if (status == ReviewStatus.PUBLISHED || status == ReviewStatus.REJECTED) {
            throw new IllegalStateException("Already moderated");
        }
        this.status = ReviewStatus.REJECTED;
        this.rejectReason = reason.strip().length() <= 500 ? reason.strip() : reason.strip().substring(0, 500);
        this.moderatedBy = moderator;
    }

    public Map<Aspect, Integer> aspects() {
        Map<Aspect, Integer> aspects = new EnumMap<>(Aspect.class);
        put(aspects, Aspect.paidAsPromised, paidAsPromised);
        put(aspects, Aspect.noFeesCharged, noFeesCharged);
        put(aspects, Aspect.housing, housing);
        put(aspects, Aspect.safety, safety);
        put(aspects, Aspect.respect, respect);
        put(aspects, Aspect.honestAboutJob, honestAboutJob);
        return aspects;
    }

    private static void put(Map<Aspect, Integer> map, Aspect aspect, Integer value) {
        if (value != null) {
            map.put(aspect, value);
        }
    }

    public Long getId() {
        return id;
    }

    public long getEntityId() {
        return entityId;
    }

    public int getOverall() {
        return overall;
    }

    public int getSeason() {
        return season;
    }

    public byte[] getTextSealed() {
        return textSealed;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
