package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.boundary.RateLimits;
import org.jornada.platform.control.Limit;

/**
 * Opens a case from a receipt code for the worker, for the web page and the API alike. A right
 * code always opens its case, whoever else shares the worker's address (farm Wi-Fi, a carrier's
 * NAT): nothing locks a client out. Wrong codes spend the client's {@link Limit#RECEIPT_MISSES}
 * budget; once it is spent a wrong code is answered 429 with the wait, so that a well-behaved
 * client slows down. What keeps guessing hopeless is the code space (docs/security.md: 10^20
 * codes); a malformed code and an unknown one fail the same way.
 */
@ApplicationScoped
public class FollowUpAccess {

    @Inject
    RateLimits limits;

    @Inject
    ComplaintIntake intake;

    /** What became of an attempt: the case, or why not. */
    public record Attempt(Complaint complaint, Duration retryAfter) {
        public boolean found() {
            return complaint != null;
        }

        public boolean limited() {
            return retryAfter != null && !retryAfter.isZero();
        }

        /** 429 while the client should wait, else the one generic 404. */
        public int failureStatus() {
            return limited() ? 429 : 404;
        }

        /** The problem details of a failed attempt, the same for the API and the upload servlet. */
        public JsonObject failure(Locale locale) {
            return limited() ? Problems.body(429, locale, "followup.limited", waitMinutes())
                    : Problems.body(404, locale, "followup.notFound");
        }

        /** The failure as an API answer: 429 with {@code Retry-After} while the client should wait, else the 404. */
        public jakarta.ws.rs.core.Response failureResponse(Locale locale) {
            jakarta.ws.rs.core.Response response = Problems.of(failureStatus(), locale, failure(locale));
            return limited() ? jakarta.ws.rs.core.Response.fromResponse(response)
                    .header("Retry-After", retryAfter.toSeconds()).build() : response;
        }

        /** Whole minutes to wait, rounded up, at least one. */
        public long waitMinutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    public Attempt open(String clientKey, String typedCode) {
        Optional<Complaint> complaint = ReceiptCode.parse(typedCode).flatMap(intake::findByReceipt);
        if (complaint.isPresent()) {
            return new Attempt(complaint.get(), Duration.ZERO);
        }
        return new Attempt(null, limits.take(Limit.RECEIPT_MISSES, clientKey));
    }
}
