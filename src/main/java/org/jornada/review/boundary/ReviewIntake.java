package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.jornada.platform.boundary.RateLimits;
import org.jornada.platform.control.Limit;
import org.jornada.review.entity.ReviewStatus;

/**
 * Takes a worker's review for the API and the rating page alike: the client's limits first
 * (a receipt code is not looked up while the client's wrong-code budget is spent; reviews per
 * hour), then one counted review per client and entry (the next ones wait for a moderator, so no
 * single client carries a profile past the public threshold), then the review itself.
 */
@ApplicationScoped
public class ReviewIntake {

    @Inject
    Reviews reviews;

    @Inject
    RateLimits limits;

    /** What became of a review: taken (counted or held), refused (a field), or limited (a wait). */
    public record Outcome(Reviews.Taken taken, String field, String problemKey, Duration retryAfter) {
        public boolean counted() {
            return taken != null && taken.status() == ReviewStatus.PUBLISHED;
        }

        public boolean limited() {
            return retryAfter != null;
        }
    }

    public Outcome take(String clientKey, Reviews.Submission submission) {
        if (submission.receipt() != null) {
            Duration wait = limits.peek(Limit.RECEIPT_MISSES, clientKey);
            if (!wait.isZero()) {
                return new Outcome(null, null, null, wait);
            }
        }
        Duration wait = limits.take(Limit.REVIEWS, clientKey);
        if (!wait.isZero()) {
            return new Outcome(null, null, null, wait);
        }
        boolean again = !limits.take(Limit.REVIEWS_PER_ENTRY, clientKey + ":" + submission.entityId()).isZero();
        try {
            return new Outcome(reviews.submit(again ? submission.heldForModeration() : submission), null, null, null);
        } catch (Reviews.ReviewRefusedException refused) {
            if ("reviews.receiptUnknown".equals(refused.getMessage())) {
                limits.take(Limit.RECEIPT_MISSES, clientKey);
            }
            return new Outcome(null, refused.field(), refused.getMessage(), null);
        }
    }
}
