package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: move a case along the workflow (VERIFIED needs the checklist done or a written
 * reason; CLOSED, DUPLICATE and reopening need a reason). ESCALATED is refused: a case becomes
 * ESCALATED only when a referral of it is sent. A move the workflow does not allow is an
 * {@link IllegalTransitionException} naming the allowed ones. Run by the command engine (the
 * permission now comes before the input is read); the case page and
 * {@code POST /api/v1/staff/cases/{id}/transitions} both run it. The engine writes no entry of its
 * own: {@link CaseHandling#transition} writes the move's STATE_CHANGED entry, as on every move.
 */
@ApplicationScoped
public class MoveCase extends CaseCommand<MoveCase.Input, Boolean> {

    /** Where to, and why. */
    public record Input(@NotNull(message = "caseview.pickState") CaseState to, String reason) {
    }

    /** The moves a person may make from this state: the workflow's, but never to ESCALATED. */
    public static java.util.List<String> allowedFrom(CaseState from) {
        return from.next().stream().filter(s -> s != CaseState.ESCALATED).map(Enum::name).sorted().toList();
    }

    @Inject
    CaseHandling work;

    public MoveCase() {
        super("move case");
    }

    /** True when moved, false when there is no such case for this person. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        String reason = reason(call.input());
        if (reason != null && reason.length() > 1000) {
            throw new RefusedException("reason", "caseview.reasonTooLong", 1000);
        }
        if (call.input().to() == CaseState.ESCALATED) {
            // only a sent referral escalates a case (escalation.boundary.MoveReferral)
            throw new RefusedException("to", "caseview.escalateByReferral");
        }
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        Complaint complaint = access.open(call.who(), call.target());
        CaseState to = call.input().to();
        CaseState from = work.file(complaint).getState();
        if (!from.next().contains(to)) {
            throw new IllegalTransitionException(from, to);
        }
        try {
            work.transition(call.who(), complaint, to, reason(call.input()));
        } catch (IllegalArgumentException noReason) {
            throw new RefusedException("reason", "staff.transition.reason");
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

    /** The reason as kept: stripped, {@code null} when blank. */
    private static String reason(Input input) {
        return Optional.ofNullable(input.reason()).map(String::strip).filter(r -> !r.isEmpty()).orElse(null);
    }
}
