package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: mark one of a case's legal clocks not applicable, with a written reason; the case's
 * nearest clock moves to the next one. Run by the command engine (the permission now comes before
 * the input is read), which writes no entry of its own: {@link CaseRecords#markNotApplicable}
 * writes DEADLINE_WAIVED (it is also a fixture in StaffWorkIT). The case page runs it.
 */
@ApplicationScoped
public class WaiveDeadline extends CaseCommand<WaiveDeadline.Input, Boolean> {

    public record Input(String rule, String reason) {
    }

    @Inject
    CaseRecords details;

    public WaiveDeadline() {
        super("waive deadline");
    }

    /** True when marked, false when there is no such case for this person. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        String reason = call.input().reason();
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("waiveReason", "caseview.reasonNeeded");
        }
        if (reason.length() > 1000) {
            throw new RefusedException("waiveReason", "caseview.reasonTooLong", 1000);
        }
        boolean onThisCase = details.clocks(access.open(call.who(), call.target())).stream()
                .anyMatch(c -> c.isApplicable() && c.deadline().rule().equals(call.input().rule()));
        if (!onThisCase) {
            throw new RefusedException("waiveRule", "caseview.clockRefused");
        }
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        details.markNotApplicable(call.who(), access.open(call.who(), call.target()), call.input().rule(),
                call.input().reason().strip());
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
