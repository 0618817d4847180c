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

    /** The end of the earliest pay period found short by any wage check kept on the case. */
    Optional<LocalDate> firstShortPay(long caseId);
}
