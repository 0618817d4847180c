package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.DataCipher;
import org.jornada.review.control.TextFlags;
import org.jornada.review.entity.Review;
import org.jornada.review.entity.ReviewStatus;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Worker reviews: taking them (caps per receipt code, bursts against one entry held for review),
 * moderation (flag, redact, publish or reject with a reason) and what a profile may show.
 */
@ApplicationScoped
@Transactional
public class Reviews {

    static final String PURPOSE = "review-text";
    public static final int TEXT_MAX = 1000;
    /** Reviews one receipt code may make in all. */
    public static final int PER_RECEIPT = 3;
    /** This many reviews of one entry within an hour is a burst: the next ones wait for a moderator. */
    public static final int BURST = 10;
    /** States whose case counts as verified for the "verified worker" mark. */
    static final List<CaseState> VERIFIED = List.of(CaseState.VERIFIED, CaseState.ESCALATED, CaseState.RESOLVED);

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    ComplaintIntake intake;

    @Inject
    Clock clock;

    /** A review as sent, after the API checked its shape. */
    public record Submission(EntityKind kind, long entityId, int overall, Map<Review.Aspect, Integer> aspects, int season,
            String text, ReceiptCode receipt, boolean hold) {

        public Submission(EntityKind kind, long entityId, int overall, Map<Review.Aspect, Integer> aspects, int season,
                String text, ReceiptCode receipt) {
            this(kind, entityId, overall, aspects, season, text, receipt, false);
        }

        /** The same review, held for a moderator whatever its shape. */
        public Submission heldForModeration() {
            return new Submission(kind, entityId, overall, aspects, season, text, receipt, true);
        }
    }

    /** A review the service refuses, naming the field and the message key. */
    public static final class ReviewRefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        ReviewRefusedException(String field, String key) {
            super(key, null, false, false);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public record Taken(long id, ReviewStatus status) {
    }

    public Taken submit(Submission s) throws ReviewRefusedException {
        DirectoryEntry entry = em.find(DirectoryEntry.class, s.entityId());
        if (entry == null || entry.getKind() != s.kind() || entry.getMergedInto() != null) {
            throw new ReviewRefusedException("entityId", "reviews.entityUnknown");
        }
        Long complaintId = null;
        if (s.receipt() != null) {
            Complaint complaint = intake.findByReceipt(s.receipt()).orElseThrow(() -> new ReviewRefusedException("receipt",
                    "reviews.receiptUnknown"));
            complaintId = complaint.getId();
            List<Long> reviewed = em.createQuery("SELECT r.entityId FROM Review r WHERE r.complaintId = :c", Long.class)
                    .setParameter("c", complaintId).getResultList();
            if (reviewed.contains(s.entityId())) {
                throw new ReviewRefusedException("receipt", "reviews.alreadyReviewed");
            }
            if (reviewed.size() >= PER_RECEIPT) {
                throw new ReviewRefusedException("receipt", "reviews.receiptCap");
            }
        }
        Instant now = Instant.now(clock);
        long lastHour = em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.entityId = :e AND r.createdAt > :since",
                Long.class).setParameter("e", s.entityId()).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        boolean hasText = s.text() != null && !s.text().isBlank();
        ReviewStatus status = lastHour >= BURST || s.hold() ? ReviewStatus.HELD : hasText ? ReviewStatus.PENDING
                : ReviewStatus.PUBLISHED;
        Review review = new Review(s.entityId(), s.overall(), s.aspects(), s.season(),
                hasText ? cipher.sealText(org.jornada.platform.control.PlainText.clean(s.text()).strip(), PURPOSE) : null, complaintId, status, now);
        em.persist(review);
        em.flush();
        return new Taken(review.getId(), status);
    }

    /** A review waiting for a moderator, its text decrypted and flagged. */
    public record Waiting(Review review, String entityName, String text, List<TextFlags.Flag> flags) {
    }

    public List<Waiting> waiting(int limit) {
        return em.createQuery("SELECT r FROM Review r WHERE r.status IN :s ORDER BY r.createdAt, r.id", Review.class)
                .setParameter("s", List.of(ReviewStatus.PENDING, ReviewStatus.HELD)).setMaxResults(limit)
                .getResultStream().map(r -> {
                    String text = text(r);
                    DirectoryEntry entry = em.find(DirectoryEntry.class, r.getEntityId());
                    return new Waiting(r, entry == null ? "?" : entry.getName(), text, TextFlags.of(text));
                }).toList();
    }

