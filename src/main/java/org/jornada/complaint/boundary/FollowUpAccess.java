package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.platform.control.AttemptLimiter;

/**
 * Opens a case from a receipt code for the worker, for the web page and the API alike: the rate
 * limit is checked before any work; a malformed code and an unknown one fail the same way and
 * both count against the limit.
 */
@ApplicationScoped
public class FollowUpAccess {

    @Inject
    AttemptLimiter limiter;

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
    }

    public Attempt open(String clientKey, String typedCode) {
        Duration wait = limiter.waitFor(clientKey);
        if (!wait.isZero()) {
            return new Attempt(null, wait);
        }
        Optional<Complaint> complaint = ReceiptCode.parse(typedCode).flatMap(intake::findByReceipt);
        if (complaint.isEmpty()) {
            limiter.recordFailure(clientKey);
            return new Attempt(null, Duration.ZERO);
        }
        return new Attempt(complaint.get(), Duration.ZERO);
    }
}
