package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: mark one of a case's legal clocks not applicable, with a written reason; the case's
 * nearest clock moves to the next one. The waiver and its audit entry are one transaction; the
 * case page runs it.
 */
@ApplicationScoped
public class WaiveDeadline {

    public record Input(String rule, String reason) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    /** True when marked, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        if (input.reason() == null || input.reason().isBlank() || input.reason().length() > 1000) {
            throw new Refused("waiveReason", "caseview.reasonNeeded");
        }
        Optional<Complaint> complaint = access.workable(who, caseId, "waive deadline");
        if (complaint.isEmpty()) {
            return false;
        }
        boolean onThisCase = details.clocks(complaint.get()).stream()
                .anyMatch(c -> c.isApplicable() && c.deadline().rule().equals(input.rule()));
        if (!onThisCase) {
            throw new Refused("waiveRule", "caseview.clockRefused");
        }
        details.markNotApplicable(who, complaint.get(), input.rule(), input.reason().strip());
        return true;
    }
}
