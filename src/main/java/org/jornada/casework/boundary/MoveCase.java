package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: move a case along the workflow (VERIFIED needs the checklist done or a written
 * reason; CLOSED, DUPLICATE and reopening need a reason). ESCALATED is refused: a case becomes
 * ESCALATED only when a referral of it is sent. The move, its case event and its audit
 * entry are one transaction. A move the workflow does not allow is an
 * {@link IllegalTransitionException} naming the allowed ones. The case page and
 * {@code POST /api/v1/staff/cases/{id}/transitions} both run it.
 */
@ApplicationScoped
public class MoveCase {

    /** Where to, and why. */
    public record Input(@NotNull(message = "caseview.pickState") CaseState to, String reason) {
    }

    /** The moves a person may make from this state: the workflow's, but never to ESCALATED. */
    public static java.util.List<String> allowedFrom(CaseState from) {
        return from.next().stream().filter(s -> s != CaseState.ESCALATED).map(Enum::name).sorted().toList();
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    InputValidation validation;

    /** True when moved, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        String reason = Optional.ofNullable(input.reason()).map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
        if (reason != null && reason.length() > 1000) {
            throw new Refused("reason", "caseview.reasonNeeded");
        }
        if (input.to() == CaseState.ESCALATED) {
            // only a sent referral escalates a case (escalation.boundary.MoveReferral)
            throw new Refused("to", "caseview.escalateByReferral");
        }
        Optional<Complaint> complaint = access.workable(who, caseId, "move case");
        if (complaint.isEmpty()) {
            return false;
        }
        CaseState from = work.file(complaint.get()).getState();
        if (!from.next().contains(input.to())) {
            throw new IllegalTransitionException(from, input.to());
        }
        try {
            work.transition(who, complaint.get(), input.to(), reason);
        } catch (IllegalArgumentException noReason) {
            throw new Refused("reason", "staff.transition.reason");
        }
        return true;
    }
}
