package org.jornada.casework.boundary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Hook through which the case's clocks learn the exact day its pay claims started, where a wage
 * check kept on the case knows it (the end of the first pay period found short); implemented by the
 * {@code rights} feature, which keeps the checks, so that {@code casework} needs no arrow to it.
 * The case's FLSA and contract clocks then show the same date as the wage check (issue #24).
 */
public interface PayClaimStart {

    /**
     * The first day a wage check kept on the case found something owed (the end of the first pay
     * period found short, or the day a guarantee, deduction or cost became owed): the day its own
     * contract and SWA clocks count from.
     */
    Optional<LocalDate> firstShortPay(long caseId);

    /**
     * The first payday a wage check kept on the case found below the federal minimum wage: the day
     * its FLSA clocks count from (issue #25). Empty when no kept check knows one.
     */
    default Optional<LocalDate> firstBelowFederalMinimum(long caseId) {
        return Optional.empty();
    }
}
