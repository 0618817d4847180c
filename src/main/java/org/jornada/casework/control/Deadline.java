package org.jornada.casework.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One clock of a case: the claim it belongs to, when it runs out, the rule in words and its
 * source (from {@code reference/domain-reference.md} section 3).
 */
public record Deadline(String rule, LocalDate dueOn, String explanation, String source) {

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Under 30 days left: shown in the warning colour. */
    public boolean isWarning(LocalDate today) {
        return daysLeft(today) < 30;
    }
}
