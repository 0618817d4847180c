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
 * Use case: mark a verification checklist item done, or not done again. The item done that
 * completes the checklist verifies the case: a case still in RECEIVED, TRIAGED or VERIFYING moves
 * on through each state the workflow requires to VERIFIED (each move a case event and an audit
 * entry, as a move on the page), which is what the checklist's hint tells staff (issue 24: it
 * said so and the case stayed RECEIVED). A held complaint is not moved: a supervisor releases it
 * first. The change, the moves and their audit entries are one transaction; the case page runs it.
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

    @Inject
    CaseWork work;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** The way to VERIFIED from each state before it. */
    private static final java.util.Map<org.jornada.complaint.entity.CaseState, org.jornada.complaint.entity.CaseState>
            TOWARDS_VERIFIED = java.util.Map.of(org.jornada.complaint.entity.CaseState.RECEIVED,
                    org.jornada.complaint.entity.CaseState.TRIAGED, org.jornada.complaint.entity.CaseState.TRIAGED,
                    org.jornada.complaint.entity.CaseState.VERIFYING, org.jornada.complaint.entity.CaseState.VERIFYING,
                    org.jornada.complaint.entity.CaseState.VERIFIED);

    /** True when saved, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        Optional<Complaint> complaint = access.workable(who, caseId, "checklist");
        complaint.ifPresent(c -> {
            details.check(who, c, input.item(), input.done());
            if (input.done() && details.checklist(c.getId()).isDone()) {
                // The case as it is now, locked: someone else's tick may have verified it since it
                // was read (two people ticking the last items at once move it once).
                org.jornada.casework.entity.CaseFile now = work.file(c);
                em.refresh(now, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (!now.isHeld()) {
                    for (var next = TOWARDS_VERIFIED.get(now.getState()); next != null; next = TOWARDS_VERIFIED.get(next)) {
                        work.transition(who, c, next, null);
                    }
                }
            }
        });
        return complaint.isPresent();
    }
}
