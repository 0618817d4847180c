package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: mark a verification checklist item done, or not done again. The change and its audit
 * entry are one transaction; the case page runs it.
 */
@ApplicationScoped
public class CheckChecklistItem {

    public record Input(@NotNull(message = "caseview.checklistUnknown") CaseChecklist.Item item, boolean done) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    @Inject
    InputValidation validation;

    /** True when saved, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        Optional<Complaint> complaint = access.workable(who, caseId, "checklist");
        complaint.ifPresent(c -> details.check(who, c, input.item(), input.done()));
        return complaint.isPresent();
    }
}
