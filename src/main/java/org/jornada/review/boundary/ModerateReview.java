package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: a supervisor moderates a waiting review: publishes it with its text as redacted, or
 * rejects it with a reason. Permission (SUPERVISOR, refusal audited), input rules, the change and
 * its audit entry in one transaction; the moderation page and
 * {@code POST /api/v1/staff/reviews/{id}/publish|reject} both run it.
 */
@ApplicationScoped
public class ModerateReview {

    /** The longest reason kept (the column's size). */
    public static final int REASON_MAX = 500;

    public enum Decision { PUBLISH, REJECT }

    /** Which review, the decision, the redacted text (publish) or the reason (reject). */
    public record Input(@NotNull(message = "moderation.refused") Long reviewId,
            @NotNull(message = "moderation.refused") Decision decision, String text, String reason) {
    }

    @Inject
    Reviews reviews;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** True when moderated, false when there is no such review. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, Input input) {
        if (!who.seesAllCases()) {
            throw audit.refused(who, null, "moderate review " + input.reviewId(), "staff.forbidden");
        }
        validation.check(input);
        if (input.decision() == Decision.PUBLISH && input.text() != null && input.text().length() > Reviews.TEXT_MAX) {
            throw new Refused("text", "moderation.tooLong", Reviews.TEXT_MAX);
        }
        if (input.decision() == Decision.REJECT) {
            if (input.reason() == null || input.reason().isBlank()) {
                throw new Refused("reason", "moderation.reasonNeeded");
            }
            if (input.reason().strip().length() > REASON_MAX) {
                throw new Refused("reason", "moderation.tooLong", REASON_MAX);
            }
        }
        Reviews.Moderation found = reviews.moderation(input.reviewId());
        if (found == Reviews.Moderation.NONE) {
            return false;
        }
        if (found == Reviews.Moderation.DONE) {
            throw new Refused("reviewId", "moderation.refused");
        }
        if (input.decision() == Decision.PUBLISH) {
            reviews.publish(who, input.reviewId(), input.text());
        } else {
            reviews.reject(who, input.reviewId(), input.reason().strip());
        }
        return true;
    }
}
