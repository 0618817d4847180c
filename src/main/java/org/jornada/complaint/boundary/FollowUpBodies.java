package org.jornada.complaint.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jornada.platform.boundary.TypeMessage;

/**
 * The bodies of the worker's follow-up calls ({@link FollowUpResource}), read by
 * {@code ApiBodies.intake}: the receipt travels in the body only, never in a URL; no other field.
 * Required texts are patterns, not {@code @NotBlank}: see docs/architecture.md on Payara's OpenAPI
 * scanner.
 */
public final class FollowUpBodies {

    /** Some text that is not only spaces. */
    static final String SOME_TEXT = "(?s).*\\S.*";

    private FollowUpBodies() {
    }

    /** A body about the worker's own case: it carries the receipt that opens it. */
    public interface OnCase {
        String receipt();
    }

    /** {@code POST /followup}: the case by its receipt. */
    @TypeMessage("error.field.type.string")
    public record Read(@NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String receipt) implements OnCase {
    }

    /** {@code POST /followup/messages}: an answer to advocates (its text is the thread's to judge). */
    @TypeMessage("error.field.type.string")
    public record Message(@NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String receipt, String text) implements OnCase {
    }

    /** {@code POST /followup/consent}: yes or no to a question waiting on the case. */
    @TypeMessage("error.field.type.string")
    public record Consent(@NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String receipt,
            @TypeMessage("consent.request.invalid") Long requestId,
            @TypeMessage("consent.allow.invalid") Boolean allow) implements OnCase {
    }

    /** {@code POST /followup/consent/withdraw}: a yes taken back. */
    @TypeMessage("error.field.type.string")
    public record Withdrawal(@NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String receipt,
            @TypeMessage("consent.authority.unknown") Long authorityId) implements OnCase {
    }

    /** {@code POST /followup/erase}: CONTACT or CASE. */
    @TypeMessage("error.field.type.string")
    public record Erase(@NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String receipt,
            @NotNull(message = "error.field.required")
            @Pattern(regexp = SOME_TEXT, message = "error.field.required") String what) implements OnCase {
    }
}