    private String text(Review r) {
        return r.getTextSealed() == null ? null : cipher.openText(r.getTextSealed(), PURPOSE);
    }

    /** Where a review stands for a moderator: none such, waiting, or already moderated. */
    public enum Moderation { NONE, WAITING, DONE }

    public Moderation moderation(long id) {
        Review review = em.find(Review.class, id);
        return review == null ? Moderation.NONE
                : review.getStatus() == ReviewStatus.PENDING || review.getStatus() == ReviewStatus.HELD
                ? Moderation.WAITING : Moderation.DONE;
    }

    /**
     * Publishes a waiting review with its text as the moderator left it (redacted). Not audited
     * here: {@link ModerateReview}, its only caller, writes {@code REVIEW_PUBLISHED} through the
     * command engine.
     */
    public void publish(StaffPrincipal who, long id, String redacted) {
        Review review = em.find(Review.class, id);
        if (review == null) {
            throw new IllegalArgumentException("No review " + id);
        }
        String text = redacted == null || redacted.isBlank() ? null
                : org.jornada.platform.control.PlainText.clean(redacted).strip();
        if (text != null && text.length() > TEXT_MAX) {
            throw new IllegalArgumentException("Review text over " + TEXT_MAX);
        }
        review.publish(text == null ? null : cipher.sealText(text, PURPOSE), who.staffId());
    }

    /**
     * Rejects a waiting review with the moderator's reason. Not audited here: {@link ModerateReview},
     * its only caller, writes {@code REVIEW_REJECTED} through the command engine.
     */
    public void reject(StaffPrincipal who, long id, String reason) {
        Review review = em.find(Review.class, id);
        if (review == null) {
            throw new IllegalArgumentException("No review " + id);
        }
        review.reject(reason, who.staffId());
    }

    /** A published text review as a profile shows it: the season, never the date. */
    public record PublicText(int season, int overall, String text, boolean verifiedWorker) {
    }

    /** What a profile shows of an entry's reviews; empty below the minimum number of workers. */
    public record Summary(int workers, int verifiedWorkers, double overall, Map<Review.Aspect, Double> aspects,
            List<PublicText> texts) {
    }

    private static boolean isVerified(java.util.Set<Long> verifiedCases, Review review) {
        return review.getComplaintId() != null && verifiedCases.contains(review.getComplaintId());
    }

    public Optional<Summary> summary(long entityId, int minimum) {
        List<Review> published = em.createQuery("SELECT r FROM Review r WHERE r.entityId = :e AND r.status = :s"
                + " ORDER BY r.season DESC, r.id DESC", Review.class).setParameter("e", entityId)
                .setParameter("s", ReviewStatus.PUBLISHED).getResultList();
        if (published.size() < minimum) {
            return Optional.empty();
        }
        double overall = published.stream().mapToInt(Review::getOverall).average().orElse(0);
        Map<Review.Aspect, Double> aspects = new EnumMap<>(Review.Aspect.class);
        for (Review.Aspect aspect : Review.Aspect.values()) {
            List<Integer> values = published.stream().map(r -> r.aspects().get(aspect)).filter(v -> v != null).toList();
            if (values.size() >= minimum) {
                aspects.put(aspect, values.stream().mapToInt(Integer::intValue).average().orElse(0));
            }
        }
        List<Long> verifiedCases = published.stream().map(Review::getComplaintId).filter(c -> c != null).toList();
        java.util.Set<Long> verified = verifiedCases.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(em.createQuery(
                "SELECT f.complaintId FROM CaseFile f WHERE f.complaintId IN :ids AND f.state IN :states", Long.class)
                .setParameter("ids", verifiedCases).setParameter("states", VERIFIED).getResultList());
        List<PublicText> texts = published.stream().filter(r -> r.getTextSealed() != null)
                .map(r -> new PublicText(r.getSeason(), r.getOverall(), text(r), isVerified(verified, r)))
                .toList();
        int verifiedWorkers = (int) published.stream().filter(r -> isVerified(verified, r)).count();
        return Optional.of(new Summary(published.size(), verifiedWorkers, overall, aspects, texts));
    }
}
