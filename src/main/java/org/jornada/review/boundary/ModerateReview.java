package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: a supervisor moderates a waiting review: publishes it with its text as redacted, or
 * rejects it with a reason. Run by the command engine: permission (SUPERVISOR, refusal audited),
 * input rules, the change, its {@code REVIEW_PUBLISHED} or {@code REVIEW_REJECTED} entry. The
 * moderation page and {@code POST /api/v1/staff/reviews/{id}/publish|reject} both run it.
 */
@ApplicationScoped
public class ModerateReview implements Command<StaffPrincipal, ModerateReview.Input, Boolean> {

    /** The longest reason kept (the column's size). */
    public static final int REASON_MAX = 500;

    public enum Decision { PUBLISH, REJECT }

    /** Which review, the decision, the redacted text (publish) or the reason (reject). */
    public record Input(@NotNull(message = "moderation.refused") Long reviewId,
            @NotNull(message = "moderation.refused") Decision decision, String text, String reason) {
    }

    @Inject
    Commands commands;

    @Inject
    Reviews reviews;

    /** True when moderated, false when there is no such review. */
    public boolean run(StaffPrincipal who, Input input) {
        return commands.run(this, who, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        return Permission.only(call.who().seesAllCases(), null, "moderate review " + call.input().reviewId());
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        if (input.decision() == Decision.PUBLISH && input.text() != null && input.text().length() > Reviews.TEXT_MAX) {
            throw new RefusedException("text", "moderation.tooLong", Reviews.TEXT_MAX);
        }
        // a phone number or an email would point at a worker (or at whoever they named): never published,
        // whoever presses the button and however often (a possible name is only pointed out: too many false alarms)
        if (input.decision() == Decision.PUBLISH && input.text() != null && org.jornada.review.control.TextFlags.of(input.text())
                .stream().anyMatch(f -> f.kind() != org.jornada.review.control.TextFlags.Kind.NAME)) {
            throw new RefusedException("text", "moderation.stillIdentifying");
        }
        if (input.decision() == Decision.REJECT) {
            if (input.reason() == null || input.reason().isBlank()) {
                throw new RefusedException("reason", "moderation.reasonNeeded");
            }
            if (input.reason().strip().length() > REASON_MAX) {
                throw new RefusedException("reason", "moderation.tooLong", REASON_MAX);
            }
        }
    }

    /** False when there is no such review; a review already moderated is refused (its state, not the input). */
    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        Reviews.Moderation found = reviews.moderation(input.reviewId());
        if (found == Reviews.Moderation.NONE) {
            return false;
        }
        if (found == Reviews.Moderation.DONE) {
            throw new RefusedException("reviewId", "moderation.refused");
        }
        if (input.decision() == Decision.PUBLISH) {
            reviews.publish(call.who(), input.reviewId(), input.text());
        } else {
            reviews.reject(call.who(), input.reviewId(), input.reason().strip());
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean moderated) {
        if (!moderated) {
            return Optional.empty();
        }
        String action = call.input().decision() == Decision.PUBLISH ? AuditTrail.REVIEW_PUBLISHED
                : AuditTrail.REVIEW_REJECTED;
        return Optional.of(new Entry(action, null, "review " + call.input().reviewId()));
    }
}
