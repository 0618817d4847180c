package org.jornada.casework.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One clock of a case: the claim it belongs to, when it runs out, the rule in words and its
 * source (from {@code reference/domain-reference.md} section 3).
 */
public record Deadline(String rule, LocalDate dueOn, String explanation, String source, List<String> args) {

    /**
     * {@code explanation} is the rule in English, as referral packets to U.S. authorities and the
     * API give it; pages show the bundles' {@code deadline.explain.RULE} in the reader's language,
     * filled with {@code args} (the state and its years for a written contract).
     */
    public Deadline {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Deadline(String rule, LocalDate dueOn, String explanation, String source) {
        this(rule, dueOn, explanation, source, List.of());
    }

    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /** Under 30 days left: shown in the warning colour. */
    public boolean isWarning(LocalDate today) {
        return daysLeft(today) < 30;
    }
}
