package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.jornada.casework.entity.CaseLink;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: link a case to another one the staff member may also work, as related or as its
 * duplicate. A duplicate also moves the case to DUPLICATE; the move, the link and their audit
 * entries are one transaction (before, a refused link could leave the case moved).
 */
@ApplicationScoped
public class LinkCases {

    /** The other case, how they are linked, and (for a duplicate) why. */
    public record Input(@NotNull(message = "caseview.linkRefused") Long otherId,
            @NotNull(message = "caseview.linkRefused") CaseLink.Kind kind,
            String reason) {
        // reason's length is checked in run(): Payara's OpenAPI scanner fails on @Size on a record
        // component (NullPointerException in ApplicationProcessor.visitSize, Payara 6.2025.10)
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    CaseDetails details;

    @Inject
    InputValidation validation;

    @Transactional(dontRollbackOn = org.jornada.platform.control.Forbidden.class)
    public void run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        if (input.reason() != null && input.reason().length() > 1000) {
            throw new Refused("reason", "caseview.reasonNeeded");
        }
        Complaint complaint = access.workable(who, caseId, "link cases")
                .orElseThrow(() -> new Refused("id", "caseview.linkRefused"));
        if (input.otherId() == caseId || work.visible(who, input.otherId()).isEmpty()) {
            throw new Refused("otherId", "caseview.linkRefused");
        }
        if (input.kind() == CaseLink.Kind.DUPLICATE) {
            try {
                work.transition(who, complaint, CaseState.DUPLICATE, input.reason() == null || input.reason().isBlank()
                        ? "Duplicate of case " + input.otherId() : input.reason().strip());
            } catch (IllegalTransitionException refused) {
                throw new Refused("kind", "caseview.moveRefused");
            }
        }
        details.link(who, complaint, input.otherId(), input.kind());
    }
}
