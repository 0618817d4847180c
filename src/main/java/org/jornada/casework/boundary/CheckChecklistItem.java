package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.Optional;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: mark a verification checklist item done, or not done again. The item done that
 * completes the checklist verifies the case: a case still in RECEIVED, TRIAGED or VERIFYING moves
 * on through each state the workflow requires to VERIFIED (each move a case event and an audit
 * entry, as a move on the page), which is what the checklist's hint tells staff (issue 24: it
 * said so and the case stayed RECEIVED). A held complaint is not moved: a supervisor releases it
 * first. Run by the command engine (the permission now comes before the input is read), which
 * writes no entry of its own: {@link CaseRecords#check} writes CHECKLIST_CHANGED when the item
 * changes (it is also a fixture in StaffWorkIT) and {@link CaseHandling#transition} each move's
 * STATE_CHANGED, as on every move. The case page runs it.
 */
@ApplicationScoped
public class CheckChecklistItem extends CaseCommand<CheckChecklistItem.Input, Boolean> {

    public record Input(@NotNull(message = "caseview.checklistUnknown") CaseChecklist.Item item, boolean done) {
    }

    /** The way to VERIFIED from each state before it. */
    private static final Map<CaseState, CaseState> TOWARDS_VERIFIED = Map.of(CaseState.RECEIVED, CaseState.TRIAGED,
            CaseState.TRIAGED, CaseState.VERIFYING, CaseState.VERIFYING, CaseState.VERIFIED);

    @Inject
    CaseRecords details;

    @Inject
    CaseHandling work;

    @PersistenceContext
    EntityManager em;

    public CheckChecklistItem() {
        super("checklist");
    }

    /** True when saved, false when there is no such case for this person. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        StaffPrincipal who = call.who();
        Complaint c = access.open(who, call.target());
        details.check(who, c, call.input().item(), call.input().done());
        if (call.input().done() && details.checklist(c.getId()).isDone()) {
            // The case as it is now, locked: someone else's tick may have verified it since it
            // was read (two people ticking the last items at once move it once).
            CaseFile now = work.file(c);
            em.refresh(now, LockModeType.PESSIMISTIC_WRITE);
            if (!now.isHeld()) {
                for (var next = TOWARDS_VERIFIED.get(now.getState()); next != null; next = TOWARDS_VERIFIED.get(next)) {
                    work.transition(who, c, next, null);
                }
            }
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean result) {
        return Optional.empty();
    }

    @Override
    public Boolean absent() {
        return false;
    }
}
